import pytest
from django.db import IntegrityError

from reflections import methods
from reflections.models import AgreedAction, Membership, ReflectionSession
from reflections.screening import PrivacyError
from tests.factories import UserFactory
from tests.reflections.factories import (
    ActionFactory,
    LessonFactory,
    MembershipFactory,
    SessionFactory,
)

BSN_TEXT = "De moeder van Sanne gaf haar BSN 111222333 door."


def test_every_method_has_its_guided_prompts():
    counts = {m.code: len(m.prompts) for m in methods.METHODS}
    assert counts["gibbs"] == 6
    assert counts["kolb"] == 4
    assert counts["alact"] == 5
    assert counts["aar"] == 4
    assert {"incident", "dilemma", "vrij"} <= set(counts)
    sos = methods.get_method("signs_of_safety")
    assert [p.scale for p in sos.prompts] == [False, False, False, True]
    keys = [p.key for m in methods.METHODS for p in m.prompts]
    assert all(k.isidentifier() for k in keys)


def test_session_keeps_answers_by_prompt_in_method_order(team):
    session = SessionFactory(
        team=team,
        method="gibbs",
        what_happened="Een huisbezoek.",
        what_expected="",
        lessons="",
        answers={"evaluatie": "Aannames.", "gevoelens": "Onrustig."},
    )
    items = [(p.key, a) for p, a in session.answer_items()]
    # Gibbs' "Beschrijving" is the session's "Wat gebeurde er?": its text, in its step's place.
    assert items == [
        ("beschrijving", "Een huisbezoek."),
        ("gevoelens", "Onrustig."),
        ("evaluatie", "Aannames."),
    ]
    assert session.other_texts() == []
    assert str(session).startswith("Reflectiecyclus van Gibbs")


@pytest.mark.parametrize("field", ["what_happened", "dilemma", "lessons"])
def test_a_session_with_identifying_text_cannot_be_saved_at_all(team, field):
    session = SessionFactory.build(team=team, **{field: BSN_TEXT})
    with pytest.raises(PrivacyError) as excinfo:
        session.save()
    assert excinfo.value.fields == [field]
    assert "111222333" not in str(excinfo.value)  # the error names fields, never text
    assert ReflectionSession.objects.count() == 0


def test_answers_actions_and_lessons_are_guarded_too(team):
    with pytest.raises(PrivacyError):
        SessionFactory(team=team, answers={"bedoeling": BSN_TEXT})
    session = SessionFactory(team=team)
    with pytest.raises(PrivacyError):
        ActionFactory(session=session, description="Bel Sanne op 06-12345678.")
    with pytest.raises(PrivacyError):
        LessonFactory(team=team, text=BSN_TEXT)
    assert AgreedAction.objects.count() == 0


def test_one_membership_per_user_and_team(team):
    user = UserFactory()
    MembershipFactory(team=team, user=user)
    with pytest.raises(IntegrityError):
        Membership.objects.create(team=team, user=user)


def test_participants_are_stored_as_roles_only(team):
    session = SessionFactory(team=team, participant_roles=["gezinsvoogd", "teamleider"])
    assert session.participant_role_labels() == ["Gezinsvoogd", "Teamleider"]
