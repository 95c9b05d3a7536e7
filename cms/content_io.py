"""Markdown files with YAML front matter <-> pages and snippets.

Each content `type` has a handler; rooms register theirs with `register()` from their
AppConfig.ready, so this module knows no room but its own. A file is validated completely
before anything of it is written, and is written inside its own transaction.
"""

import contextlib
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import frontmatter
import yaml
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils.text import slugify
from wagtail import hooks

from cms.hooks import CONTENT_HANDLERS
from cms.models import Level, Principle, Region, Theme
from cms.publishing import PublishBlocked
from cms.validation import has_controls

Tagged = TypeVar("Tagged", bound=Model)  # a vocabulary model: Principle, Theme, Region

CONTROLS_MESSAGE = "bevat onzichtbare stuurtekens (zoals NUL); haal die uit het bestand"


class ContentError(Exception):
    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


@dataclass
class ContentFile:
    path: Path
    meta: dict[str, Any]
    body: str

    def required(self, key: str) -> Any:
        value = self.meta.get(key)
        if value in (None, "", []):
            raise ContentError(key, "is verplicht en ontbreekt")
        return value

    def text(self, key: str, default: str = "") -> str:
        value = self.meta.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str | int | float):
            raise ContentError(key, "moet tekst zijn")
        return str(value).strip()

    def words(self, key: str) -> list[str]:
        value = self.meta.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise ContentError(key, "moet een lijst van woorden zijn")
        return [str(v).strip() for v in value]

    @property
    def slug(self) -> str:
        slug = self.text("slug") or slugify(self.text("title"))
        if slug != slugify(slug) or not slug:
            raise ContentError("slug", f"'{slug}' mag alleen kleine letters, cijfers en - bevatten")
        return slug


@dataclass
class Outcome:
    path: Path
    action: str = ""  # "nieuw", "bijgewerkt", "ongewijzigd"
    error: ContentError | None = None


@dataclass
class Batch:
    """What the files of one import run define, so files may refer to each other."""

    files: list[ContentFile] = field(default_factory=list)

    def slugs(self, type_name: str) -> set[str]:
        slugs = set()
        for f in self.files:
            if f.meta.get("type") == type_name:
                with contextlib.suppress(ContentError):  # reported when that file is validated
                    slugs.add(f.slug)
        return slugs


class ContentHandler:
    """Turns one `type` of file into model instances and back."""

    type_name: str = ""
    order: int = 50  # lower imports first (glossary terms before pages that mention them)

    def validate(self, doc: ContentFile, batch: Batch) -> dict[str, Any]:
        raise NotImplementedError

    def save(self, data: dict[str, Any]) -> str:
        """Create or update by slug; return 'nieuw', 'bijgewerkt' or 'ongewijzigd'."""
        raise NotImplementedError

    def export(self) -> list[tuple[str, dict[str, Any], str]]:
        """(slug, front matter, body) for every item of this type, sorted by slug."""
        raise NotImplementedError

    def after_import(self, saved: list[dict[str, Any]]) -> None:
        """Called once per run with the data of every file saved, for links between files."""


def handlers() -> dict[str, ContentHandler]:
    """Every content type's handler by type name: what the rooms' `content_handlers` hooks
    return (cms/hooks.py)."""
    return {
        handler.type_name: handler
        for provide in hooks.get_hooks(CONTENT_HANDLERS)
        for handler in provide()
    }


# --- reading -------------------------------------------------------------------------------


def read_file(path: Path) -> ContentFile:
    try:
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ContentError("bestand", "is geen UTF-8-tekst") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (regel {mark.line + 1})" if mark else ""
        raise ContentError("front matter", f"YAML kan niet gelezen worden{where}") from exc
    if not post.metadata:
        raise ContentError("front matter", "ontbreekt (het bestand moet beginnen met ---)")
    for key, value in [*post.metadata.items(), ("tekst", post.content)]:
        if has_controls(value):
            raise ContentError(str(key), CONTROLS_MESSAGE)
    return ContentFile(path=path, meta=dict(post.metadata), body=post.content)


def content_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*.md") if p.is_file())


class DryRunRollback(Exception):
    pass


