import datetime

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from reflections.models import AgreedAction, Invitation, ReadRecord, ReflectionSession
from reflections.retention import cutoff, purge
from tests.reflections.factories import ActionFactory, LessonFactory, SessionFactory

TODAY = datetime.date(2026, 6, 15)


def test_cutoff_follows_the_setting():
    assert cutoff(TODAY) == datetime.date(2024, 6, 15)
    with override_settings(REFLECTION_RETENTION_MONTHS=6):
        assert cutoff(TODAY) == datetime.date(2025, 12, 15)


def test_purge_deletes_old_sessions_with_their_actions_but_keeps_approved_lessons(team, member):
    old = SessionFactory(team=team, date=datetime.date(2024, 6, 14))
    ActionFactory(session=old)
    kept = SessionFactory(team=team, date=datetime.date(2024, 6, 15))
    lesson = LessonFactory(team=team, session=old, status="goedgekeurd")
    counts = purge(today=TODAY)
    assert counts["reflecties"] == 1
    assert list(ReflectionSession.objects.all()) == [kept]
    assert not AgreedAction.objects.exists()
    lesson.refresh_from_db()
    assert lesson.session is None  # the anonymous lesson stays, its link to the session goes


def test_purge_removes_old_read_records_and_expired_invitations(team, member, session):
    ReadRecord.objects.create(
        user=member,
        team=team,
        session=session,
        session_label="x",
        at=timezone.make_aware(datetime.datetime(2023, 1, 1)),
    )
    Invitation.objects.create(team=team, email="a@example.org", expires=timezone.now())
    Invitation.objects.create(team=team, email="b@example.org")
    counts = purge(today=TODAY)
    assert counts["leesregistraties"] == 1 and counts["uitnodigingen"] == 1
    assert list(Invitation.objects.values_list("email", flat=True)) == ["b@example.org"]


def test_command_dry_run_deletes_nothing(team, capsys):
    SessionFactory(team=team, date=timezone.localdate() - datetime.timedelta(days=800))
    call_command("purge_reflections", "--dry-run")
    assert ReflectionSession.objects.count() == 1
    assert "Te verwijderen: 1 reflecties" in capsys.readouterr().out
    call_command("purge_reflections")
    assert ReflectionSession.objects.count() == 0
    assert "Verwijderd: 1 reflecties" in capsys.readouterr().out


def test_purge_is_available_as_a_background_task():
    from reflections.tasks import purge_expired_reflections

    assert purge_expired_reflections.name == "purge_expired_reflections"
