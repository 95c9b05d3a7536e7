"""The readability aid for the text in the editor's form, asked while the editor types.

An admin URL (learning/wagtail_hooks.py), so only people who may open the admin reach it.
The same analysis as the panel (learning/readability.py): textstat's Dutch syllables and the
glossary live on the server, so the browser sends the text instead of copying those rules.
"""

from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .readability import analyse, join_parts

MAX_CHARS = 200_000  # far above any pilot or study; the analysis stays fast


@require_POST
def readability_check(request):
    text = join_parts(request.POST.getlist("text"))
    if len(text) > MAX_CHARS:
        return HttpResponseBadRequest(_("Te veel tekst om te meten."))
    return render(request, "learning/admin/readability_result.html", {"readability": analyse(text)})
