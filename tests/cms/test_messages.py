"""A message's level picks the alert's look through MESSAGE_TAGS, not through the template."""

import pytest
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.template.loader import render_to_string
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("level", "modifier"),
    [
        (messages.DEBUG, "info"),
        (messages.INFO, "info"),
        (messages.SUCCESS, "ok"),
        (messages.WARNING, "warning"),
        (messages.ERROR, "error"),
    ],
)
def test_each_level_shows_as_its_alert(settings, level, modifier):
    settings.MESSAGE_LEVEL = messages.DEBUG  # debug messages are dropped otherwise
    request = RequestFactory().get("/")
    request.session, request.user = {}, AnonymousUser()
    request._messages = FallbackStorage(request)
    messages.add_message(request, level, "Het is opgeslagen.")
    html = " ".join(render_to_string("base.html", request=request).split())
    assert (
        f'<div class="utrecht-alert utrecht-alert--{modifier}" role="status">'
        ' <p class="utrecht-paragraph">Het is opgeslagen.</p>'
    ) in html
