"""The security tests reuse the rooms' fixtures (sites, teams, members)."""

from tests.learning.conftest import learning_site, registry, research_index  # noqa: F401
from tests.reflections.conftest import coordinator, member, session, team  # noqa: F401
