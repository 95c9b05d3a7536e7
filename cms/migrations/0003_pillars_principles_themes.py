"""Seed the four pillars, the basic principles and a first list of themes.

The pillars and principles follow the public description of the Toekomstscenario kind- en
gezinsbescherming (programme of JenV, VWS and VNG). The wording is our own, in plain Dutch
(B1). Codes such as `G1` or `L3` are stable: content files refer to them. Sources are listed
in docs/content-sources.md.
"""

from django.db import migrations

PILLARS = [
    (
        "G",
        "Gezinsgericht 0-100",
        "gezinsgericht",
        "We kijken naar het hele gezin en huishouden: naar kinderen én volwassenen, van 0 tot "
        "100 jaar. We werken aan veiligheid en ook aan de problemen die daaronder liggen. Het "
        "gezin en zijn netwerk zijn daarbij partner.",
    ),
    (
        "R",
        "Rechtsbeschermend en transparant",
        "rechtsbeschermend",
        "Kinderen en ouders weten wat hun rechten zijn en kunnen die ook gebruiken. Besluiten "
        "zijn zorgvuldig en te volgen voor het gezin. Dat geldt in elke fase, ook als de hulp "
        "nog vrijwillig is.",
    ),
    (
        "E",
        "Eenvoudig",
        "eenvoudig",
        "Het gezin heeft te maken met zo min mogelijk mensen en organisaties. Er is één plan en "
        "een vast gezicht dat blijft. Specialistische kennis komt erbij als het nodig is, zonder "
        "dat het gezin wordt doorgestuurd.",
    ),
    (
        "L",
        "Lerend",
        "lerend",
        "Professionals en organisaties leren elke dag van hun werk en van gezinnen. Er is ruimte "
        "om nieuwe manieren van werken uit te proberen. Praktijk en onderzoek werken nauw samen, "
        "zodat we zichtbaar beter worden.",
    ),
]

