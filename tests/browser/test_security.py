"""Every page type runs under the strict Content-Security-Policy without a single violation,
loads nothing from another host, and an injected script does not run."""

import pytest

from cms.management.commands.load_demo import DEMO_EDITOR
from cms.models import GuidancePage
from learning.models import PilotPage
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser

# Collected in the page itself, before any of its own scripts run.
LISTEN = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""
PUBLIC = [
    "/",
    "/kennisbank/",
    "/zoeken/?q=veiligheid",
    "/pilots/",
    "/onderzoek/",
    "/onderzoek/evidence-map/",
    "/begrippen/",
    "/api/docs",
    "/admin/login/",
]


class Watch:
    """CSP violations, CSP console errors and requests to other hosts of one browser context."""

    def __init__(self, context, base_url):
        self.base_url = base_url
        self.console: list[str] = []
        self.foreign: list[str] = []
        context.add_init_script(LISTEN)
        context.on("request", self._request)
        context.on("console", self._console)

    def _request(self, request):
        if not request.url.startswith((self.base_url, "data:", "blob:")):
            self.foreign.append(request.url)

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def visit(self, page, url) -> list[str]:
        response = page.goto(url)
        assert response.ok, url
        assert "'unsafe-inline'" not in response.headers["content-security-policy"], url
        page.wait_for_load_state("networkidle")
        return page.evaluate("window.__csp")


@pytest.fixture
def watched(browser, live_server, django_db_setup):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    watch = Watch(context, live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield context, page, watch
    context.close()


def login_as_demo_editor(context, live_server):
    from django.contrib.auth import get_user_model

    sign_in(context, get_user_model().objects.get(username=DEMO_EDITOR[0]), live_server.url)


def test_public_pages_have_no_csp_violation_and_load_nothing_from_elsewhere(watched):
    context, page, watch = watched
    guidance = GuidancePage.objects.live().first().url
    for url in [*PUBLIC, guidance]:
        assert watch.visit(page, url) == [], url
    assert watch.console == [] and watch.foreign == []


def test_api_docs_list_the_operations_under_the_csp(watched):
    _context, page, watch = watched
    assert watch.visit(page, "/api/docs") == []
    page.locator(".opblock").first.wait_for()
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/search" in p for p in paths) and len(paths) >= 4
    assert watch.console == [] and watch.foreign == []


def test_admin_pages_have_no_csp_violation(watched, live_server):
    context, page, watch = watched
    login_as_demo_editor(context, live_server)
    guidance = GuidancePage.objects.live().first()
    pilot = PilotPage.objects.live().first()
    for url in ["/admin/", f"/admin/pages/{guidance.pk}/edit/", f"/admin/pages/{pilot.pk}/edit/"]:
        assert watch.visit(page, url) == [], url
    assert page.get_by_role("heading", level=1).inner_text().startswith("Bewerk")
    # Wagtail's InlinePanel and chooser scripts run with the nonce: a new link row appears.
    rows = page.locator("[id^='inline_child_guidance_links-']:visible").count()
    page.locator("#id_guidance_links-ADD").click()
    page.locator("[id^='inline_child_guidance_links-']:visible").nth(rows).wait_for()
    assert page.evaluate("window.__csp") == []
    assert watch.console == [] and watch.foreign == []


@pytest.mark.parametrize("url", ["/kennisbank/", "/admin/login/"])
def test_an_injected_inline_script_without_the_nonce_does_not_run(watched, url):
    _context, page, watch = watched
    assert watch.visit(page, url) == []
    page.evaluate(
        """() => {
        const el = document.createElement('div');
        el.innerHTML = '<img src="data:," onerror="window.__ran = 1">';
        document.body.append(el);
        const script = document.createElement('script');
        script.textContent = 'window.__ran = 2';
        document.body.append(script);
        const guessed = document.createElement('script');
        guessed.setAttribute('nonce', 'geraden');
        guessed.textContent = 'window.__ran = 3';
        document.body.append(guessed);
    }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("window.__ran") is None
    blocked = page.evaluate("window.__csp")
    assert any(v.startswith("script-src-elem inline") for v in blocked), blocked
