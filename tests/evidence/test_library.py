import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from tests.factories import PartnerMembershipFactory

from .conftest import docx_bytes, upload_data, zip_bomb_docx

PDF = text_pdf(
    "Climate mobility in coastal cities", "Saltmarsh restoration keeps families in place."
)


@pytest.fixture
def partner(db):
    return PartnerMembershipFactory().user


def upload(client, user, content, name="report.pdf", django_capture=None, **overrides):
    client.force_login(user)
    data = upload_data(file=SimpleUploadedFile(name, content, "application/pdf"), **overrides)
    if django_capture is None:
        return client.post("/en/evidence/new/", data)
    with django_capture(execute=True):
        return client.post("/en/evidence/new/", data)


def test_upload_is_searchable_by_title_and_by_the_pdf_text_and_downloads_the_same_bytes(
    client, partner, django_capture_on_commit_callbacks
):
    response = upload(client, partner, PDF, django_capture=django_capture_on_commit_callbacks)

    document = EvidenceDocument.objects.get()
    assert response["Location"] == f"/en/evidence/{document.pk}/"
    assert document.file.name.startswith("private/evidence/")
    assert document.file.name.endswith(".pdf")
    assert "Saltmarsh restoration" in document.extracted_text
    by_title = client.get("/en/evidence/?q=coastal")
    by_text = client.get("/en/evidence/?q=saltmarsh")
    assert [d.pk for d in by_title.context["object_list"]] == [document.pk]
    assert [d.pk for d in by_text.context["object_list"]] == [document.pk]
    assert "<mark>Saltmarsh</mark>" in by_text.text
    download = client.get(f"/en/evidence/{document.pk}/download/")
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"] == 'attachment; filename="report.pdf"'
    assert download["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"MZ\x90\x00\x03 this is a Windows program", "report.pdf",
         "This file is not a PDF, DOCX, XLSX, PPTX, ODT or CSV document."),
        (b"", "empty.pdf", "The submitted file is empty."),
        (zip_bomb_docx(), "bomb.docx", "This document unpacks to far more than its size; it is refused."),
        (b"PK\x03\x04garbage", "broken.docx", "This document is damaged and cannot be read."),
    ],
)  # fmt: skip
def test_bad_files_are_refused_with_a_clear_message(client, partner, content, name, message):
    response = upload(client, partner, content, name=name)

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [message]
    assert not EvidenceDocument.objects.exists()


