"""Demo profile content for the dialogue's 18 cities, loaded by seed_demo: short, plausible
texts in four languages; public facts only for populations, languages and mayors."""

from .group_1 import PROFILES as GROUP_1
from .group_2 import PROFILES as GROUP_2
from .group_3 import PROFILES as GROUP_3

THEMES = {
    "labour-migration-skills": {
        "en": "Labour migration and skills",
        "de": "Arbeitsmigration und Qualifikationen",
        "fr": "Migration de travail et compétences",
        "pt": "Migração laboral e competências",
    },
    "inclusion-social-cohesion": {
        "en": "Inclusion and social cohesion",
        "de": "Inklusion und sozialer Zusammenhalt",
        "fr": "Inclusion et cohésion sociale",
        "pt": "Inclusão e coesão social",
    },
    "climate-mobility": {
        "en": "Climate and environmental mobility",
        "de": "Klima- und umweltbedingte Mobilität",
        "fr": "Mobilité climatique et environnementale",
        "pt": "Mobilidade climática e ambiental",
    },
    "urban-planning-housing": {
        "en": "Urban planning and housing",
        "de": "Stadtplanung und Wohnen",
        "fr": "Urbanisme et logement",
        "pt": "Planeamento urbano e habitação",
    },
    "access-to-services": {
        "en": "Access to services (health, education)",
        "de": "Zugang zu Diensten (Gesundheit, Bildung)",
        "fr": "Accès aux services (santé, éducation)",
        "pt": "Acesso a serviços (saúde, educação)",
    },
    "diaspora-engagement": {
        "en": "Diaspora engagement",
        "de": "Einbindung der Diaspora",
        "fr": "Engagement de la diaspora",
        "pt": "Envolvimento da diáspora",
    },
    "reception-protection": {
        "en": "Reception and protection",
        "de": "Aufnahme und Schutz",
        "fr": "Accueil et protection",
        "pt": "Acolhimento e proteção",
    },
    "data-evidence": {
        "en": "Data and evidence",
        "de": "Daten und Evidenz",
        "fr": "Données et preuves",
        "pt": "Dados e evidências",
    },
    "local-economic-development": {
        "en": "Local economic development and entrepreneurship",
        "de": "Lokale Wirtschaftsentwicklung und Unternehmertum",
        "fr": "Développement économique local et entrepreneuriat",
        "pt": "Desenvolvimento económico local e empreendedorismo",
    },
    "participation-governance": {
        "en": "Participation and governance",
        "de": "Teilhabe und Governance",
        "fr": "Participation et gouvernance",
        "pt": "Participação e governação",
    },
}

PROFILES = {**GROUP_1, **GROUP_2, **GROUP_3}
