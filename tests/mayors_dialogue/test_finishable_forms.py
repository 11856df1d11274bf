"""Forms people can finish: the error summary, sections, the working language, rows added
without a save, a chosen file kept across a failed save, long lists as checkboxes."""

import os
import re
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from cities.models import CityNeed
from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from mayors_dialogue.kept_uploads import (
    KEPT_DIR,
    kept_upload_open,
    kept_upload_store,
    kept_uploads_remove_abandoned,
)
from tests.cities import test_edit as cities_test_edit
from tests.cities.conftest import profile_post_data
from tests.evidence import conftest as evidence_conftest
from tests.evidence.conftest import upload_data
from tests.factories import GoodPracticeFactory, PartnerMembershipFactory, ThemeFactory

# shared fixtures
described_city = cities_test_edit.described_city
make_document = evidence_conftest.make_document

PDF = text_pdf("Coastal mobility", "Plain words about coastal cities.")


def error_summary(html: str) -> str:
    start = html.index('<div class="error-summary"')
    return html[start : html.index("</div>", start)]


def summary_links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', error_summary(html))


class TestTheErrorSummary:
    def test_lists_an_error_far_down_the_city_editor_as_a_link_to_its_field(
        self, client, staff_a, described_city
    ):
        city_a = described_city
        practice = GoodPracticeFactory(city=city_a)
        client.force_login(staff_a)
        data = profile_post_data(city_a, practices=[practice])
        data["practices-0-link"] = "not a link"

        response = client.post(f"/en/cities/{city_a.slug}/edit/", data)

        assert response.status_code == 200
        assert summary_links(response.text) == [
            ("id_practices-0-link", "Good practice 1 – Link: Enter a valid URL.")
        ]
        assert 'id="id_practices-0-link"' in response.text
        # focused when the page loads, announced, and the only place that says "not saved"
        assert 'role="alert"' in error_summary(response.text)
        assert "autofocus" in error_summary(response.text)
        assert response.text.count("The profile was not saved.") == 1

    def test_names_the_language_of_a_text_and_reads_in_the_readers_language(
        self, client, staff_a, city_a
    ):
        client.force_login(staff_a)
        data = profile_post_data(city_a)
        for code in ["en", "de", "fr", "pt"]:
            data[f"description_{code}"] = ""

        response = client.post(f"/fr/cities/{city_a.slug}/edit/?write=de", data | {"write": "de"})

        assert summary_links(response.text) == [
            (
                "id_description_de",
                "Description courte (Deutsch)\u00a0: "
                "Écrivez ce texte dans au moins une des quatre langues.",
            )
        ]
        assert "1 point à corriger" in error_summary(response.text)

    def test_counts_in_each_language_with_plurals(self, client, partner_staff):
        client.force_login(partner_staff)

        response = client.post("/de/meetings/new/", {"title_en": "x"})

        heading = re.search(r'<h2 id="error-summary-title">\s*(.*?)\s*</h2>', response.text).group(
            1
        )
        assert re.fullmatch(r"\d+ Angaben sind zu korrigieren", heading)

    def test_a_valid_page_has_none(self, client, staff_a, city_a):
        client.force_login(staff_a)

        assert "error-summary" not in client.get(f"/en/cities/{city_a.slug}/edit/").text

    def test_sign_in_errors_are_summarised_too(self, client, db):
        response = client.post("/pt/accounts/login/", {"login": "nobody@example.org"})

        assert ("id_password", "Palavra-passe: Este campo é obrigatório.") in summary_links(
            response.text
        )


