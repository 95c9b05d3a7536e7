from .models import ReadRecord


def record_join(user, team):
    """A new member can read every reflection of the team: the read log says so."""
    ReadRecord.objects.create(
        user=user, team=team, session=None, session_label="", action=ReadRecord.Action.JOINED
    )


def record_reads(user, sessions, action=ReadRecord.Action.VIEW):
    """Write one ReadRecord per session read (no content, only what and when)."""
    ReadRecord.objects.bulk_create(
        [
            ReadRecord(
                user=user,
                team_id=s.team_id,
                session=s,
                session_label=str(s)[:120],
                action=action,
            )
            for s in sessions
        ]
    )
