"""Demo of issue 14 item 6: the demo team member follows the handelingskader and a theme,
so her account page shows what following looks like. Idempotent; skipped when the demo
content or the account is missing."""

from django.contrib.auth import get_user_model

from cms.models import Follow, GuidancePage, Theme

DEMO_READER = "teamlid"
DEMO_PAGE = "handelingskader-lokaal-team-en-veiligheidsteam"
DEMO_THEME = "veiligheid"


def follow_demo(home=None) -> None:
    reader = get_user_model().objects.filter(username=DEMO_READER).first()
    if reader is None:
        return
    page = GuidancePage.objects.filter(slug=DEMO_PAGE).first()
    if page is not None:
        Follow.objects.get_or_create(user=reader, page=page)
    theme = Theme.objects.filter(slug=DEMO_THEME).first()
    if theme is not None:
        Follow.objects.get_or_create(user=reader, theme=theme)
