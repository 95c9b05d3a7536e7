"""In-process bitmaps over the indexed documents, for filters, facet counts and browsing.

Per facet value (name, value) a Python int whose bit i is set when document id base + i has
that value; the newest-first order of all documents for browsing. Loaded in one query over
search_searchfacet (plus one over the documents' ids and dates) and reloaded when the content
token (cms.content_version) changes, like the vocabulary in vocab.py — every index write
changes it, so a published or removed page shows in the counts of the next search.

A search turns its matched ids into a bitmap; filters are AND across facets of the OR of the
chosen values within a facet; counts are popcounts (int.bit_count) of intersections.
"""

import threading
from operator import itemgetter

import numpy as np

from .models import SearchDocument, SearchFacet
from .vocab import current_token

_lock = threading.Lock()
_FLAGS = bytes.maketrans(b"01", b"\x00\x01")
_state: dict = {"token": None, "maps": None}


class Bitmaps:
    def __init__(self, docs: list[tuple[int, object]], facets: list[tuple[int, str, str]]):
        ids = [d for d, _date in docs]
        self.base = min(ids, default=0)
        self.size = (max(ids, default=0) - self.base + 1) if ids else 0
        self.total = len(ids)
        self.all = self.mask_of(ids)
        self.alive = self.to_array(self.all)  # ids in the range that are documents
        groups: dict[tuple[str, str], list[int]] = {}
        for doc_id, name, value in facets:
            groups.setdefault((name, value), []).append(doc_id)
        self.values: dict[str, dict[str, int]] = {}
        for (name, value), members in sorted(groups.items()):
            self.values.setdefault(name, {})[value] = self.mask_of(members)
        # Newest first, undated last, then by id (as the SQL backends always ordered).
        dated = sorted((d for d in docs if d[1] is not None), key=itemgetter(0))
        dated.sort(key=lambda d: d[1], reverse=True)
        undated = sorted(d for d, date in docs if date is None)
        self.newest_first = [d - self.base for d, _date in dated] + [d - self.base for d in undated]
        self.recency = np.zeros(self.size, np.int64)  # position in newest_first, for sorting
        self.recency[self.newest_first] = np.arange(len(self.newest_first))

    def mask_of(self, ids) -> int:
        """Bitmap of document ids (ids outside the loaded range are left out). One byte per
        document first (a cheap loop), then packed to bits by int(..., 2) in C."""
        if not self.size:
            return 0
        flags = bytearray(b"0" * self.size)
        base, size = self.base, self.size
        for doc_id in ids:
            i = doc_id - base
            if 0 <= i < size:
                flags[i] = 49  # "1"
        flags.reverse()  # bit i is the i-th flag from the right
        return int(flags, 2)

    def to_array(self, mask: int) -> np.ndarray:
        """The bitmap as a boolean array (index: id - base), for the posting path."""
        packed = np.frombuffer(mask.to_bytes((self.size + 7) // 8, "little"), np.uint8)
        return np.unpackbits(packed, count=self.size, bitorder="little").view(np.bool_)

    def from_array(self, flags: np.ndarray) -> int:
        return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")

    def flags(self, mask: int) -> bytes:
        """One byte per document, 1 when its bit is set in `mask` (index: id - base)."""
        if not self.size:
            return b""
        return format(mask, f"0{self.size}b")[::-1].encode().translate(_FLAGS)

    def filter_mask(self, filters: dict[str, list[str]]) -> int | None:
        """AND across facets of the OR of the chosen values; None without filters. Unknown
        names or values select nothing."""
        mask = None
        for name, chosen in filters.items():
            if not chosen:
                continue
            known = self.values.get(name, {})
            either = 0
            for value in chosen:
                either |= known.get(value, 0)
            mask = either if mask is None else mask & either
        return mask

    def counts(self, mask: int) -> dict[str, dict[str, int]]:
        """Facet counts within `mask`: values that occur only."""
        out: dict[str, dict[str, int]] = {}
        for name, values in self.values.items():
            for value, value_mask in values.items():
                n = (mask & value_mask).bit_count()
                if n:
                    out.setdefault(name, {})[value] = n
        return out

    def newest(self, mask: int, offset: int, limit: int) -> list[int]:
        """Ids in `mask`, newest first, one page."""
        flags, wanted, found = self.flags(mask), offset + limit, []
        for i in self.newest_first:
            if flags[i]:
                found.append(i)
                if len(found) >= wanted:
                    break
        return [i + self.base for i in found[offset:]]


def current() -> Bitmaps:
    token = current_token()
    with _lock:
        if _state["token"] != token or _state["maps"] is None:
            docs = list(SearchDocument.objects.values_list("id", "date"))
            facets = list(SearchFacet.objects.values_list("document_id", "name", "value"))
            _state["maps"] = Bitmaps(docs, facets)
            _state["token"] = token
        return _state["maps"]


def forget():
    with _lock:
        _state["token"] = None
        _state["maps"] = None
