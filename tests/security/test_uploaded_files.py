"""Uploaded files (issue 34): only public/ is ever served, kept uploads open only for the
person and the form they were kept for, once, and a replaced or cleared file goes."""

import re
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from cities.models import City, CityNeed, Mayor
from cities.services import city_profile_update
from evidence.forms import EvidenceForm
from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from mayors_dialogue.rows import RowInput
from tests.cities import test_edit as cities_test_edit
from tests.cities.conftest import png_bytes, profile_post_data
from tests.evidence import conftest as evidence_conftest
from tests.evidence.conftest import upload_data
from tests.factories import PartnerMembershipFactory, PartnerOrganisationFactory
from tests.integration.http import main_form_fields

PHOTO = png_bytes()
PDF = text_pdf("Coastal mobility", "Plain words about coastal cities.")

# shared fixtures
described_city = cities_test_edit.described_city
make_document = evidence_conftest.make_document


def served(client, url) -> int:
    """The status of a media address, its file read to the end (and so closed)."""
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code


def kept_files() -> list[Path]:
    return sorted((Path(settings.MEDIA_ROOT) / "kept").glob("*/*"))


@pytest.fixture
def kept_photo(db):
    """A kept upload, as kept_upload_store leaves it, and a public photo beside it."""
    token = uuid.uuid4().hex
    default_storage.save(f"kept/{token}/photo.png", ContentFile(PHOTO))
    default_storage.save("public/cities/0123456789abcdef0123456789abcdef.png", ContentFile(PHOTO))
    return token


class TestOnlyPublicFilesAreServed:
    def test_a_public_photo_is_served(self, client, kept_photo):
        response = client.get("/media/public/cities/0123456789abcdef0123456789abcdef.png")

        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PHOTO

    @pytest.mark.parametrize(
        "path",
        [
            "public/%2e%2e/kept/{token}/photo.png",
            "public/%2E%2E/kept/{token}/photo.png",
            "public/..%2fkept/{token}/photo.png",
            "public%2f..%2fkept%2f{token}%2fphoto.png",
            "public/../kept/{token}/photo.png",
            "public/./../kept/{token}/photo.png",
            "public/cities/../../kept/{token}/photo.png",
            "public/cities/%2e%2e/%2e%2e/kept/{token}/photo.png",
            "public//../kept/{token}/photo.png",
            "public/%252e%252e/kept/{token}/photo.png",
            "public/%2e%2e%2fkept/{token}/photo.PNG",
            "public/..\\kept\\{token}\\photo.png",
            "public/%5c..%5ckept%5c{token}%5cphoto.png",
            "public\\..\\kept\\{token}\\photo.png",
            "PUBLIC/../kept/{token}/photo.png",
            "public/../KEPT/{token}/photo.png",
            "public/.%2e/kept/{token}/photo.png",
            "public/%2e./kept/{token}/photo.png",
            "kept/{token}/photo.png",
            "./kept/{token}/photo.png",
            "/kept/{token}/photo.png",
        ],
    )
    def test_a_kept_upload_is_never_served_whatever_the_path(self, client, kept_photo, path):
        assert served(client, "/media/" + path.format(token=kept_photo)) == 404, path

    def test_a_link_under_public_does_not_lead_out(self, client, kept_photo, settings):
        (settings.MEDIA_ROOT / "public" / "cities" / "k").symlink_to(settings.MEDIA_ROOT / "kept")

        assert served(client, f"/media/public/cities/k/{kept_photo}/photo.png") == 404


def kept_token(response, field="file") -> str:
    found = re.search(rf'name="{field}-kept"\s+value="([^"]+)"', response.text)
    assert found, f"no kept {field}"
    return found.group(1)


def kept_report(client) -> str:
    """Keep a PDF by submitting the upload form without a title; the token that names it."""
    upload = SimpleUploadedFile("report.pdf", PDF, "application/pdf")
    return kept_token(client.post("/en/evidence/new/", upload_data(title_en="", file=upload)))


@pytest.fixture
def ama(db):
    return PartnerMembershipFactory().user


@pytest.fixture
def ben(db):
    return PartnerMembershipFactory().user


