"""What changed between two versions of a guidance page, per section and word by word.

difflib (the standard library) rather than a package: SequenceMatcher aligns the longest
runs of equal words, which reads as "these words were replaced", and a few kilobytes of
section text per side is nothing for it. Sections are matched by anchor (their stable name),
so a section whose heading changed is one changed section, not one removed and one added.
"""

import difflib
import re
from dataclasses import dataclass

from cms.kern import diff_text

WORD = re.compile(r"\S+\s*")  # a word with the spaces after it, so the text keeps its breaks


@dataclass
class Segment:
    kind: str  # "same", "added", "removed"
    text: str


def word_diff(old: str, new: str) -> list[Segment]:
    """The new text with the removed words put back in, each run of words marked."""
    before, after = WORD.findall(old.strip()), WORD.findall(new.strip())
    matcher = difflib.SequenceMatcher(
        None, [w.strip() for w in before], [w.strip() for w in after], autojunk=False
    )
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(segments, "same", "".join(after[j1:j2]))
            continue
        removed, added = "".join(before[i1:i2]), "".join(after[j1:j2])
        # The spaces and line breaks after a run stay outside its mark: a paragraph break
        # is shown once, and a mark never ends in a blank.
        if removed:
            _add(segments, "removed", removed.rstrip())
            _add(segments, "same", " " if added else removed[len(removed.rstrip()) :])
        if added:
            _add(segments, "added", added.rstrip())
            _add(segments, "same", added[len(added.rstrip()) :])
    return segments


def _add(segments: list[Segment], kind: str, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].kind == kind:
        segments[-1].text += text
    else:
        segments.append(Segment(kind, text))


def changed(segments: list[Segment]) -> bool:
    return any(s.kind != "same" for s in segments)


PARAGRAPH = re.compile(r"(\n\s*\n)")


def paragraphs(segments: list[Segment]) -> list[list[Segment]]:
    """The marked text cut at blank lines (outside the marks), one list per paragraph."""
    result: list[list[Segment]] = [[]]
    for segment in segments:
        if segment.kind != "same":
            result[-1].append(segment)
            continue
        for i, part in enumerate(PARAGRAPH.split(segment.text)):
            if i % 2:
                result.append([])  # the blank line itself is dropped: each is a <p>
            elif part:
                result[-1].append(Segment("same", part))
    return [p for p in result if p]


@dataclass
class Excerpt:
    """A changed paragraph, with how many unchanged paragraphs were left out before it."""

    skipped: int
    segments: list[Segment]


def changed_paragraphs(segments: list[Segment]) -> tuple[list[Excerpt], int]:
    """Only the paragraphs with a change (a long section reads as its changes), and the
    number of unchanged paragraphs after the last one."""
    excerpts, skipped = [], 0
    for paragraph in paragraphs(segments):
        if changed(paragraph):
            excerpts.append(Excerpt(skipped, paragraph))
            skipped = 0
        else:
            skipped += 1
    return excerpts, skipped


@dataclass
class SectionChange:
    anchor: str
    title: str
    body: str  # the Markdown of the newer version (of the older for a removed section)
    status: str  # "new", "removed", "changed", "same"
    title_diff: list[Segment]
    body_diff: list[Segment]

    @property
    def excerpts(self) -> tuple[list[Excerpt], int]:
        return changed_paragraphs(self.body_diff)

    @property
    def title_changed(self) -> bool:
        return self.status == "changed" and changed(self.title_diff)


def _sections(page) -> dict[str, dict]:
    return {block.value["anchor"]: block.value for block in page.sections}


def section_changes(old_page, new_page) -> list[SectionChange]:
    """Every section of the newer version in its order, then the ones it no longer has."""
    old, new = _sections(old_page), _sections(new_page)
    changes = []
    for anchor, value in new.items():
        before = old.get(anchor)
        title_diff = word_diff(before["title"] if before else "", value["title"])
        # Item 7: the kern is diffed with the text, as its first paragraph.
        body_diff = word_diff(diff_text(before) if before else "", diff_text(value))
        if before is None:
            status = "new"
        elif changed(title_diff) or changed(body_diff):
            status = "changed"
        else:
            status = "same"
        changes.append(
            SectionChange(anchor, value["title"], value["body"], status, title_diff, body_diff)
        )
    for anchor, value in old.items():
        if anchor not in new:
            changes.append(
                SectionChange(
                    anchor,
                    value["title"],
                    value["body"],
                    "removed",
                    word_diff(value["title"], ""),
                    word_diff(diff_text(value), ""),
                )
            )
    return changes
