"""The secretariat invites five cities at once, reading the pages in French: two rows have
problems, three invitations go out, each in its row's language."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation

from invitations.models import Invitation
from mayors_dialogue.models import Email
from tests.e2e.conftest import axe_violations, sign_in, submit, vnu_errors

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FIVE = "\n".join(
    [
        "city,country,continent,time zone,contact name,email,language,message",
        "Luanda,AO,africa,Africa/Luanda,Ana Sebastião,ana@luanda.example.org,pt,Bem-vindos",
        "Kumasi,GH,africa,Africa/Accra,Ama Mensah,ama@kumasi.example.org,fr,",
        "Atlantis,Atlantis,africa,Africa/Dakar,Nemo,nemo@atlantis.example.org,en,",
        "Leipzig,Deutschland,europe,Europe/Berlin,Jonas Weber,jonas@leipzig.example.org,de,",
        "Freetown,SL,africa,Africa/Freetown,Someone,someone@freetown.example.org,en,",
    ]
).encode()
SUBJECT = "Your invitation to the Mayors Dialogue for %(target)s"


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())


def test_an_admin_invites_five_cities_and_three_invitations_go_out(page, demo, tmp_path):
    sign_in(page, "admin@example.org", password="dialogue-demo-2021")
    page.goto("/en/secretariat/invitations/")
    page.locator('.language-switcher button[value="fr"]').click()
    page.wait_for_load_state()
    assert page.url.endswith("/fr/secretariat/invitations/")
    pages = {"upload": page.content()}
    violations = {"upload": axe_violations(page)}
    before = Invitation.objects.count()

    page.locator('input[name="file"]').set_input_files(
        files=[{"name": "villes.csv", "mimeType": "text/csv", "buffer": FIVE}]
    )
    submit(page, page.locator("form.stacked-form button[type=submit]"))

    assert page.locator("html").get_attribute("lang") == "fr"
    problems = page.locator(".error-summary li")
    assert problems.count() == 2
    assert problems.nth(0).inner_text().startswith(f"{_('Row %(line)s', line=4)} (Atlantis)")
    assert _("Unknown country: “{value}”", value="Atlantis") in problems.nth(0).inner_text()
    assert _("This city is already in the dialogue or invited.") in problems.nth(1).inner_text()
    assert Invitation.objects.count() == before
    pages["preview"] = page.content()
    violations["preview"] = axe_violations(page)

    submit(page, page.locator('form[action$="/confirm/"] button[type=submit]'))

    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == _("Invitations sent")
    sent = page.locator("section[aria-labelledby=sent-title] tbody tr")
    assert sent.count() == 3
    assert page.locator("section[aria-labelledby=skipped-title] tbody tr").count() == 2
    pages["result"] = page.content()
    violations["result"] = axe_violations(page)
    emails = {
        email.recipient: (email.language, email.subject)
        for email in Email.objects.filter(recipient__in=_addresses())
    }
    assert emails == {
        "ana@luanda.example.org": ("pt", _(SUBJECT, "pt", target="Luanda")),
        "ama@kumasi.example.org": ("fr", _(SUBJECT, "fr", target="Kumasi")),
        "jonas@leipzig.example.org": ("de", _(SUBJECT, "de", target="Leipzig")),
    }
    assert len({subject for _language, subject in emails.values()}) == 3
    assert emails["ana@luanda.example.org"][1] == (
        "O seu convite para o Diálogo de Autarcas (Luanda)"
    )
    assert Invitation.objects.count() == before + 3
    assert violations == {"upload": [], "preview": [], "result": []}
    errors = vnu_errors(pages, tmp_path)
    assert {name: found for name, found in errors.items() if found} == {}


def _addresses():
    return ["ana@luanda.example.org", "ama@kumasi.example.org", "jonas@leipzig.example.org"]


def _(message: str, language: str = "fr", **params) -> str:
    """The message as the page (or the email) in that language shows it."""
    with translation.override(language):
        text = translation.gettext(message)
    return text % params if "%(" in text else text.format(**params)
