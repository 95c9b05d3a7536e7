"""One walk over StreamField data for every reader of blocks (search index, privacy guard)."""

from cms.models import GuidancePage
from cms.stream_text import stream_texts

RAW = [
    {
        "type": "section",
        "id": "3f1c",
        "value": {
            "title": "Directe veiligheid",
            "anchor": "directe-veiligheid",
            "body": "Maak **samen** een plan.",
            "principles": [4, 7],
            "themes": [],
        },
    },
    {"type": "section", "id": "9a2b", "value": {"title": "Netwerk", "anchor": "netwerk",
                                               "body": "", "principles": [], "themes": []}},
]  # fmt: skip


def test_every_text_with_its_path_and_no_block_type_or_id():
    assert list(stream_texts(RAW)) == [
        ("title", "Directe veiligheid"),
        ("anchor", "directe-veiligheid"),
        ("body", "Maak **samen** een plan."),
        ("title", "Netwerk"),
        ("anchor", "netwerk"),
        ("body", ""),
    ]


def test_skipped_keys_leave_out_everything_below_them():
    texts = [text for _path, text in stream_texts(RAW, skip_keys={"type", "id", "anchor"})]
    assert texts == ["Directe veiligheid", "Maak **samen** een plan.", "Netwerk", ""]


def test_a_stream_value_reads_as_its_raw_data():
    value = GuidancePage._meta.get_field("sections").stream_block.to_python(RAW)
    assert list(stream_texts(value)) == list(stream_texts(RAW))


def test_nested_structs_name_their_path():
    raw = [{"type": "x", "value": {"outer": {"inner": ["a", {"deep": "b"}]}}}]
    assert list(stream_texts(raw)) == [("outer.inner", "a"), ("outer.inner.deep", "b")]


def test_empty_data_has_no_texts():
    assert list(stream_texts(None)) == []
    assert list(stream_texts([])) == []
