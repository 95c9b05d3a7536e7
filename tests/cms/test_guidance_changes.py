"""Issue 14 items 2 and 6: section marks from the versions, recent changes and their feeds,
following a page or a theme, the e-mail on a major version and the unsubscribe link."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.core import mail

from cms.follow import unsubscribe_token, unsubscribe_url
from cms.models import Follow
from tests.factories import GuidancePageFactory, ThemeFactory, UserFactory, publish, section

ATOM = "{http://www.w3.org/2005/Atom}"


def sections(first="Bel het gezin binnen drie dagen.", second="Maak één plan.", third=None):
    result = [
        ("section", section("Eerste contact", "eerste-contact", first)),
        ("section", section("Samen plannen", "samen-plannen", second)),
        ("section", section("Afsluiten", "afsluiten", "Sluit samen af.")),
    ]
    if third:
        result.append(("section", section("Leren", "leren", third)))
    return result


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Veiligheid", slug="veiligheid")


@pytest.fixture
def page(site_tree, theme):
    """1.0; 1.1 (minor) rewords the first section; 2.0 (major) changes the second and adds
    a fourth. The third never changes."""
    page = GuidancePageFactory(title="Eerste contact met een gezin", slug="eerste-contact")
    page.themes.add(theme)
    page = publish(page, version_label="1.0", sections=sections())
    page = publish(
        page,
        version_label="1.1",
        change_type="minor",
        change_note="Termijn in werkdagen.",
        sections=sections(first="Bel het gezin binnen drie werkdagen."),
    )
    return publish(
        page,
        version_label="2.0",
        change_type="major",
        change_note="Eén plan met het netwerk; nieuwe sectie over leren.",
        sections=sections(
            first="Bel het gezin binnen drie werkdagen.",
            second="Maak één plan met het gezin en het netwerk.",
            third="Kijk samen terug.",
        ),
    )


def marks_in(html: str) -> dict[str, str]:
    """{section anchor: the mark line under its heading}."""
    found = {}
    for anchor, body in re.findall(
        r'<section class="section" id="([^"]+)"(.*?)</section>', html, re.S
    ):
        line = re.search(r'<p class="section-mark-line">(.*?)</p>', body, re.S)
        if line:
            found[anchor] = " ".join(re.sub(r"<[^>]+>", "", line[1]).split())
    return found


def test_only_sections_changed_in_a_major_version_are_marked(client, page):
    html = client.get(page.url).content.decode()
    marks = marks_in(html)
    date = page.versions.get(number="2.0").published_at
    assert set(marks) == {"samen-plannen", "leren"}  # not the minor change, not the unchanged
    assert marks["samen-plannen"].startswith("gewijzigd in versie 2.0")
    assert marks["leren"].startswith("nieuw in versie 2.0")
    assert str(date.year) in marks["leren"]
    toc = html.split('id="toc-title"')[1].split("</nav>")[0]
    assert toc.count("section-mark--changed") == 1 and toc.count("section-mark--new") == 1


def test_a_minor_version_alone_marks_nothing(client, site_tree):
    page = GuidancePageFactory(slug="alleen-klein")
    page = publish(page, version_label="1.0", sections=sections())
    page = publish(
        page,
        version_label="1.1",
        change_type="minor",
        change_note="Spelling.",
        sections=sections(second="Maak een plan."),
    )
    assert marks_in(client.get(page.url).content.decode()) == {}


def test_an_old_version_shows_no_marks_of_today(client, page):
    html = client.get(f"{page.url}versies/1.1/").content.decode()
    assert "section-mark" not in html


def test_recent_changes_lists_versions_filtered_by_date_theme_and_kind(client, page, theme):
    html = client.get("/wijzigingen/").content.decode()
    assert html.count('class="change"') == 3
    assert "Eén plan met het netwerk" in html and "Termijn in werkdagen." in html
    assert f'href="{page.url}#leren"' in html  # the new section, linked
    html = client.get("/wijzigingen/?soort=major").content.decode()
    assert html.count('class="change"') == 1
    v2 = page.versions.get(number="2.0")
    page.versions.exclude(pk=v2.pk).update(published_at=v2.published_at.replace(year=2020))
    since = v2.published_at.date().isoformat()
    html = client.get(f"/wijzigingen/?sinds={since}").content.decode()
    assert html.count('class="change"') == 1 and "Termijn in werkdagen." not in html
    other = ThemeFactory(slug="ander-thema")
    assert (
        client.get(f"/wijzigingen/?thema={other.slug}").content.decode().count('class="change"')
        == 0
    )
    assert (
        client.get(f"/wijzigingen/?thema={theme.slug}").content.decode().count('class="change"')
        == 3
    )


def entries(response):
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 — our own feed
    assert root.tag == f"{ATOM}feed"
    # What RFC 4287 requires of a feed and of each entry (the feed's author covers them).
    for required in ("id", "title", "updated", "author/name"):
        assert root.findtext(f"{ATOM}" + required.replace("/", f"/{ATOM}")), required
    for entry in root.findall(f"{ATOM}entry"):
        assert all(entry.findtext(f"{ATOM}{name}") for name in ("id", "title", "updated"))
    return [
        (
            e.findtext(f"{ATOM}title"),
            e.find(f"{ATOM}link").get("href"),
            e.findtext(f"{ATOM}summary"),
        )
        for e in root.findall(f"{ATOM}entry")
    ]


def test_feeds_site_wide_per_page_and_per_theme(client, page, theme):
    site = entries(client.get("/wijzigingen/feed.atom"))
    assert [t for t, _l, _s in site][
        0
    ] == "Eerste contact met een gezin: versie 2.0 (Inhoudelijke wijziging: het advies)"
    assert site[0][1].endswith(f"{page.url}versies/#versie-2.0") and site[0][1].startswith("http")
    assert "Nieuwe sectie: Leren" in site[0][2] and "Gewijzigde sectie: Samen plannen" in site[0][2]
    assert len(entries(client.get(f"/wijzigingen/richtlijn/{page.pk}/feed.atom"))) == 3
    assert len(entries(client.get(f"/wijzigingen/thema/{theme.slug}/feed.atom"))) == 3
    other = GuidancePageFactory(slug="andere")
    publish(other, version_label="1.0", sections=sections())
    assert len(entries(client.get(f"/wijzigingen/thema/{theme.slug}/feed.atom"))) == 3
    assert len(entries(client.get("/wijzigingen/feed.atom"))) == 4


def test_a_private_page_is_in_no_list_or_feed(client, page):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "Eerste contact met een gezin" not in client.get("/wijzigingen/").content.decode()
    assert entries(client.get("/wijzigingen/feed.atom")) == []
    assert client.get(f"/wijzigingen/richtlijn/{page.pk}/feed.atom").status_code == 404


def test_a_withdrawn_page_is_not_in_the_recent_changes(client, page):
    assert "Eerste contact met een gezin" in client.get("/wijzigingen/").content.decode()
    publish(page, withdrawn=True, withdrawal_reason="Opgegaan in een nieuwe richtlijn.")
    assert "Eerste contact met een gezin" not in client.get("/wijzigingen/").content.decode()
    assert entries(client.get("/wijzigingen/feed.atom")) == []


def test_follow_and_unfollow_a_page_and_a_theme(client, page, theme):
    reader = UserFactory(username="lezer")
    client.force_login(reader)
    html = client.get(page.url).content.decode()
    assert "Volg deze richtlijn" in html
    response = client.post(f"/volgen/richtlijn/{page.pk}/", {"next": page.url})
    assert response.status_code == 302 and response["Location"] == page.url
    assert "Niet meer volgen" in client.get(page.url).content.decode()
    client.post(f"/volgen/thema/{theme.slug}/")
    account = client.get("/account/").content.decode()
    assert page.title in account and "Veiligheid" in account
    client.post(f"/volgen/richtlijn/{page.pk}/", {"action": "stop"})
    assert list(Follow.objects.filter(user=reader).values_list("theme__slug", flat=True)) == [
        "veiligheid"
    ]
    assert page.title not in client.get("/account/").content.decode()


def test_following_needs_a_login_and_a_post(client, page):
    assert client.post(f"/volgen/richtlijn/{page.pk}/")["Location"].startswith("/account/login/")
    client.force_login(UserFactory())
    assert client.get(f"/volgen/richtlijn/{page.pk}/").status_code == 405
    assert not Follow.objects.exists()
    html = client.get(page.url).content.decode()
    assert "Volg deze richtlijn" in html


def test_mail_on_a_major_version_not_on_a_minor(page, theme, django_capture_on_commit_callbacks):
    by_page, by_theme = UserFactory(username="pagina"), UserFactory(username="thema")
    both = UserFactory(username="beide")
    Follow.objects.create(user=by_page, page=page)
    Follow.objects.create(user=by_theme, theme=theme)
    Follow.objects.create(user=both, page=page)
    Follow.objects.create(user=both, theme=theme)
    with django_capture_on_commit_callbacks(execute=True):
        page = publish(page, version_label="2.1", change_type="minor", change_note="Een link.")
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        publish(
            page,
            version_label="3.0",
            change_type="major",
            change_note="Nieuw advies over afsluiten.",
            sections=sections(
                first="Bel het gezin binnen drie werkdagen.",
                second="Maak één plan met het gezin en het netwerk.",
                third="Kijk samen terug met het gezin.",
            ),
        )
    assert sorted(m.to[0] for m in mail.outbox) == [
        "beide@example.org",
        "pagina@example.org",
        "thema@example.org",
    ]  # one mail each, also for who follows both
    message = next(m for m in mail.outbox if m.to == ["thema@example.org"])
    assert message.subject == "Nieuwe versie 3.0 van Eerste contact met een gezin"
    assert "Nieuw advies over afsluiten." in message.body and "- Leren (gewijzigd)" in message.body
    assert "omdat u het thema Veiligheid volgt" in message.body
    link = unsubscribe_url(Follow.objects.get(user__username="thema"))
    assert link in message.body and message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_unsubscribe_without_login_get_confirms_post_unsubscribes(client, page):
    follow = Follow.objects.create(user=UserFactory(), page=page)
    url = f"/volgen/afmelden/{unsubscribe_token(follow)}/"
    html = client.get(url).content.decode()
    assert "Ja, meld mij af" in html and Follow.objects.filter(pk=follow.pk).exists()
    response = client.post(url)  # as a mail client's one-click POST: no CSRF token, no login
    assert response.status_code == 200 and "U bent afgemeld" in response.content.decode()
    assert not Follow.objects.filter(pk=follow.pk).exists()
    assert "werkt niet" in client.get(url).content.decode()


def test_unsubscribe_token_cannot_be_guessed_or_moved(client, page):
    mine = Follow.objects.create(user=UserFactory(), page=page)
    other = Follow.objects.create(user=UserFactory(), page=page)
    token = unsubscribe_token(mine)
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    for bad in (forged, "1", f"{other.pk}", token.replace(token.split(":")[0], "eyJmIjoyfQ")):
        client.post(f"/volgen/afmelden/{bad}/")
    assert Follow.objects.count() == 2
    client.post(f"/volgen/afmelden/{token}/")
    assert list(Follow.objects.values_list("pk", flat=True)) == [other.pk]
