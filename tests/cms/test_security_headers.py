"""Content-Security-Policy and the other response headers, on public pages and in the admin."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
import wagtail
from django.conf import settings

from cms.management.commands.load_demo import ensure_demo_editor
from cms.security.wagtail_nonces import nonce_on_trailing_script
from learning.setup import ensure_learning_site
from tests.factories import GuidancePageFactory, login_with_second_factor
from tests.learning.factories import PilotPageFactory

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)([^>]*)>")
OVERRIDES = Path(settings.BASE_DIR) / "cms" / "templates" / "wagtailadmin"
WAGTAIL_TEMPLATES = Path(wagtail.__file__).parent / "admin" / "templates" / "wagtailadmin"


def policy(response) -> dict[str, list[str]]:
    directives = (d.strip().split() for d in response["Content-Security-Policy"].split(";"))
    return {d[0]: d[1:] for d in directives if d}


def assert_strict(csp: dict, frame_ancestors: str):
    assert "'unsafe-inline'" not in " ".join(sum(csp.values(), []))
    assert "'unsafe-eval'" not in " ".join(sum(csp.values(), []))
    assert csp["script-src"][0] == "'self'"
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert csp["form-action"] == ["'self'"] and csp["frame-ancestors"] == [frame_ancestors]
    hosts = [s for s in sum(csp.values(), []) if "." in s or s.startswith("http")]
    assert hosts == [], "no other host may be allowed"


@pytest.fixture
def editor_client(client, site_tree):
    login_with_second_factor(client, ensure_demo_editor())
    return client


@pytest.mark.parametrize("url", ["/", "/kennisbank/", "/zoeken/?q=veiligheid", "/api/docs"])
def test_public_pages_have_a_strict_policy_without_unsafe_inline(client, site_tree, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_strict(policy(response), "'none'")
    assert policy(response)["style-src"] == ["'self'"]


def test_public_pages_send_the_other_security_headers(client, site_tree):
    response = client.get("/")
    assert response["Permissions-Policy"].startswith("camera=()")
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_swagger_ui_is_served_from_our_own_static_files(client):
    html = client.get("/api/docs").content.decode()
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert any(s.endswith("swagger-ui-bundle.js") for s in sources)
    assert all(s.startswith(settings.STATIC_URL) for s in sources), sources
    assert INLINE_SCRIPT.search(html) is None


def guidance_page(home):
    return GuidancePageFactory()


def pilot_page(home):
    registry, _research = ensure_learning_site(home)
    return PilotPageFactory()


@pytest.mark.parametrize("make_page", [guidance_page, pilot_page])
def test_admin_page_editor_gives_every_inline_script_the_nonce(editor_client, site_tree, make_page):
    """Guidance: date widgets; pilot: also InlinePanel and page choosers inside it."""
    page = make_page(site_tree)
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    csp = policy(response)
    assert_strict(csp, "'self'")
    nonces = [s for s in csp["script-src"] if s.startswith("'nonce-")]
    assert len(nonces) == 1
    nonce = nonces[0][len("'nonce-") : -1]
    inline = INLINE_SCRIPT.findall(response.content.decode())
    assert inline, "the page editor has Wagtail's date widgets, which write inline scripts"
    assert all(f'nonce="{nonce}"' in attrs for attrs in inline), inline


def test_admin_allows_no_event_handler_but_jcrops_return_statement(editor_client):
    response = editor_client.get("/admin/")
    digest = base64.b64encode(hashlib.sha256(b"return;").digest()).decode()
    assert policy(response)["script-src-attr"] == ["'unsafe-hashes'", f"'sha256-{digest}'"]
    assert "gravatar" not in response.content.decode()


@pytest.mark.parametrize(
    "name",
    [
        "widgets/date_input.html",
        "widgets/time_input.html",
        "widgets/datetime_input.html",
        "panels/inline_panel.html",
        "panels/multiple_chooser_panel.html",
    ],
)
def test_admin_template_overrides_keep_wagtails_script_apart_from_the_nonce(name):
    """Fails after a Wagtail upgrade that changes one of these scripts: copy the new one."""
    ours = (OVERRIDES / name).read_text().replace("{% csp_nonce_attr %}", "")
    wagtails = (WAGTAIL_TEMPLATES / name).read_text()
    scripts = re.findall(r"<script>.*?</script>", wagtails, re.S)

    def words(text: str) -> str:  # djhtml re-indents our copy; only the indentation may differ
        return " ".join(text.split())

    assert scripts and all(words(script) in words(ours) for script in scripts)


def test_chooser_script_gets_the_nonce_and_other_html_stays_as_it_is():
    html = '<input type="hidden"><script>new PageChooser("id_page", {});</script>'
    assert nonce_on_trailing_script(html, "abc") == (
        '<input type="hidden"><script nonce="abc">new PageChooser("id_page", {});</script>'
    )
    assert nonce_on_trailing_script("<input>", "abc") == "<input>"
    assert nonce_on_trailing_script(html, "") == html