def import_path(path: Path, *, dry_run: bool = False) -> list[Outcome]:
    outcomes: dict[Path, Outcome] = {}
    batch = Batch()
    known = handlers()
    for file_path in content_files(path):
        outcome = outcomes[file_path] = Outcome(file_path)
        try:
            doc = read_file(file_path)
            type_name = doc.text("type")
            if type_name not in known:
                names = ", ".join(sorted(known))
                raise ContentError("type", f"'{type_name}' is onbekend (bekend: {names})")
            batch.files.append(doc)
        except ContentError as exc:
            outcome.error = exc

    saved: dict[str, list[dict[str, Any]]] = {}
    for doc in sorted(batch.files, key=lambda d: (known[d.meta["type"]].order, str(d.path))):
        outcome = outcomes[doc.path]
        handler = known[doc.meta["type"]]
        try:
            data = handler.validate(doc, batch)
            with transaction.atomic():
                outcome.action = handler.save(data)
                if dry_run:
                    raise DryRunRollback
            saved.setdefault(handler.type_name, []).append(data)
        except DryRunRollback:
            pass
        except ContentError as exc:
            outcome.error = exc
        except ValidationError as exc:
            outcome.error = _from_validation_error(exc)
        except PublishBlocked as exc:
            outcome.error = _from_publish_blocked(exc)
    for type_name, items in saved.items():
        with transaction.atomic():
            known[type_name].after_import(items)
    return [outcomes[p] for p in sorted(outcomes)]


def _from_publish_blocked(exc: PublishBlocked) -> ContentError:
    """Field and kind of what the publish guard found; the text itself is never repeated."""
    first = exc.blockers[0]
    kinds = "; ".join(dict.fromkeys(b.describe() for b in exc.blockers))
    return ContentError(
        first.field,
        f"niet gepubliceerd, de tekst bevat mogelijk gegevens die een gezin herkenbaar maken "
        f"({kinds}); pas de tekst aan",
    )


def _from_validation_error(exc: ValidationError) -> ContentError:
    if hasattr(exc, "error_dict"):
        name, errors = next(iter(exc.error_dict.items()))
        return ContentError(name, "; ".join(str(m) for e in errors for m in e.messages))
    return ContentError("inhoud", "; ".join(exc.messages))


# --- writing -------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)


def render_file(meta: dict[str, Any], body: str) -> str:
    clean = {k: v for k, v in meta.items() if v not in (None, "", [])}
    front = yaml.dump(clean, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{front}---\n\n{body.strip()}\n"


def export_all(target: Path) -> int:
    count = 0
    for type_name, handler in sorted(handlers().items()):
        for slug, meta, body in handler.export():
            out = target / type_name / f"{slug}.md"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(render_file({"type": type_name, **meta}, body), encoding="utf-8")
            count += 1
    return count


# --- shared field readers ------------------------------------------------------------------


def read_level(doc: ContentFile) -> str:
    level = doc.text("level")
    if level and level not in Level.values:
        raise ContentError("level", f"'{level}' is onbekend (kies uit {', '.join(Level.values)})")
    return level


def read_principles(doc: ContentFile, key: str = "principles") -> list[Principle]:
    return _lookup(doc.words(key), Principle.objects.all(), "code", key, "basisprincipe")


def read_themes(doc: ContentFile, key: str = "themes") -> list[Theme]:
    return _lookup(doc.words(key), Theme.objects.all(), "slug", key, "thema")


def read_regions(doc: ContentFile, key: str = "regions") -> list[Region]:
    wanted = doc.words(key)
    found = {r.slug: r for r in Region.objects.filter(slug__in=wanted)}
    found.update({r.code: r for r in Region.objects.filter(code__in=wanted).exclude(code="")})
    return _ordered(wanted, found, key, "regio")


def _lookup(
    wanted: list[str], queryset: QuerySet[Tagged], attr: str, key: str, noun: str
) -> list[Tagged]:
    found = {getattr(obj, attr): obj for obj in queryset.filter(**{f"{attr}__in": wanted})}
    return _ordered(wanted, found, key, noun)


def _ordered(wanted: list[str], found: Mapping[str, Tagged], key: str, noun: str) -> list[Tagged]:
    missing = [w for w in wanted if w not in found]
    if missing:
        raise ContentError(key, f"onbekend {noun}: {', '.join(missing)}")
    return [found[w] for w in wanted]


def read_date(doc: ContentFile, key: str) -> dt.date | None:
    value = doc.meta.get(key)
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ContentError(key, f"'{value}' is geen datum (gebruik JJJJ-MM-DD)") from exc


def split_sections(body: str) -> list[tuple[str, str]]:
    """Split Markdown at level-2 headings (outside code fences) into (title, text) pairs."""
    sections: list[tuple[str, list[str]]] = []
    in_fence = False
    for line in io.StringIO(body):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if not in_fence and line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif sections:
            sections[-1][1].append(line)
        elif line.strip():
            raise ContentError("body", "tekst vóór de eerste kop '## ' hoort bij geen sectie")
    return [(title, "".join(lines).strip()) for title, lines in sections]


def join_sections(sections: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"## {title}\n\n{text.strip()}" for title, text in sections)
