"""Evidence files cannot carry code to a reader's machine: a PDF with JavaScript, actions that
run on opening or launch a program, or XFA forms is refused at upload with a field error in
the reader's language; a CSV is downloaded with every would-be formula as text, whatever was
uploaded (older files too)."""

import io
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from evidence.models import EvidenceDocument
from tests.evidence.conftest import text_pdf, upload_data

ACTIVE_EN = (
    "This PDF contains active content (JavaScript, or actions that run when it is opened). "
    "Save it again as a plain PDF, for example with “Print to PDF”, and upload that."
)
ACTIVE_FR = (
    "Ce PDF contient du contenu actif (JavaScript, ou des actions qui s’exécutent à "
    "l’ouverture). Enregistrez-le de nouveau comme PDF simple, par exemple avec « Imprimer en "
    "PDF », puis téléversez-le."
)


def pdf_with(change) -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(text_pdf("Report", "Plain words."))))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def javascript_on_opening(writer):
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('opened');"),
        }
    )


def launch_on_opening(writer):
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("calc.exe")}
    )


def page_action(writer):
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("1")}
    )
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): action})


def xfa_form(writer):
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/XFA"): TextStringObject("<xdp/>")}
    )


@pytest.mark.parametrize(
    "change", [javascript_on_opening, launch_on_opening, page_action, xfa_form]
)
def test_a_pdf_with_active_content_is_refused(client, partner_staff, change):
    client.force_login(partner_staff)
    upload = SimpleUploadedFile("report.pdf", pdf_with(change), "application/pdf")

    response = client.post("/en/evidence/new/", upload_data(file=upload))

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [ACTIVE_EN]
    assert not EvidenceDocument.objects.exists()


def test_the_refusal_is_in_the_readers_language(client, partner_staff):
    client.force_login(partner_staff)
    upload = SimpleUploadedFile("rapport.pdf", pdf_with(javascript_on_opening), "application/pdf")

    response = client.post("/fr/evidence/new/", upload_data(file=upload))

    assert response.context["form"].errors["file"] == [ACTIVE_FR]


def test_a_plain_pdf_is_accepted(client, partner_staff):
    client.force_login(partner_staff)
    upload = SimpleUploadedFile("report.pdf", pdf_with(lambda writer: None), "application/pdf")

    response = client.post("/en/evidence/new/", upload_data(file=upload))

    assert response.status_code == 302
    assert EvidenceDocument.objects.get().file_type == "pdf"


def test_a_damaged_pdf_is_refused(client, partner_staff):
    client.force_login(partner_staff)
    upload = SimpleUploadedFile("report.pdf", b"%PDF-1.7\n" + b"\x01" * 400, "application/pdf")

    response = client.post("/en/evidence/new/", upload_data(file=upload))

    assert response.context["form"].errors["file"] == [
        "This document is damaged and cannot be read."
    ]


@pytest.mark.django_db
def test_a_csv_downloads_with_formulas_as_text_in_its_own_delimiter(client):
    content = (
        b"city;remittances;note\r\n"
        b'Dakar;-12;=HYPERLINK("http://evil.example.org","click")\r\n'
        b"Accra;@SUM(1+1);+49 30 1234\r\n"
        b"Lisboa;7;plain\r\n"
    )
    document = EvidenceDocument(
        title_en="Remittances",
        doc_type="dataset",
        file_type="csv",
        languages="en",
        publication_date=date(2021, 1, 1),
    )
    document.file.save("remittances.csv", ContentFile(content), save=False)
    document.save()

    response = client.get(f"/en/evidence/{document.pk}/download/")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content).decode("utf-8") == (
        "city;remittances;note\r\n"
        'Dakar;\'-12;"\'=HYPERLINK(""http://evil.example.org"",""click"")"\r\n'
        "Accra;'@SUM(1+1);'+49 30 1234\r\n"
        "Lisboa;7;plain\r\n"
    )