class TestTheCityEditor:
    def test_has_a_table_of_contents_of_its_sections(self, client, staff_a, city_a):
        client.force_login(staff_a)

        html = client.get(f"/en/cities/{city_a.slug}/edit/").text

        toc = html[
            html.index('<nav class="toc"') : html.index("</nav>", html.index('<nav class="toc"'))
        ]
        targets = re.findall(r'href="#([^"]+)"', toc)
        assert targets == ["profile-title", "needs-title", "potentials-title", "practices-title"]
        for target in targets:
            assert f'id="{target}"' in html

    @pytest.mark.parametrize(("write", "legend"), [("", "English"), ("fr", "Français")])
    def test_opens_the_language_chosen_above_it(self, client, staff_a, city_a, write, legend):
        client.force_login(staff_a)

        html = client.get(f"/en/cities/{city_a.slug}/edit/?write={write}").text

        working = re.findall(
            r'<fieldset class="language-group">\s*<legend><span lang="(\w+)">', html
        )
        assert working
        assert set(working) == {"fr" if write else "en"}
        assert f'<strong aria-current="true" lang="{working[0]}">{legend}</strong>' in html
        assert f'<input type="hidden" name="write" value="{working[0]}">' in html

    def test_two_needs_added_by_the_script_are_saved_in_one_go(
        self, client, staff_a, described_city
    ):
        """What the "Add a need" button does: a copy of the empty row with the next index,
        and one more in TOTAL_FORMS."""
        city_a = described_city
        jobs, data_theme = ThemeFactory(), ThemeFactory()
        client.force_login(staff_a)
        page = client.get(f"/en/cities/{city_a.slug}/edit/").text
        template = page[page.index('<template id="needs-empty">') :]
        assert 'name="needs-__prefix__-theme"' in template[: template.index("</template>")]
        assert 'data-add-row="needs"' in page
        data = profile_post_data(city_a)
        for index, (theme, text) in enumerate([(jobs, "Jobs."), (data_theme, "Data.")]):
            data[f"needs-{index}-theme"] = theme.pk
            data[f"needs-{index}-description_en"] = text
        data["needs-TOTAL_FORMS"] = "2"

        response = client.post(f"/en/cities/{city_a.slug}/edit/", data)

        assert response.status_code == 302
        assert sorted(
            CityNeed.objects.filter(city=city_a).values_list("description_en", flat=True)
        ) == [
            "Data.",
            "Jobs.",
        ]


@pytest.fixture
def publisher(db):
    return PartnerMembershipFactory().user


def kept_files() -> list[Path]:
    return sorted((Path(settings.MEDIA_ROOT) / KEPT_DIR).glob("*/*"))


class TestAFileChosenBeforeAFailedSave:
    def test_is_kept_and_saved_with_the_corrected_form(self, client, publisher):
        client.force_login(publisher)
        upload = SimpleUploadedFile("coastal report.pdf", PDF, "application/pdf")

        failed = client.post("/en/evidence/new/", upload_data(title_en="", file=upload))

        assert failed.status_code == 200
        assert EvidenceDocument.objects.count() == 0
        assert "File kept: <strong>coastal report.pdf</strong>" in failed.text
        token = re.search(r'name="file-kept"\s+value="([^"]+)"', failed.text).group(1)
        assert [path.read_bytes() for path in kept_files()] == [PDF]

        saved = client.post("/en/evidence/new/", upload_data(**{"file-kept": token}))

        assert saved.status_code == 302
        document = EvidenceDocument.objects.get()
        with document.file.open("rb") as stored:
            assert stored.read() == PDF

    def test_another_file_chosen_replaces_it(self, client, publisher):
        client.force_login(publisher)
        first = SimpleUploadedFile("first.pdf", PDF, "application/pdf")
        failed = client.post("/en/evidence/new/", upload_data(title_en="", file=first))
        token = re.search(r'name="file-kept"\s+value="([^"]+)"', failed.text).group(1)
        other = text_pdf("Other", "Another document.")

        client.post(
            "/en/evidence/new/",
            upload_data(file=SimpleUploadedFile("other.pdf", other, "application/pdf"))
            | {"file-kept": token},
        )

        with EvidenceDocument.objects.get().file.open("rb") as stored:
            assert stored.read() == other

    def test_a_forged_or_foreign_token_brings_no_file(self, client, publisher, tmp_path):
        client.force_login(publisher)
        secret = Path(settings.MEDIA_ROOT) / "private" / "secret.pdf"
        secret.parent.mkdir(parents=True, exist_ok=True)
        secret.write_bytes(PDF)

        response = client.post(
            "/en/evidence/new/", upload_data(**{"file-kept": "private/secret.pdf"})
        )

        assert response.status_code == 200
        assert EvidenceDocument.objects.count() == 0
        assert "File kept" not in response.text
        assert kept_upload_open("private/secret.pdf", user=publisher, purpose="file") is None

    def test_an_invalid_file_is_not_kept(self, client, publisher):
        client.force_login(publisher)
        fake = SimpleUploadedFile("fake.pdf", b"not a pdf at all", "application/pdf")

        response = client.post("/en/evidence/new/", upload_data(title_en="", file=fake))

        assert "File kept" not in response.text
        assert kept_files() == []

    def test_a_city_image_is_kept_too(self, client, staff_a, described_city):
        city_a = described_city
        from tests.cities.conftest import png_bytes

        client.force_login(staff_a)
        data = profile_post_data(city_a, website="not a link")
        data["image"] = SimpleUploadedFile("view.png", png_bytes(), "image/png")

        response = client.post(f"/en/cities/{city_a.slug}/edit/", data)

        assert "File kept: <strong>view.png</strong>" in response.text

    def test_abandoned_files_are_removed_after_a_day_and_fresh_ones_stay(self, publisher):
        kept_for = {"user": publisher, "purpose": "file"}
        old = kept_upload_store(SimpleUploadedFile("old.pdf", PDF), **kept_for)
        fresh = kept_upload_store(SimpleUploadedFile("fresh.pdf", PDF), **kept_for)
        old_path = next(path for path in kept_files() if path.name == "old.pdf")
        two_days_ago = time.time() - 2 * 86400
        os.utime(old_path, (two_days_ago, two_days_ago))

        removed = kept_uploads_remove_abandoned()

        assert removed == 1
        assert [path.name for path in kept_files()] == ["fresh.pdf"]
        assert not old_path.parent.exists()
        assert kept_upload_open(fresh, **kept_for) is not None
        assert kept_upload_open(old, **kept_for) is None


