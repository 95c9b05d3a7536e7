"""The team workspace at /reflecties/. Private views never cache and never echo text into
logs, error reports, messages or the session."""

from .actions import close_action
from .base import field_rows, private
from .lessons import lesson_propose, lesson_review, lessons_public
from .sessions import session_choose_method, session_create, session_detail, session_edit
from .team_members import accept_invitation, members, remove_member, revoke_invitation
from .teams import audit, export, leave_team, my_teams, team_create, team_detail

__all__ = [
    "accept_invitation",
    "audit",
    "close_action",
    "export",
    "field_rows",
    "leave_team",
    "lesson_propose",
    "lesson_review",
    "lessons_public",
    "members",
    "my_teams",
    "private",
    "remove_member",
    "revoke_invitation",
    "session_choose_method",
    "session_create",
    "session_detail",
    "session_edit",
    "team_create",
    "team_detail",
]
