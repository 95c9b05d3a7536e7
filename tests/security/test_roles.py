"""Every cell of the role matrix in docs/roles.md, asked as that role."""

import pytest

from tests.factories import login_with_second_factor

from .conftest import MARKER, ROLES
from .matrix import cells

CELLS = cells()
BODIES = {"/api/privacy/check": '{"text": "Een gewone zin."}'}


def ask(client, world, cell):
    role_user = world["users"].get(cell.role)
    if role_user is not None:
        login_with_second_factor(client, role_user)
    path = cell.path.format(**world["values"])
    if cell.method == "POST":
        return client.post(path, BODIES.get(path, ""), content_type="application/json")
    return client.get(path)


def test_the_matrix_covers_every_role_and_is_not_empty():
    assert {c.role for c in CELLS} == set(ROLES)
    assert len(CELLS) >= 40 * len(ROLES)


@pytest.mark.parametrize("cell", CELLS, ids=[c.id for c in CELLS])
def test_role_gets_the_documented_answer(client, world, db, cell):
    response = ask(client, world, cell)
    assert response.status_code == cell.status, response.get("Location", "")
    if cell.to_login:
        assert "login" in response["Location"]
    if response.status_code == 200 and not response.streaming:
        # Only the team's own pages may show a reflection's text.
        shows_reflection = cell.path.startswith(("/reflecties/{session}", "/reflecties/team/"))
        if not shows_reflection:
            assert MARKER not in response.content.decode(errors="replace")
