"""Fuzzing the evidence form (its fields other than the file), people's preferences and the
sign-in form."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from hypothesis import given
from hypothesis import strategies as st

from evidence.forms import EvidenceForm
from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from mayors_dialogue.forms import PreferencesForm
from mayors_dialogue.models import User
from tests.factories import PASSWORD

from .checks import (
    Outcomes,
    assert_errors_localised,
    assert_escaped,
    counts,
    has_markup,
    rolled_back,
    submitted,
)
from .conftest import FUZZ
from .payloads import DATES, IDS, ZONES, fuzz_fields, language

PDF = text_pdf("Climate mobility", "Saltmarsh restoration keeps families in place.")
URLS = ["javascript:alert(1)", "http://", "https://例え.jp/report.pdf", "report.pdf"]


def test_evidence_form(client, partner_staff, organisation, city_a, themes):
    valid = {
        **{f"title_{code}": "" for code in ("de", "fr", "pt")},
        **{f"summary_{code}": "" for code in ("en", "de", "fr", "pt")},
        "title_en": "Climate mobility in coastal cities",
        "doc_type": "research_report",
        "authors": "ODI",
        "publisher": str(organisation.pk),
        "publication_date": "2021-03-01",
        "themes": [str(themes[0].pk)],
        "cities": [str(city_a.pk)],
        "external_url": "https://odi.example.org/report",
        "visibility": "participants",
        "licence": "CC BY 4.0",
        "document_languages": ["en", "fr"],
    }
    client.force_login(partner_staff)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        with_file=st.booleans(),
        data=fuzz_fields(
            valid,
            doc_type=["good_practice", "memo", "\x00"],
            publisher=IDS,
            publication_date=DATES,
            themes=IDS,
            cities=[*IDS, [str(city_a.pk), "99999999999999999999999"]],
            external_url=URLS,
            visibility=["secret", "PUBLIC"],
            document_languages=["xx", ["en", "en"], ["\x00"], []],
        ),
    )
    def submit(language, with_file, data):
        def upload():
            return MultiValueDict(
                {"file": [SimpleUploadedFile("report.pdf", PDF, "application/pdf")]}
                if with_file
                else {}
            )

        with rolled_back(client):
            before = counts(EvidenceDocument)

            def form():
                form = EvidenceForm(
                    submitted(data),
                    upload(),
                    instance=EvidenceDocument(),
                    own_cities=None,
                    working_language=partner_staff.language,
                )
                return form, form.is_valid()

            # what the page accepts, reading dates as its language does ("1/2/2026" is
            # 1 February in French), and the same data's errors in English, to compare
            with translation.override(language):
                local, english_valid = form()
            with translation.override("en"):
                english, _english_valid = form()

            response = client.post(f"/{language}/evidence/new/", {**data, **upload().dict()})

            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                document = EvidenceDocument.objects.latest("pk")
                assert response["Location"] == f"/{language}/evidence/{document.pk}/"
                assert document.uploaded_by == partner_staff
                assert bool(document.file) == with_file
                for name, value in local.cleaned_data.items():
                    if name in ("themes", "cities"):
                        assert set(getattr(document, name).all()) == set(value), name
                    elif name == "document_languages":
                        assert document.languages == ",".join(value)
                    elif name != "file":
                        assert getattr(document, name) == value, name
                assert (
                    counts(EvidenceDocument)["EvidenceDocument"] == before["EvidenceDocument"] + 1
                )
                if has_markup(data):
                    assert_escaped(client.get(response["Location"]), data)
                return
            assert response.status_code == 200
            assert not english_valid
            html = assert_escaped(response, data)
            assert counts(EvidenceDocument) == before
            assert assert_errors_localised(html, language, response.context["form"], english) > 0

    submit()
    outcomes.assert_both_seen()


def test_preferences(client, staff_a):
    valid = {"display_name": "Amina Diallo", "language": "fr", "timezone": "America/Sao_Paulo"}
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        data=fuzz_fields(
            valid,
            language=["xx", "EN", "pt-br", "\x00", ""],
            timezone=[*ZONES, "Europe/Berlin", "US/Pacific", "Etc/GMT+3"],
        ),
    )
    def submit(language, data):
        with rolled_back(client):
            before = User.objects.values("display_name", "language", "timezone").get(pk=staff_a.pk)
            with translation.override("en"):
                english = PreferencesForm(submitted(data), user=staff_a)
                english_valid = english.is_valid()

            response = client.post(f"/{language}/accounts/preferences/", data)

            after = User.objects.values("display_name", "language", "timezone").get(pk=staff_a.pk)
            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                assert after == english.cleaned_data
                assert response["Location"] == f"/{after['language']}/accounts/preferences/"
                page = client.get(response["Location"])
                assert_escaped(page, data)
                assert f'<html lang="{after["language"]}">' in page.text
                return
            assert response.status_code == 200
            assert not english_valid
            html = assert_escaped(response, data)
            assert after == before
            assert assert_errors_localised(html, language, response.context["form"], english) > 0

    submit()
    outcomes.assert_both_seen()


def test_sign_in(db, staff_a):
    valid = {"login": staff_a.email, "password": PASSWORD, "remember": "on"}

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        data=fuzz_fields(
            valid,
            login=[staff_a.email.upper(), f" {staff_a.email} ", "nobody@example.org", "a@b"],
            password=[PASSWORD.upper(), f"{PASSWORD}\x00", f" {PASSWORD}"],
        ),
    )
    def sign_in(language, data):
        client = Client()
        with rolled_back():
            response = client.post(f"/{language}/accounts/login/", data)

            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                # Signed in, people continue in their own language.
                assert response["Location"] == f"/{staff_a.language}/me/"
                assert client.session["_auth_user_id"] == str(staff_a.pk)
                assert data["password"] == PASSWORD
                return
            assert response.status_code == 200
            assert "_auth_user_id" not in client.session
            html = assert_escaped(response, data)
            form = response.context["form"]
            # The same data in English, through a fresh request (the form authenticates).
            english_response = Client().post("/en/accounts/login/", data)
            english = english_response.context["form"]
            assert assert_errors_localised(html, language, form, english) > 0

    sign_in()
    outcomes.assert_both_seen()