class TestAKeptUploadIsForItsOwnerAndFormOnce:
    def test_another_person_presenting_the_token_gets_no_file(self, client, ama, ben):
        client.force_login(ama)
        token = kept_report(client)
        client.force_login(ben)

        response = client.post("/en/evidence/new/", upload_data(**{"file-kept": token}))

        assert response.status_code == 200
        assert "File kept" not in response.text
        assert response.context["form"].errors["file"] == [
            "Upload a file or give an external link."
        ]
        assert not EvidenceDocument.objects.exists()
        client.force_login(ama)
        assert (
            client.post("/en/evidence/new/", upload_data(**{"file-kept": token})).status_code == 302
        )

    def test_a_token_used_in_a_successful_save_cannot_be_used_again(self, client, ama):
        client.force_login(ama)
        token = kept_report(client)
        assert (
            client.post("/en/evidence/new/", upload_data(**{"file-kept": token})).status_code == 302
        )

        again = client.post(
            "/en/evidence/new/", upload_data(title_en="A copy", **{"file-kept": token})
        )

        assert again.status_code == 200
        assert "File kept" not in again.text
        assert EvidenceDocument.objects.count() == 1

    def test_a_file_kept_again_after_a_second_failed_save_is_saved_with_the_third(
        self, client, ama
    ):
        client.force_login(ama)
        first = kept_report(client)
        failed = client.post("/en/evidence/new/", upload_data(title_en="", **{"file-kept": first}))
        second = kept_token(failed)

        saved = client.post("/en/evidence/new/", upload_data(**{"file-kept": second}))

        assert saved.status_code == 302
        with EvidenceDocument.objects.get().file.open("rb") as stored:
            assert stored.read() == PDF

    @pytest.mark.parametrize("change", ["flip", "old_format", "path"])
    def test_a_forged_or_modified_token_is_ignored(self, client, ama, change):
        client.force_login(ama)
        token = kept_report(client)
        path = next(str(p.relative_to(p.parents[2])) for p in kept_files())
        forged = {
            "flip": token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1],
            "old_format": signing.dumps(path, salt="mayors_dialogue.kept_upload"),
            "path": path,
        }[change]

        response = client.post("/en/evidence/new/", upload_data(**{"file-kept": forged}))

        assert response.status_code == 200
        assert "File kept" not in response.text
        assert not EvidenceDocument.objects.exists()

    def test_a_token_kept_in_one_form_does_not_work_in_another(
        self, client, admin_user, described_city
    ):
        organisation = PartnerOrganisationFactory(name_en="ODI")
        client.force_login(admin_user)
        data = profile_post_data(described_city, website="not a link")
        data["image"] = SimpleUploadedFile("view.png", PHOTO, "image/png")
        token = kept_token(client.post(f"/en/cities/{described_city.slug}/edit/", data), "image")

        response = client.post(
            f"/en/partners/{organisation.slug}/edit/",
            {"name_en": "ODI", "description_en": "", "acronym": "", "website": "",
             "logo-kept": token},
        )  # fmt: skip

        assert response.status_code == 302
        organisation.refresh_from_db()
        assert not organisation.logo

    def test_a_form_without_a_signed_in_person_keeps_nothing(self, db):
        upload = SimpleUploadedFile("report.pdf", PDF, "application/pdf")
        form = EvidenceForm(upload_data(title_en=""), {"file": upload}, user=AnonymousUser())

        assert not form.is_valid()
        assert kept_files() == []


def other_photo() -> bytes:
    return png_bytes((9, 9))


def city_photo_post(client, city, photo=None, **changes):
    data = profile_post_data(city) | changes
    if photo is not None:
        data["image"] = SimpleUploadedFile("view.png", photo, "image/png")
    return client.post(f"/en/cities/{city.slug}/edit/", data)


@pytest.fixture
def city_with_photo(client, staff_a, described_city, django_capture_on_commit_callbacks):
    client.force_login(staff_a)
    with django_capture_on_commit_callbacks(execute=True):
        assert city_photo_post(client, described_city, PHOTO).status_code == 302
    described_city.refresh_from_db()
    assert default_storage.exists(described_city.image.name)
    return described_city


