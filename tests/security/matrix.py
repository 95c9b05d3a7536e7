"""Reads the role matrix from docs/roles.md: the document is the one source of truth, the
test asks every cell of it. A row is `| METHOD path | cell per role |`, a cell is a status
code, optionally followed by `login` (a redirect must lead to a login page)."""

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

DOC = Path(settings.BASE_DIR) / "docs" / "roles.md"
ROW = re.compile(r"^\|\s*`(GET|POST) ([^`]+)`\s*\|(.+)\|\s*$")


@dataclass(frozen=True)
class Cell:
    method: str
    path: str  # with {placeholders} filled from the world
    role: str
    status: int
    to_login: bool

    @property
    def id(self) -> str:
        return f"{self.method} {self.path} as {self.role}"


def header_roles(lines) -> list[str]:
    for line in lines:
        if line.startswith("| adres "):
            return [c.strip() for c in line.strip().strip("|").split("|")[1:]]
    raise ValueError("docs/roles.md has no matrix header ('| adres | …')")


def cells() -> list[Cell]:
    lines = DOC.read_text(encoding="utf-8").splitlines()
    roles = header_roles(lines)
    found = []
    for line in lines:
        match = ROW.match(line)
        if not match:
            continue
        method, path, rest = match.groups()
        values = [v.strip() for v in rest.split("|")]
        if len(values) != len(roles):
            raise ValueError(f"docs/roles.md: {path} has {len(values)} cells, not {len(roles)}")
        for role, value in zip(roles, values, strict=True):
            code, _sep, note = value.partition(" ")
            found.append(Cell(method, path, role, int(code), note.strip() == "login"))
    return found