class TestLongListsOfChoices:
    def test_briefing_documents_are_checkboxes_with_the_chosen_ones_first(
        self, client, partner_staff, make_document
    ):
        from meetings.forms import AgendaItemForm

        make_document(title="Older brief")
        chosen = make_document(title="Chosen brief")

        html = AgendaItemForm(initial={"documents": [chosen.pk]})["documents"].as_widget()

        assert "<select" not in html
        assert html.index("Chosen brief") < html.index("Older brief")
        assert re.search(rf'value="{chosen.pk}"[^>]* checked', html)
        assert 'data-filter-label="Filter the list"' in html

    def test_a_chosen_document_is_saved(self, client, partner_staff, make_document):
        from meetings.forms import AgendaItemForm

        document = make_document()
        form = AgendaItemForm(
            {"position": 1, "title_en": "Opening", "documents": [str(document.pk)]}
        )

        assert form.is_valid(), form.errors
        assert list(form.cleaned_data["documents"]) == [document]


class TestListPagesFoldTheirFiltersOnAPhone:
    def test_the_filters_are_folded_until_one_is_used(self, client, db):
        closed = client.get("/en/cities/").text
        used = client.get("/de/cities/?continent=africa").text

        assert '<details class="collapse-narrow"\n                     >' in closed or (
            re.search(r'<details class="collapse-narrow"\s*>', closed)
        )
        assert re.search(r'<details class="collapse-narrow"\s*open>', used)
        assert re.search(r'<span class="badge">\s*1 aktiv\s*</span>', used)

    def test_the_map_comes_before_the_list(self, client, db):
        html = client.get("/en/cities/").text

        assert html.index('class="directory-map"') < html.index('class="directory-results"')


def test_a_row_being_deleted_is_not_in_the_summary(client, staff_a, described_city):
    practice = GoodPracticeFactory(city=described_city)
    client.force_login(staff_a)
    data = profile_post_data(described_city, practices=[practice], website="not a link")
    data["practices-0-link"] = "not a link either"
    data["practices-0-DELETE"] = "on"

    response = client.post(f"/en/cities/{described_city.slug}/edit/", data)

    assert summary_links(response.text) == [("id_website", "Website: Enter a valid URL.")]
