import pytest

from cms.markdown import render_markdown

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klik](javascript:alert(1))",
    '<a href="javascript:alert(1)">klik</a>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="https://example.org"></iframe>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<form action="https://example.org"><input name="x"></form>',
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markdown_strips_scripts_handlers_and_dangerous_links(payload):
    html = render_markdown(payload, glossary_hints=False).lower()
    for forbidden in ("<script", "onerror", "onload", "javascript:", "<svg", "<iframe",
                      "style=", "data:text", "<form", "<input", "<img"):  # fmt: skip
        assert forbidden not in html, (payload, html)


def test_markdown_keeps_ordinary_formatting_and_safe_links():
    html = render_markdown(
        "**Let op**: zie [de leidraad](https://example.org/leidraad).\n\n- één\n- twee",
        glossary_hints=False,
    )
    assert "<strong>Let op</strong>" in html
    assert '<a href="https://example.org/leidraad" rel="noopener noreferrer">' in html
    assert "<li>één</li>" in html


def test_markdown_demotes_page_level_headings():
    html = render_markdown("# Groot\n\n## Kleiner\n\n### Klein", glossary_hints=False)
    assert "<h1" not in html and "<h2" not in html
    assert html.count("<h3>") == 3


def test_empty_text_renders_empty():
    assert render_markdown("") == ""


@pytest.mark.django_db
def test_first_use_of_glossary_term_gets_an_accessible_explanation():
    from tests.factories import GlossaryTermFactory

    GlossaryTermFactory(
        term="Ondertoezichtstelling", slug="ots", abbreviations="OTS", explanation="Een maatregel."
    )
    html = render_markdown("Een OTS duurt een jaar. Na de OTS volgt een gesprek. `OTS` in code.")
    assert html.count('class="begrip__link') == 1
    link_start = html.index('aria-describedby="') + len('aria-describedby="')
    tip_id = html[link_start : html.index('"', link_start)]
    assert f'id="{tip_id}"' in html
    assert "Ondertoezichtstelling: Een maatregel." in html
    assert 'href="/begrippen/#ots"' in html
    assert "<code>OTS</code>" in html  # never inside code
    # The explanation's own link to the glossary, shown by glossary.js once the term is a button.
    assert '<a class="begrip__meer utrecht-link" href="/begrippen/#ots" hidden>' in html


@pytest.mark.django_db
def test_abbreviations_match_case_sensitively_and_whole_words_only():
    from tests.factories import GlossaryTermFactory

    GlossaryTermFactory(term="Veilig Thuis", slug="veilig-thuis", abbreviations="VT")
    assert "begrip__link" not in render_markdown("vt en VTO en AVT")
    assert "begrip__link" in render_markdown("Bel VT.")
    assert "begrip__link" in render_markdown("Bel veilig thuis.")


@pytest.mark.django_db
def test_glossary_hint_escapes_the_explanation():
    from tests.factories import GlossaryTermFactory

    GlossaryTermFactory(term="Proeftuin", slug="proeftuin", explanation='<script>x</script> "q"')
    html = render_markdown("Een proeftuin.")
    assert "<script>x" not in html
    assert "&lt;script&gt;x" in html


@pytest.mark.django_db
def test_longest_term_wins_over_a_shorter_variant_that_starts_earlier():
    from tests.factories import GlossaryTermFactory

    GlossaryTermFactory(
        term="Raad voor de Kinderbescherming", slug="rvdk", abbreviations="RvdK", variants="de Raad"
    )
    html = render_markdown("Bel de Raad voor de Kinderbescherming.")
    assert 'aria-describedby="uitleg-rvdk-' in html
    assert "de <span" in html and ">Raad voor de Kinderbescherming</a>" in html


@pytest.mark.django_db
def test_a_term_is_explained_once_per_page_across_texts(client, site_tree):
    from tests.factories import GlossaryTermFactory, InspirationPageFactory

    GlossaryTermFactory(term="Veilig Thuis", slug="veilig-thuis", abbreviations="VT")
    page = InspirationPageFactory(
        situation="VT kreeg een melding.",
        approach="VT en het lokaal team werkten samen.",
    )
    html = client.get(page.url).content.decode()
    assert html.count('class="begrip__link') == 1
