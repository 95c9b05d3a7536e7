"""Dependencies point one way (docs/architecture.md): rooms import cms, cms imports no room.

Read from the source with ast, so a lazy import inside a function counts as much as one at the
top of a module, and so does `importlib.import_module("room...")` with a literal name.
"""

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROOMS = ("cms", "learning", "reflections", "search", "accounts")
ALLOWED = {room: {room, "cms"} for room in ROOMS}


def _imported_names(tree: ast.AST, package: str) -> set[str]:
    """Dotted names this module imports: import statements and literal import_module calls."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: within the module's own package
                names.add(package)
            elif node.module:
                names.add(node.module)
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names.add(first.value)
    return names


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr in ("import_module", "import_string")
    return isinstance(func, ast.Name) and func.id in (
        "import_module",
        "import_string",
        "__import__",
    )


def crossings() -> list[tuple[str, str]]:
    """(file, imported name) for every import from a room it may not import."""
    found = []
    for room in ROOMS:
        for path in sorted((ROOT / room).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
            for name in _imported_names(tree, room):
                top = name.split(".")[0]
                if top in ROOMS and top not in ALLOWED[room]:
                    found.append((relative, name))
    return sorted(found)


def test_no_room_imports_against_the_direction():
    assert crossings() == []


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from learning.models import PilotPage", [("cms/x.py", "learning.models")]),
        ("def f():\n    import search.service", [("cms/x.py", "search.service")]),
        ("importlib.import_module('reflections.access')", [("cms/x.py", "reflections.access")]),
        ("from . import models\nfrom cms.models import Theme", []),
        ("from wagtail import hooks", []),
    ],
)
def test_the_check_sees_top_level_lazy_and_dynamic_imports(source, found, tmp_path, monkeypatch):
    for room in ROOMS:
        (tmp_path / room).mkdir()
    (tmp_path / "cms" / "x.py").write_text(source)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert crossings() == found