# (code, pillar code, title, explanation)
PRINCIPLES = [
    # --- Gezinsgericht 0-100 ---------------------------------------------------------------
    (
        "G1",
        "G",
        "Het hele gezin en huishouden staat centraal",
        "Onveiligheid raakt iedereen in een gezin of huishouden. Daarom kijken we niet alleen "
        "naar één kind, maar naar alle kinderen en volwassenen die erbij horen. Dat kan ook gaan "
        "om een grootouder, een nieuwe partner of een volwassen kind. Zo zien we beter wat er "
        "speelt en wat nodig is.",
    ),
    (
        "G2",
        "G",
        "Werken aan veiligheid én aan de oorzaken",
        "Eerst zorgen we dat het geweld of de onveiligheid stopt. Daarna werken we aan wat eronder "
        "ligt, zoals schulden, psychische problemen, verslaving, een moeilijke scheiding of "
        "oude trauma's. Als die oorzaken blijven, komt de onveiligheid vaak terug. Het doel is "
        "veiligheid die blijft.",
    ),
    (
        "G3",
        "G",
        "Gezin en netwerk zijn partner",
        "Het gezin weet zelf veel over wat er speelt en wat helpt. Professionals werken daarom "
        "samen met ouders, kinderen en hun netwerk, zoals familie, vrienden en buren. Het netwerk "
        "kan meedenken, meekijken en steun bieden, ook als de hulp stopt. Professionals nemen het "
        "niet over, maar versterken wat er al is.",
    ),
    (
        "G4",
        "G",
        "Kinderen en ouders worden gehoord",
        "Kinderen en ouders krijgen echt de ruimte om hun verhaal te vertellen. Hun mening telt "
        "mee bij elk besluit over hun leven. Kinderen krijgen uitleg die past bij hun leeftijd. "
        "Ervaringsdeskundigen helpen professionals om het perspectief van gezinnen goed te "
        "begrijpen.",
    ),
    (
        "G5",
        "G",
        "Passende hulp op tijd, vrijwillig waar het kan",
        "Hulp komt vroeg en past bij wat het gezin nodig heeft. We helpen liever dan dat we "
        "ingrijpen. Alleen als het niet anders kan, gebruiken we dwang, zoals een maatregel van "
        "de kinderrechter. Bij ernstig geweld grijpen we wel snel en duidelijk in.",
    ),
    (
        "G6",
        "G",
        "Hulp voor kinderen en volwassenen hangt samen",
        "Jeugdhulp en hulp voor volwassenen werken vaak los van elkaar. In de kind- en "
        "gezinsbescherming sluiten ze op elkaar aan. Denk aan de volwassenen-GGZ, "
        "verslavingszorg, schuldhulp en hulp bij wonen. Zo pakken we de problemen van ouders en "
        "kinderen in samenhang aan.",
    ),
    # --- Rechtsbeschermend en transparant --------------------------------------------------
    (
        "R1",
        "R",
        "Rechtsbescherming in elke fase",
        "Rechtsbescherming begint niet pas bij de rechter. Ook als een gezin contact heeft met het "
        "lokaal team of Veilig Thuis, hebben ouders en kinderen rechten. Professionals letten daar "
        "in elke stap op. Zo voelen gezinnen zich eerlijk behandeld, ook als het besluit moeilijk "
        "is.",
    ),
    (
        "R2",
        "R",
        "Duidelijke informatie over rechten en stappen",
        "Gezinnen krijgen op tijd heldere informatie. Ze weten wat er gaat gebeuren, waarom, en "
        "wat ze zelf kunnen doen. De informatie is in begrijpelijke taal en past bij de leeftijd "
        "van kinderen. Professionals checken of de uitleg goed is overgekomen.",
    ),
    (
        "R3",
        "R",
        "Zorgvuldige en navolgbare besluiten",
        "Belangrijke besluiten worden goed onderbouwd en op papier gezet. Feiten, meningen en "
        "zorgen worden apart beschreven. Het gezin kan lezen wat er over hen staat en kan "
        "reageren. Als het gezin het ergens niet mee eens is, staat dat er ook in.",
    ),
    (
        "R4",
        "R",
        "Onafhankelijke ondersteuning voor kinderen en ouders",
        "Kinderen en ouders kunnen steun krijgen van iemand die los staat van de hulpverlening. "
        "Dat kan een cliëntondersteuner, vertrouwenspersoon of advocaat zijn. Die helpt hen hun "
        "stem te laten horen en hun rechten te gebruiken. Professionals wijzen gezinnen actief op "
        "deze steun.",
    ),
    (
        "R5",
        "R",
        "Toetsing, bezwaar en klachten zijn goed geregeld",
        "Ingrijpende besluiten worden onafhankelijk getoetst. Gezinnen weten waar ze terecht "
        "kunnen met een klacht of bezwaar. Die route is eenvoudig en snel. Zo is er een "
        "tegenwicht tegen de macht van organisaties.",
    ),
    (
        "R6",
        "R",
        "Zorgvuldig delen van informatie",
        "Professionals delen alleen informatie die nodig is voor de veiligheid en de hulp. Ze "
        "doen dat zo veel mogelijk samen met het gezin en met toestemming. Het gezin weet wie "
        "welke informatie heeft. Zo blijft er vertrouwen en wordt privacy beschermd.",
    ),
    # --- Eenvoudig ------------------------------------------------------------------------
    (
        "E1",
        "E",
        "Eén vast gezicht of vast duo",
        "Het gezin heeft één vaste professional, of een vast duo, die bij hen blijft. Zo hoeft "
        "het gezin niet steeds opnieuw zijn verhaal te vertellen. De vaste professional kent het "
        "gezin en bouwt vertrouwen op. Andere experts sluiten aan, maar nemen de hulp niet over.",
    ),
    (
        "E2",
        "E",
        "Eén gezin, één plan",
        "Alle hulp voor het gezin komt samen in één plan. Daarin staan de afspraken over "
        "veiligheid en over de andere doelen van het gezin. Het gezin maakt het plan samen met de "
        "professionals. Iedereen werkt vanuit hetzelfde plan.",
    ),
    (
        "E3",
        "E",
        "Minder schakels en minder overdrachten",
        "Nu gaat een gezin soms langs veel organisaties na elkaar. Elke overdracht kost tijd en "
        "vertrouwen. Daarom willen we zo min mogelijk schakels. Organisaties werken samen om het "
        "gezin heen, in plaats van na elkaar.",
    ),
    (
        "E4",
        "E",
        "Specialistische kennis snel erbij",
        "Soms is extra kennis nodig, bijvoorbeeld over ernstig geweld of psychiatrie. Die kennis "
        "komt dan snel naar het gezin toe. Het lokaal team hoeft het gezin daarvoor niet door te "
        "sturen. Specialisten en lokale professionals werken samen in één aanpak.",
    ),
    (
        "E5",
        "E",
        "Duidelijke rollen en eenvoudige regels",
        "Het is duidelijk wie wat doet, voor het gezin en voor professionals. Regels, taal en "
        "financiering zijn zo eenvoudig mogelijk. Zo gaat er minder tijd naar papierwerk en "
        "overleg. En er blijft meer tijd over voor het gezin.",
    ),
    # --- Lerend --------------------------------------------------------------------------
    (
        "L1",
        "L",
        "Continu reflectief leren in het dagelijks werk",
        "Professionals kijken regelmatig samen terug op hun werk. Wat ging goed, wat kan beter en "
        "wat betekent dat voor het gezin? Dat kan in intervisie, moreel beraad of een korte "
        "evaluatie na een overleg. Zo wordt leren een gewoon onderdeel van het werk.",
    ),
    (
        "L2",
        "L",
        "Kennis- en leerinfrastructuur op elk niveau",
        "Kennis moet makkelijk te vinden en te delen zijn. Daarom is er een structuur om te leren "
        "op landelijk, regionaal en lokaal niveau. Denk aan leernetwerken, een kennisplatform en "
        "vaste momenten om ervaringen uit te wisselen. Wat in de ene regio werkt, kan zo ook "
        "elders helpen.",
    ),
    (
        "L3",
        "L",
        "Ruimte voor pilots en proeftuinen",
        "Nieuwe manieren van werken proberen we eerst uit in de praktijk. Proeftuinen en pilots "
        "krijgen daarvoor ruimte, ook om af te wijken van gewone routines. Fouten maken mag, als "
        "we ervan leren. Wat werkt, wordt daarna breder ingevoerd.",
    ),
    (
        "L4",
        "L",
        "Sterke verbinding tussen praktijk en onderzoek",
        "Onderzoekers en professionals werken samen op. Onderzoek sluit aan bij vragen uit de "
        "praktijk. Resultaten komen snel terug bij de mensen die met gezinnen werken. Zo groeit "
        "kennis over wat werkt, voor wie en waarom.",
    ),
    (
        "L5",
        "L",
        "Leren van en met gezinnen",
        "Gezinnen en ervaringsdeskundigen weten goed wat helpt en wat niet. Hun ervaringen zijn "
        "een belangrijke bron om te leren. We vragen hen om feedback en nemen hen mee bij het "
        "verbeteren van de aanpak. Zo sluit de hulp beter aan op wat gezinnen nodig hebben.",
    ),
    (
        "L6",
        "L",
        "Zichtbaar verbeteren",
        "We volgen of de veranderingen echt beter werken voor gezinnen. Daarvoor verzamelen we "
        "ervaringen en gegevens op een zorgvuldige manier. De uitkomsten delen we open. Zo kunnen "
        "we bijsturen en laten zien wat er verbetert.",
    ),
]

