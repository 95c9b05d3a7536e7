"""Privacy guard for reflections: finds what could identify a child or family.

Pure Python, no database: ``find_identifiers(text)`` returns ``Finding`` objects with the
kind, offsets and text of each identifying span, plus a Dutch label and a neutral
replacement suggestion per kind.
"""

from .findings import KINDS, LABELS, SUGGESTIONS, Finding, label_for, suggestion_for
from .guard import find_identifiers

__all__ = [
    "KINDS",
    "LABELS",
    "SUGGESTIONS",
    "Finding",
    "find_identifiers",
    "label_for",
    "suggestion_for",
]