def test_oversized_file_is_refused(client, partner, settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 100

    response = upload(client, partner, PDF)

    assert response.context["form"].errors["file"] == [
        "The file is too large: at most 100\xa0bytes."
    ]


def test_docx_is_recognised_by_content_and_the_name_is_never_used(client, partner):
    response = upload(client, partner, docx_bytes(), name="../../../etc/passwd")

    assert response.status_code == 302
    document = EvidenceDocument.objects.get()
    assert document.file_type == "docx"
    assert re.fullmatch(r"private/evidence/[0-9a-f]{32}\.docx", document.file.name)
    assert document.original_name == "passwd"


def test_participants_only_documents_are_404_for_anonymous_visitors(client, make_document, staff_a):
    document = make_document(visibility="participants", title="Internal note")

    assert client.get(f"/en/evidence/{document.pk}/").status_code == 404
    assert client.get(f"/en/evidence/{document.pk}/download/").status_code == 404
    assert "Internal note" not in client.get("/en/evidence/").text
    client.force_login(staff_a)
    download = client.get(f"/en/evidence/{document.pk}/download/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("role", "status"), [("partner_staff", 200), ("admin", 200), ("staff_a", 200), ("mayor_a", 200)]
)
def test_upload_page_for_partners_admins_and_city_people(client, roles, role, status):
    client.force_login(roles[role])

    assert client.get("/en/evidence/new/").status_code == status


def test_city_staff_may_only_add_good_practice_for_their_city(client, staff_a, city_a, city_b):
    client.force_login(staff_a)

    wrong = client.post(
        "/en/evidence/new/",
        upload_data(
            file=SimpleUploadedFile("r.pdf", PDF), doc_type="policy_brief", cities=[city_b.pk]
        ),
    )
    right = client.post(
        "/en/evidence/new/",
        upload_data(
            file=SimpleUploadedFile("r.pdf", PDF), doc_type="good_practice", cities=[city_a.pk]
        ),
    )

    assert set(wrong.context["form"].errors) == {"doc_type", "cities"}
    assert right.status_code == 302
    assert list(EvidenceDocument.objects.values_list("doc_type", flat=True)) == ["good_practice"]


def test_anonymous_visitors_are_sent_to_sign_in_to_upload(client, db):
    assert client.get("/en/evidence/new/").status_code == 302


def test_only_the_uploader_publisher_or_admins_change_a_document(
    client, make_document, staff_b, partner
):
    document = make_document()
    document.uploaded_by = partner
    document.save()
    client.force_login(staff_b)

    assert client.get(f"/en/evidence/{document.pk}/edit/").status_code == 403
    assert client.post(f"/en/evidence/{document.pk}/delete/").status_code == 403
    client.force_login(partner)
    assert client.get(f"/en/evidence/{document.pk}/edit/").status_code == 200


def test_deleting_a_document_deletes_its_file_after_commit(
    client, make_document, admin_user, django_capture_on_commit_callbacks
):
    document = make_document()
    storage, name = document.file.storage, document.file.name
    client.force_login(admin_user)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(f"/en/evidence/{document.pk}/delete/")
    assert storage.exists(name)
    for callback in callbacks:
        callback()

    assert not storage.exists(name)
    assert not EvidenceDocument.objects.exists()


def test_filters_by_type_year_and_language(client, make_document):
    make_document(title="English brief", languages="en", doc_type="policy_brief")
    make_document(title="Note française", languages="fr,en", doc_type="case_study")

    by_language = client.get("/en/evidence/?language=fr").context["object_list"]
    by_type = client.get("/en/evidence/?doc_type=policy_brief").context["object_list"]
    by_year = client.get("/en/evidence/?year=2019").context["object_list"]

    assert [d.title_en for d in by_language] == ["Note française"]
    assert [d.title_en for d in by_type] == ["English brief"]
    assert list(by_year) == []


@pytest.mark.parametrize("size", [3, 20])
def test_library_list_runs_a_fixed_number_of_queries(
    client, make_document, django_assert_num_queries, size
):
    for number in range(size):
        make_document(title=f"Doc {number}")

    # count, page, themes, and the filter form's themes, cities and publishers
    with django_assert_num_queries(6):
        response = client.get("/en/evidence/")

    assert response.text.count('<li class="card">') == size


def test_briefing_pack_and_document_page_link_both_ways(
    client, make_document, make_meeting, staff_a
):
    from meetings.models import AgendaItem

    meeting = make_meeting(title_en="Coastal talk")
    item = AgendaItem.objects.create(meeting=meeting, title_en="Evidence", position=1)
    public = make_document(
        title="Coastal brief", summary_en="What works.", summary_fr="Ce qui marche."
    )
    hidden = make_document(title="Internal brief", visibility="participants")
    item.documents.add(public, hidden)

    french = client.get(f"/fr/meetings/{meeting.pk}/").text
    client.force_login(staff_a)
    signed_in = client.get(f"/en/meetings/{meeting.pk}/").text
    document_page = client.get(f"/en/evidence/{public.pk}/").text

    assert "Ce qui marche." in french
    assert "Internal brief" not in french
    assert "Internal brief" in signed_in
    assert f'href="/en/meetings/{meeting.pk}/"' in document_page


def test_admin_edits_a_document_and_keeps_it_findable(client, make_document, admin_user):
    document = make_document(title="Old title")
    client.force_login(admin_user)

    page = client.get(f"/en/admin/evidence/evidencedocument/{document.pk}/change/")

    assert page.status_code == 200
    assert 'name="title_de"' in page.text


def test_an_edit_without_languages_is_a_field_error_not_a_500(client, make_document, admin_user):
    document = make_document()
    client.force_login(admin_user)

    response = client.post(f"/en/evidence/{document.pk}/edit/", {})

    assert response.status_code == 200
    assert response.context["form"].errors["document_languages"] == ["This field is required."]


def test_a_file_lost_by_the_storage_is_a_404_not_a_500(client, make_document, staff_a):
    document = make_document()
    document.file.storage.delete(document.file.name)
    client.force_login(staff_a)

    assert client.get(f"/en/evidence/{document.pk}/download/").status_code == 404