# (slug, name, description)
THEMES = [
    (
        "veiligheid",
        "Veiligheid",
        "Werken aan directe en blijvende veiligheid voor kinderen en volwassenen thuis.",
    ),
    (
        "huiselijk-geweld",
        "Huiselijk geweld",
        "Geweld door iemand uit de huiselijke kring, zoals een partner, ex-partner of familielid.",
    ),
    (
        "kindermishandeling",
        "Kindermishandeling",
        "Elke vorm van geweld, verwaarlozing of misbruik waar een kind slachtoffer van is.",
    ),
    (
        "bestaanszekerheid",
        "Bestaanszekerheid",
        "Genoeg inkomen, een dak boven het hoofd en grip op geld als basis voor een veilig gezin.",
    ),
    (
        "v-ggz",
        "Volwassenen-GGZ / V-GGZ",
        "Psychische problemen en verslaving bij ouders en andere volwassenen in het gezin.",
    ),
    (
        "netwerk",
        "Netwerk en informele steun",
        "De rol van familie, vrienden, buren en andere mensen rond het gezin.",
    ),
    (
        "rechtsbescherming",
        "Rechtsbescherming",
        "De rechten van kinderen en ouders en hoe zij die kunnen gebruiken.",
    ),
    (
        "scheiding",
        "Complexe scheidingen",
        "Scheidingen met veel strijd tussen ouders, waar kinderen last van hebben.",
    ),
    (
        "jeugdhulp",
        "Jeugdhulp",
        "Hulp en ondersteuning voor kinderen, jongeren en hun ouders bij opgroeien en opvoeden.",
    ),
    (
        "samenwerking",
        "Samenwerking in de keten",
        "Hoe organisaties in zorg, veiligheid en het sociaal domein samen optrekken rond een gezin.",
    ),
    (
        "participatie",
        "Stem van ouders en kinderen",
        "Hoe kinderen, ouders en ervaringsdeskundigen meepraten en meebeslissen.",
    ),
]


def create(apps, schema_editor):
    Pillar = apps.get_model("cms", "Pillar")
    Principle = apps.get_model("cms", "Principle")
    Theme = apps.get_model("cms", "Theme")
    pillars = {}
    for order, (code, name, slug, description) in enumerate(PILLARS, 1):
        pillars[code], _ = Pillar.objects.update_or_create(
            code=code,
            defaults={"name": name, "slug": slug, "description": description, "sort_order": order},
        )
    counters = {}
    for code, pillar_code, title, explanation in PRINCIPLES:
        counters[pillar_code] = counters.get(pillar_code, 0) + 1
        Principle.objects.update_or_create(
            code=code,
            defaults={
                "pillar": pillars[pillar_code],
                "title": title,
                "explanation": explanation,
                "sort_order": counters[pillar_code],
            },
        )
    for slug, name, description in THEMES:
        Theme.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )


def remove(apps, schema_editor):
    Pillar = apps.get_model("cms", "Pillar")
    Principle = apps.get_model("cms", "Principle")
    Theme = apps.get_model("cms", "Theme")
    Principle.objects.filter(code__in=[p[0] for p in PRINCIPLES]).delete()
    Pillar.objects.filter(code__in=[p[0] for p in PILLARS]).delete()
    Theme.objects.filter(slug__in=[t[0] for t in THEMES]).delete()


class Migration(migrations.Migration):
    dependencies = [("cms", "0002_municipalities_and_safety_regions")]
    operations = [migrations.RunPython(create, remove)]