class TestAReplacedOrClearedFileGoes:
    def test_a_replaced_city_photo_is_deleted_and_its_address_is_a_404(
        self, client, city_with_photo, django_capture_on_commit_callbacks
    ):
        old = city_with_photo.image

        with django_capture_on_commit_callbacks(execute=True):
            response = city_photo_post(client, city_with_photo, other_photo())

        assert response.status_code == 302
        city_with_photo.refresh_from_db()
        assert city_with_photo.image.name != old.name
        assert not default_storage.exists(old.name)
        assert served(client, old.url) == 404
        assert served(client, city_with_photo.image.url) == 200

    def test_a_cleared_city_photo_is_deleted(
        self, client, city_with_photo, django_capture_on_commit_callbacks
    ):
        old = city_with_photo.image

        with django_capture_on_commit_callbacks(execute=True):
            response = city_photo_post(client, city_with_photo, **{"image-clear": "on"})

        assert response.status_code == 302
        city_with_photo.refresh_from_db()
        assert not city_with_photo.image
        assert not default_storage.exists(old.name)
        assert served(client, old.url) == 404

    def test_an_unchanged_photo_stays(
        self, client, city_with_photo, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            city_photo_post(client, city_with_photo, description_en="Another text.")

        assert default_storage.exists(city_with_photo.image.name)

    def test_a_replaced_partner_logo_is_deleted(
        self, client, admin_user, django_capture_on_commit_callbacks
    ):
        organisation = PartnerOrganisationFactory(name_en="ODI")
        client.force_login(admin_user)
        names = []
        for logo in [PHOTO, other_photo()]:
            with django_capture_on_commit_callbacks(execute=True):
                client.post(
                    f"/en/partners/{organisation.slug}/edit/",
                    {"name_en": "ODI", "description_en": "", "acronym": "", "website": "",
                     "logo": SimpleUploadedFile("logo.png", logo, "image/png")},
                )  # fmt: skip
            organisation.refresh_from_db()
            names.append(organisation.logo.name)

        assert names[0] != names[1]
        assert not default_storage.exists(names[0])
        assert default_storage.exists(names[1])

    def test_a_replaced_document_file_is_deleted(
        self, client, admin_user, make_document, django_capture_on_commit_callbacks
    ):
        document = make_document()
        old = document.file.name
        client.force_login(admin_user)
        new = SimpleUploadedFile("new.pdf", PDF, "application/pdf")

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/en/evidence/{document.pk}/edit/", upload_data(file=new, title_en="A brief")
            )

        assert response.status_code == 302
        document.refresh_from_db()
        assert document.file.name != old
        assert not default_storage.exists(old)
        assert default_storage.exists(document.file.name)

    def test_a_cleared_document_file_is_deleted(
        self, client, admin_user, make_document, django_capture_on_commit_callbacks
    ):
        document = make_document()
        old = document.file.name
        client.force_login(admin_user)

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/en/evidence/{document.pk}/edit/",
                upload_data(external_url="https://example.org/brief", **{"file-clear": "on"}),
            )

        assert response.status_code == 302
        document.refresh_from_db()
        assert not document.file
        assert not default_storage.exists(old)

    def test_nothing_is_deleted_when_the_save_rolls_back(
        self, city_with_photo, staff_a, django_capture_on_commit_callbacks
    ):
        old = city_with_photo.image.name
        upload = SimpleUploadedFile("view.png", other_photo(), "image/png")

        a_row_of_another_city = RowInput(pk=10**9, values={})

        with (
            django_capture_on_commit_callbacks(execute=True) as callbacks,
            pytest.raises(CityNeed.DoesNotExist),
        ):
            city_profile_update(
                city=city_with_photo,
                user=staff_a,
                values={"image": upload},
                rows={"need": [a_row_of_another_city]},
            )

        assert callbacks == []
        assert default_storage.exists(old)
        city_with_photo.refresh_from_db()
        assert city_with_photo.image.name == old

    def test_a_file_another_row_names_is_not_deleted(
        self, client, city_with_photo, city_b, django_capture_on_commit_callbacks
    ):
        shared = city_with_photo.image.name
        City.objects.filter(pk=city_b.pk).update(image=shared)

        with django_capture_on_commit_callbacks(execute=True):
            city_photo_post(client, city_with_photo, other_photo())

        assert default_storage.exists(shared)
        assert served(client, f"/media/{shared}") == 200

    def test_a_photo_replaced_in_the_admin_is_deleted(
        self, client, admin_user, city_a, django_capture_on_commit_callbacks
    ):
        old = default_storage.save(f"public/mayors/{uuid.uuid4().hex}.png", ContentFile(PHOTO))
        mayor = Mayor.objects.create(city=city_a, name="Aki Sawyerr", photo=old)
        path = f"/en/admin/cities/city/{city_a.pk}/change/"
        client.force_login(admin_user)
        fields = main_form_fields(client.get(path).text)
        fields["mayors-0-photo"] = SimpleUploadedFile("new.png", other_photo(), "image/png")

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(path, fields)

        assert response.status_code == 302, response.text[:2000]
        mayor.refresh_from_db()
        assert mayor.photo.name != old
        assert not default_storage.exists(old)
        assert default_storage.exists(mayor.photo.name)
