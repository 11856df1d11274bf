"""The real cities and partner organisations of the dialogue, loaded by `seed_demo`."""

from datetime import date
from decimal import Decimal

from django.db import transaction

from .demo_content import PROFILES, THEMES
from .enums import Continent, PartnerKind, PartnerRole
from .models import City, CityNeed, CityPotential, GoodPractice, Mayor, PartnerOrganisation, Theme

AF, EU = Continent.AFRICA, Continent.EUROPE

# slug, (en, de, fr, pt), country, continent, time zone, latitude, longitude
CITIES = [
    ("milan", ("Milan", "Mailand", "Milan", "Milão"), "IT", EU, "Europe/Rome", "45.46420", "9.18998"),
    ("freetown", ("Freetown", "Freetown", "Freetown", "Freetown"), "SL", AF, "Africa/Freetown", "8.48440", "-13.22994"),
    ("accra", ("Accra", "Accra", "Accra", "Acra"), "GH", AF, "Africa/Accra", "5.60372", "-0.18696"),
    ("agadez", ("Agadez", "Agadez", "Agadez", "Agadez"), "NE", AF, "Africa/Niamey", "16.97333", "7.99111"),
    ("amsterdam", ("Amsterdam", "Amsterdam", "Amsterdam", "Amesterdão"), "NL", EU, "Europe/Amsterdam", "52.36757", "4.90414"),
    ("antwerp", ("Antwerp", "Antwerpen", "Anvers", "Antuérpia"), "BE", EU, "Europe/Brussels", "51.21945", "4.40246"),
    ("barcelona", ("Barcelona", "Barcelona", "Barcelone", "Barcelona"), "ES", EU, "Europe/Madrid", "41.38740", "2.16860"),
    ("bristol", ("Bristol", "Bristol", "Bristol", "Bristol"), "GB", EU, "Europe/London", "51.45451", "-2.58791"),
    ("dakar", ("Dakar", "Dakar", "Dakar", "Dacar"), "SN", AF, "Africa/Dakar", "14.71667", "-17.46768"),
    ("durban", ("Durban", "Durban", "Durban", "Durban"), "ZA", AF, "Africa/Johannesburg", "-29.85868", "31.02184"),
    ("kampala", ("Kampala", "Kampala", "Kampala", "Campala"), "UG", AF, "Africa/Kampala", "0.34760", "32.58252"),
    ("kanifing", ("Kanifing", "Kanifing", "Kanifing", "Kanifing"), "GM", AF, "Africa/Banjul", "13.44639", "-16.67528"),
    ("lisbon", ("Lisbon", "Lissabon", "Lisbonne", "Lisboa"), "PT", EU, "Europe/Lisbon", "38.72225", "-9.13934"),
    ("mannheim", ("Mannheim", "Mannheim", "Mannheim", "Mannheim"), "DE", EU, "Europe/Berlin", "49.48750", "8.46604"),
    ("maputo", ("Maputo", "Maputo", "Maputo", "Maputo"), "MZ", AF, "Africa/Maputo", "-25.96917", "32.57324"),
    ("paris", ("Paris", "Paris", "Paris", "Paris"), "FR", EU, "Europe/Paris", "48.85661", "2.35222"),
    ("tunis", ("Tunis", "Tunis", "Tunis", "Tunes"), "TN", AF, "Africa/Tunis", "36.80649", "10.18153"),
    ("zurich", ("Zurich", "Zürich", "Zurich", "Zurique"), "CH", EU, "Europe/Zurich", "47.37689", "8.54169"),
]  # fmt: skip

