"""Rules of the v7 and v8 rounds of the privacy guard (tuned on v7-dev and v8-dev): exact
spans, one case per id."""

from __future__ import annotations

import pytest

from tests.reflections.span_cases import case
from tests.reflections.span_cases import spans as span_cases_spans

# Rules of the v7 round (tuned on v7-dev): every sentence invented for the test.
V7_RULES = [
    case(
        "Onderzoek loopt bij de Raad Utrecht 2025 318842, zegt de jurist.",
        ("case_number", "2025 318842"),
        id="raad-number-with-a-space-after-de-raad-and-a-town",
    ),
    case(
        "RvdK team Leiden-Zuid 25.441207 doet het onderzoek.",
        ("case_number", "25.441207"),
        id="raad-number-after-a-team",
    ),
    case(
        "Het ZVH registreerde het als ZVH-N-2025-081.",
        ("case_number", "ZVH-N-2025-081"),
        id="issuer-with-a-one-letter-region",
    ),
    case(
        "In het systeem: VT-GR-448120 (nieuwe melding).",
        ("case_number", "VT-GR-448120"),
        id="issuer-and-region-then-a-number",
    ),
    case(
        "Het wijkteam-ID is WK55120, volgens de coach.",
        ("case_number", "WK55120"),
        id="letters-glued-to-a-long-number",
    ),
    case(
        "Zie registratienummer politie PL1200-2025118834 voor het incident.",
        ("case_number", "PL1200-2025118834"),
        id="keeper-word-between-keyword-and-number",
    ),
    case(
        "Zaak-ID 2025-551872-JZ staat in de brief.",
        ("case_number", "2025-551872-JZ"),
        id="id-keyword-and-a-closing-letter-code",
    ),
    case(
        "Het leerplichtdossier lp/2025/0811 is bijgewerkt.",
        ("case_number", "lp/2025/0811"),
        id="dossier-compound-and-a-lower-case-code",
    ),
    case(
        "Kenmerk jeugdteam: JT/25/3318/NO, graag vermelden.",
        ("case_number", "JT/25/3318/NO"),
        id="case-code-closed-by-a-team-code",
    ),
    case(
        "GI-nummer: JBn 25-40917 volgens de voogd.",
        ("case_number", "JBn 25-40917"),
        id="issuer-with-a-lower-case-region-letter",
    ),
    case(
        "Het hoger beroep staat onder 200 118 904/01 bij het hof.",
        ("case_number", "200 118 904/01"),
        id="court-of-appeal-number-with-spaces",
    ),
    case(
        "Zie de omgangsregeling in C/10/661204 / JE RK 25-771.",
        ("case_number", "C/10/661204 / JE RK 25-771"),
        id="court-number-whatever-the-sentence-says",
    ),
    case(
        "Het systeem lag eruit (ticket INC2025-118204) en de storing duurde lang.",
        id="helpdesk-ticket-is-no-case-number",
    ),
    case(
        "Verwijs naar melding #77120 bij de servicedesk.",
        id="melding-for-the-servicedesk-is-no-case-number",
    ),
    case(
        "Bestelling onder ordernummer ORD-55120 is binnen; factuurnr. FAC2291104 volgt.",
        id="order-and-invoice-codes-are-no-case-numbers",
    ),
    case(
        "Wijzigingsverzoek RITM0044120 is aangemaakt.",
        id="it-ticket-prefix-is-no-case-number",
    ),
    case("Moeder heeft een schuld van EUR 12.408,-.", id="an-amount-in-euro"),
    case("ZITTING VAN 12/03 OM 10.00 UUR", id="a-heading-in-capitals-before-a-date"),
    case("De kosten staan op projectcode KL-25-18.", id="a-project-code-is-no-licence-plate"),
    case(
        "De auto van vader (42-KTX-9) stond voor de deur.",
        ("licence_plate", "42-KTX-9"),
        id="a-licence-plate-still-is-one",
    ),
    case(
        "Ze wonen aan de Lindelaan 14-hs (3581 kd), sinds maart.",
        ("address", "Lindelaan 14-hs"),
        ("postcode", "3581 kd"),
        id="lower-case-postcode-after-a-house-number",
    ),
    case(
        "Nieuw adres: Weverstraat 3, 6862 dk Oosterbeek.",
        ("address", "Weverstraat 3"),
        ("postcode", "6862 dk"),
        id="lower-case-postcode-before-a-town",
    ),
    case("Op 12 mei 2025 om 9.00 uur begint het.", id="a-year-before-a-short-word-is-no-postcode"),
    case(
        "Ze spreken met de school, De Wilgenhoek, over het verzuim.",
        ("school", "De Wilgenhoek"),
        id="school-named-after-the-word-school",
    ),
    case(
        "Na de zomer is hij ingeschreven op De Kleine Wereld.",
        ("school", "De Kleine Wereld"),
        id="school-of-two-words-after-ingeschreven-op",
    ),
    case(
        "Ze zit in groep 7, Het Palet, en het gaat goed.",
        ("school", "Het Palet"),
        id="school-after-a-class",
    ),
    case(
        "Hij zit nog op ISK De Horizon.",
        ("school", "ISK De Horizon"),
        id="isk-before-a-school-name",
    ),
    case(
        "Haar broer zit op de Annie M.G. Schmidtschool.",
        ("school", "Annie M.G. Schmidtschool"),
        id="school-compound-after-a-name-with-initials",
    ),
    case(
        "vader: mijn adres is kastanjelaan 40b\nbegeleider: dank u",
        ("address", "kastanjelaan 40b"),
        id="lower-case-address-after-adres-is-at-a-line-end",
    ),
    case(
        "In de app noemen we ze alleen gezin P of gezin R.", id="one-letter-leaves-a-family-unnamed"
    ),
    case("Dit staat in de Participatiewet.", id="a-law-is-no-name"),
    case("Dag mevruow, ik bel u morgen terug.", id="a-mistyped-title-is-no-name"),
    case(
        "Het appje van de buurvrouw (screenshot, 14-02-2022): moeder schreeuwde.",
        id="date-of-a-message-is-no-birth-date",
    ),
    case("De netwerkgroep (3 juni 2024) kwam bij elkaar.", id="date-after-a-lower-case-word"),
    case(
        "Met vriendelijke groet,\n\nKelvin",
        ("name", "Kelvin"),
        id="a-word-name-signing-after-a-closing",
    ),
    case("groetjes,\nwendy", ("name", "wendy"), id="a-lower-case-first-name-signing"),
    case("Met vriendelijke groet,\nwijkteam Centrum", id="a-team-signing-is-no-name"),
    case(
        "Storm (geb. 4-2-2019) is de jongste.",
        ("name", "Storm"),
        ("date_of_birth", "4-2-2019"),
        id="a-word-name-before-geb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), V7_RULES)
def test_v7_rules(text, expected):
    assert span_cases_spans(text) == expected


# Rules of the v8 round (tuned on v8-dev): every sentence invented for the test.
V8_RULES = [
    case("[12-04-2025 09:41] Opa: ik kom eraan", id="a-chat-timestamp-is-no-phone-number"),
    case(
        "Bel moeder op 010-4410234 na 17.00 uur.",
        ("phone", "010-4410234"),
        id="a-phone-number-still-is-one",
    ),
    case("Mail extern altijd via Zivver of ZorgMail.", id="mail-systems-are-no-names"),
    case("De melding staat in TOPdesk (M0071-2201).", id="a-helpdesk-system-and-its-ticket"),
    case("Zie de bijlage (document DOC-4412) voor de cijfers.", id="a-document-code"),
    case("De beschikking SUB/2025/118 is toegekend.", id="a-subsidy-decision-number"),
    case(
        "Het budgetbeheer loopt via de gemeente, dossiernummer 551207-12.",
        ("case_number", "551207-12"),
        id="budgetbeheer-is-a-familys-service",
    ),
    case(
        "Melding Veilig Thuis VT-R'dam 25-4410, binnengekomen in mei.",
        ("case_number", "VT-R'dam 25-4410"),
        id="region-code-with-an-apostrophe",
    ),
    case("Met vriendelijke groet,\nInkoop & Contractmanagement", id="a-department-signs"),
    case("Groet,\nTeam Functioneel Beheer", id="a-team-name-after-team"),
    case("Beste gezinsvoogden en gedragswetenschappers,", id="plural-roles-after-a-greeting"),
    case("Foto's van gezinnen horen niet in de app.", id="a-plural-in-s-is-no-possessive"),
    case(
        "We maken een afspraak bij de GGZ voor Hamid op dinsdag.",
        ("name", "Hamid"),
        id="a-first-name-after-an-organisation-and-voor",
    ),
    case(
        "Dewayne neemt de bus naar school.",
        ("name", "Dewayne"),
        id="an-unknown-word-before-neemt",
    ),
    case(
        "Bespreek het met de achterwacht.\n  -> Nee: bel de crisisdienst.",
        id="arrow-bullet-opens-a-line",
    ),
    case("Menner was er niet bij, mevrouw wel.", id="a-title-with-one-letter-changed"),
    case(
        "Bereikbaar met tram C.\n\nParkeren kan in de garage.",
        id="an-initial-does-not-cross-a-line",
    ),
    case(
        "Beste budgethouders, de deadline nadert.",
        id="lower-case-plural-of-a-doer-after-a-greeting",
    ),
    case("Jongvolwassene (19) woont zelfstandig.", id="a-role-before-an-age"),
    case("Gebruik het format FIN-NTO-2025 voor de lijst.", id="a-format-code-closed-by-a-year"),
    case("Wijzigingsverzoek RFC-6712 is goedgekeurd.", id="an-it-change-request"),
    case(
        "Voogdijdossier: JB-NO 51207 (nieuw)",
        ("case_number", "JB-NO 51207"),
        id="issuer-and-region-then-a-space-and-a-number",
    ),
    case(
        "Het relatienummer bij de gemeente is 3318204.",
        ("case_number", "3318204"),
        id="relatienummer-is-a-case-cue",
    ),
    case("Marokkaans Darija en Koerdisch Sorani worden gesproken.", id="languages-are-no-names"),
]


@pytest.mark.parametrize(("text", "expected"), V8_RULES)
def test_v8_rules(text, expected):
    assert span_cases_spans(text) == expected
