"""Named Wagtail hooks through which the rooms plug into each other (``hooks.register``)."""

# fn(user) -> bool: True when this user reads other people's work in a room (reflections:
# a team coordinator reads the team's reflections and the read log). Such users must use a
# second factor (accounts.policy).
READS_OTHERS_WORK = "reads_others_work"