PARTNERS = [
    {
        "slug": "mayors-migration-council",
        "kind": PartnerKind.CITY_NETWORK,
        "name": "Mayors Migration Council",
        "acronym": "MMC",
        "website": "https://www.mayorsmigrationcouncil.org/",
        "description": {
            "en": "A mayor-led organisation that helps cities shape national and international migration policy.",
            "de": "Eine von Bürgermeisterinnen und Bürgermeistern geführte Organisation, die Städten hilft, nationale und internationale Migrationspolitik mitzugestalten.",
            "fr": "Une organisation dirigée par des maires qui aide les villes à peser sur les politiques migratoires nationales et internationales.",
            "pt": "Uma organização liderada por presidentes de câmara que ajuda as cidades a influenciar as políticas migratórias nacionais e internacionais.",
        },
    },
    {
        "slug": "open-society-foundations",
        "kind": PartnerKind.FOUNDATION,
        "name": "Open Society Foundations",
        "acronym": "OSF",
        "website": "https://www.opensocietyfoundations.org/",
        "description": {
            "en": "A grantmaking network that supports open, inclusive societies, including the rights of migrants.",
            "de": "Ein Stiftungsnetzwerk, das offene und inklusive Gesellschaften fördert, auch die Rechte von Migrantinnen und Migranten.",
            "fr": "Un réseau de fondations qui soutient des sociétés ouvertes et inclusives, y compris les droits des personnes migrantes.",
            "pt": "Uma rede de fundações que apoia sociedades abertas e inclusivas, incluindo os direitos das pessoas migrantes.",
        },
    },
    {
        "slug": "odi",
        "kind": PartnerKind.THINK_TANK,
        "name": "ODI",
        "acronym": "ODI",
        "website": "https://odi.org/",
        "description": {
            "en": "An independent think tank on international development and humanitarian issues, formerly the Overseas Development Institute.",
            "de": "Ein unabhängiger Thinktank zu internationaler Entwicklung und humanitären Fragen, früher Overseas Development Institute.",
            "fr": "Un think tank indépendant consacré au développement international et aux questions humanitaires, anciennement Overseas Development Institute.",
            "pt": "Um centro de estudos independente sobre desenvolvimento internacional e questões humanitárias, anteriormente Overseas Development Institute.",
        },
    },
    {
        "slug": "robert-bosch-stiftung",
        "kind": PartnerKind.FOUNDATION,
        "name": "Robert Bosch Stiftung",
        "acronym": "",
        "website": "https://www.bosch-stiftung.de/",
        "description": {
            "en": "One of Europe’s largest foundations associated with a private company, working on migration, health, education and global issues.",
            "de": "Eine der großen unternehmensverbundenen Stiftungen in Europa, tätig in den Bereichen Migration, Gesundheit, Bildung und globale Fragen.",
            "fr": "L’une des plus grandes fondations d’entreprise d’Europe, active dans les domaines de la migration, de la santé, de l’éducation et des enjeux mondiaux.",
            "pt": "Uma das maiores fundações empresariais da Europa, ativa nas áreas da migração, saúde, educação e questões globais.",
        },
    },
]

LANGUAGES = ("en", "de", "fr", "pt")


@transaction.atomic
def demo_directory_load() -> tuple[int, int]:
    """Create or update the dialogue's 18 cities and four partners. Returns how many rows
    were created, so a second run reports (0, 0)."""
    cities_created = 0
    for slug, names, country, continent, zone, latitude, longitude in CITIES:
        defaults = {
            "country": country,
            "continent": continent,
            "timezone": zone,
            "latitude": Decimal(latitude),
            "longitude": Decimal(longitude),
            **{f"name_{language}": name for language, name in zip(LANGUAGES, names, strict=True)},
        }
        _, created = City.objects.update_or_create(slug=slug, defaults=defaults)
        cities_created += created
    partners_created = 0
    for partner in PARTNERS:
        defaults = {
            "name_en": partner["name"],
            "acronym": partner["acronym"],
            "website": partner["website"],
            "kind": partner["kind"],
            "role": PartnerRole.LEAD_PARTNER,
            **{f"description_{lang}": text for lang, text in partner["description"].items()},
        }
        _, created = PartnerOrganisation.objects.update_or_create(
            slug=partner["slug"], defaults=defaults
        )
        partners_created += created
    return cities_created, partners_created


def _translations(field: str, texts: dict) -> dict:
    return {f"{field}_{language}": texts[language] for language in LANGUAGES}


@transaction.atomic
def demo_profiles_load() -> int:
    """The themes, and each city's profile: needs, potentials, good practices and the mayors
    of 2020–2021. Updates in place, so a second run changes nothing. Returns how many rows
    were created."""
    created_count = 0
    themes = {}
    for position, (slug, names) in enumerate(THEMES.items()):
        themes[slug], created = Theme.objects.update_or_create(
            slug=slug, defaults={"position": position, **_translations("name", names)}
        )
        created_count += created
    for slug, profile in PROFILES.items():
        city = City.objects.get(slug=slug)
        for field in ["population", "website", "contact_email", "participant_since", "status"]:
            setattr(city, field, profile[field])
        for field in ["official_languages", "description", "migration_context"]:
            for language in LANGUAGES:
                setattr(city, f"{field}_{language}", profile[field][language])
        city.full_clean()
        city.save()
        for model, key in [(CityNeed, "needs"), (CityPotential, "potentials")]:
            for theme_slug, texts in profile[key]:
                _, created = model.objects.update_or_create(
                    city=city,
                    theme=themes[theme_slug],
                    defaults=_translations("description", texts),
                )
                created_count += created
        for practice in profile["good_practices"]:
            good_practice, created = GoodPractice.objects.update_or_create(
                city=city,
                title_en=practice["title"]["en"],
                defaults={
                    **_translations("title", practice["title"]),
                    **_translations("description", practice["description"]),
                    "start_year": practice["start_year"],
                    "end_year": practice["end_year"],
                },
            )
            good_practice.themes.set([themes[theme] for theme in practice["themes"]])
            created_count += created
        for mayor in profile["mayors"]:
            _, created = Mayor.objects.update_or_create(
                city=city,
                name=mayor["name"],
                defaults={
                    "title": mayor["title"],
                    "gender": mayor["gender"],
                    "term_start": _date(mayor["term_start"]),
                    "term_end": _date(mayor["term_end"]),
                    **_translations("biography", mayor["biography"]),
                },
            )
            created_count += created
    return created_count


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
