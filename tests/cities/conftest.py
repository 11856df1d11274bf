import io

import pytest
from PIL import Image

from tests.factories import CityNeedFactory, CityPotentialFactory, ThemeFactory


def png_bytes(size=(8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (31, 78, 95)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def theme_jobs(db):
    return ThemeFactory(
        slug="jobs", name_en="Labour migration and skills", name_de="Arbeitsmigration"
    )


@pytest.fixture
def theme_data(db):
    return ThemeFactory(slug="data", name_en="Data and evidence", name_de="Daten und Evidenz")


@pytest.fixture
def need_a(city_a, theme_jobs):
    return CityNeedFactory(city=city_a, theme=theme_jobs, description_en="Training for newcomers.")


@pytest.fixture
def potential_a(city_a, theme_data):
    return CityPotentialFactory(
        city=city_a, theme=theme_data, description_en="Open data on mobility."
    )


def profile_post_data(city, needs=(), potentials=(), practices=(), **overrides) -> dict:
    """A complete, unchanged submission of the city edit form, to modify in tests."""
    data = {}
    for code in ["en", "de", "fr", "pt"]:
        for base in ["name", "description", "migration_context", "official_languages"]:
            data[f"{base}_{code}"] = getattr(city, f"{base}_{code}") or ""
    data.update(
        working_language=city.working_language,
        population=city.population or "",
        website=city.website,
        contact_email=city.contact_email,
        latitude=city.latitude if city.latitude is not None else "",
        longitude=city.longitude if city.longitude is not None else "",
    )
    for prefix, rows in [("needs", needs), ("potentials", potentials)]:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": str(len(rows)),
                f"{prefix}-INITIAL_FORMS": str(len(rows)),
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "50",
            }
        )
        for index, row in enumerate(rows):
            data[f"{prefix}-{index}-id"] = row.pk
            data[f"{prefix}-{index}-city"] = city.pk
            data[f"{prefix}-{index}-theme"] = row.theme_id
            for code in ["en", "de", "fr", "pt"]:
                data[f"{prefix}-{index}-description_{code}"] = (
                    getattr(row, f"description_{code}") or ""
                )
    data.update(
        {
            "practices-TOTAL_FORMS": str(len(practices)),
            "practices-INITIAL_FORMS": str(len(practices)),
            "practices-MIN_NUM_FORMS": "0",
            "practices-MAX_NUM_FORMS": "50",
        }
    )
    for index, practice in enumerate(practices):
        data[f"practices-{index}-id"] = practice.pk
        data[f"practices-{index}-city"] = city.pk
        for code in ["en", "de", "fr", "pt"]:
            data[f"practices-{index}-title_{code}"] = getattr(practice, f"title_{code}") or ""
            data[f"practices-{index}-description_{code}"] = (
                getattr(practice, f"description_{code}") or ""
            )
        data[f"practices-{index}-start_year"] = practice.start_year or ""
        data[f"practices-{index}-end_year"] = practice.end_year or ""
        data[f"practices-{index}-link"] = practice.link
        data[f"practices-{index}-themes"] = [theme.pk for theme in practice.themes.all()]
    data.update(overrides)
    return data


from tests.meetings.conftest import make_meeting  # noqa: E402, F401 -- shared fixture
