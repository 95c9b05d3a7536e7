"""Every text inside StreamField data, with its place: one walk for every reader of blocks
(the search index, the privacy guard before publishing)."""

from collections.abc import Iterator

#: The block's own bookkeeping in StreamField data, not text of the page.
BLOCK_METADATA = frozenset({"type", "id"})


def stream_texts(value, skip_keys=BLOCK_METADATA) -> Iterator[tuple[str, str]]:
    """(path, text) for every string in a StreamValue or its raw data, in order.

    The path names the struct fields on the way ("section.body"); a block's "value" and list
    items add no level. Keys in `skip_keys` are left out with everything below them.
    """
    raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
    yield from _walk(raw or [], skip_keys, "")


def _walk(data, skip_keys, path) -> Iterator[tuple[str, str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, item in data.items():
            if key == "value":
                yield from _walk(item, skip_keys, path)
            elif key not in skip_keys:
                yield from _walk(item, skip_keys, f"{path}.{key}" if path else key)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from _walk(item, skip_keys, path)
