"""Demo of item 3 of issue 14 (review and withdrawal), run by load_demo after the import:

* an older leidraad, withdrawn, whose successor is "Werken aan veiligheid in lokale teams";
* a confirmed review of the visie "Gefaseerd samenwerken", by the demo editor.
The handelingskader's review date (1 July 2026, from its demo file) is left as it is, so the
report has a page that is overdue. Idempotent: a second run changes nothing.
"""

import datetime as dt

from django.contrib.auth import get_user_model

from cms.models import GuidancePage, KnowledgeIndexPage
from cms.review import confirm_review

WITHDRAWN_SLUG = "veiligheid-bespreken-met-het-gezin"
SUCCESSOR_SLUG = "werken-aan-veiligheid-in-lokale-teams"
REVIEWED_SLUG = "gefaseerd-samenwerken-aan-veiligheid"
REVIEWED_ON = dt.date(2026, 1, 15)

WITHDRAWN = {
    "title": "Veiligheid bespreken met het gezin",
    "kind": GuidancePage.Kind.GUIDE,
    "summary": "Een eerdere leidraad voor lokale teams over het gesprek over veiligheid.",
    "owner_organisation": "Programma Toekomstscenario kind- en gezinsbescherming",
    "withdrawal_reason": (
        "Deze leidraad is opgegaan in de leidraad Werken aan veiligheid in lokale teams. "
        "Daar staat het gesprek over veiligheid nu als één van de stappen, afgestemd op het "
        "handelingskader."
    ),
    "sections": [
        {
            "type": "section",
            "value": {
                "title": "Het gesprek voorbereiden",
                "anchor": "het-gesprek-voorbereiden",
                "body": "Bedenk vooraf wat u zag en hoorde, en wat u het gezin wilt vragen.",
                "principles": [],
                "themes": [],
            },
        },
        {
            "type": "section",
            "value": {
                "title": "Samen afspraken maken",
                "anchor": "samen-afspraken-maken",
                "body": "Spreek met het gezin af wie wat doet, en wanneer u elkaar weer spreekt.",
                "principles": [],
                "themes": [],
            },
        },
    ],
}


def add_review_demo(editor) -> None:
    knowledge = KnowledgeIndexPage.objects.first()
    successor = GuidancePage.objects.filter(slug=SUCCESSOR_SLUG).first()
    if knowledge is not None and successor is not None:
        _withdrawn_page(knowledge, successor)
    reviewed = GuidancePage.objects.filter(slug=REVIEWED_SLUG, last_reviewed=None).first()
    if reviewed is not None and reviewed.review_by is not None:
        confirm_review(reviewed, editor, reviewed.review_by, today=REVIEWED_ON)


def _withdrawn_page(knowledge, successor) -> None:
    if GuidancePage.objects.child_of(knowledge).filter(slug=WITHDRAWN_SLUG).exists():
        return
    page = GuidancePage(slug=WITHDRAWN_SLUG, withdrawn=True, successor=successor, **WITHDRAWN)
    knowledge.add_child(instance=page)
    page.save_revision(user=get_user_model().objects.filter(username="redacteur").first()).publish()
