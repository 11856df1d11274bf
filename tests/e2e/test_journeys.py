import re
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from cities.models import City
from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from invitations.models import OutreachRequest
from meetings.models import Meeting
from partnerships.models import Interest, Proposal
from tests.e2e.conftest import sign_in, submit
from tests.smtp import SMTPServer

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
DEMO_PASSWORD = "dialogue-demo-2021"


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())


def test_city_staff_update_their_profile(page, demo):
    sign_in(page, "staff.freetown@example.org", password=DEMO_PASSWORD)
    page.goto("/en/cities/freetown/")
    page.get_by_role("link", name="Edit profile").click()
    page.locator('textarea[name="needs-0-description_en"]').fill(
        "Planning support for hillside settlements."
    )
    page.locator('summary:has(span[lang="fr"])').first.click()
    page.locator('textarea[name="description_fr"]').fill("Capitale de la Sierra Leone.")
    submit(page, page.get_by_role("button", name="Save profile"))

    assert page.url.endswith("/en/cities/freetown/")
    assert page.get_by_text("Planning support for hillside settlements.").is_visible()
    assert page.get_by_text("The profile has been saved.").is_visible()


def test_partner_schedules_a_virtual_meeting_and_invited_staff_see_their_time(page, demo):
    sign_in(page, "partner.odi@example.org", password=DEMO_PASSWORD)
    page.goto("/en/meetings/new/")
    page.locator('input[name="title_en"]').fill("Coastal cities exchange")
    page.locator('input[name="day"]').fill("2031-01-14")
    page.locator('input[name="start_time"]').fill("14:00")
    page.locator('input[name="end_time"]').fill("16:00")
    page.locator('select[name="timezone"]').select_option("Europe/Berlin")
    page.locator('select[name="format"]').select_option("virtual")
    page.locator('input[name="video_link"]').fill("https://meet.example.org/coastal")
    for slug in ["maputo", "dakar"]:
        page.locator(
            f'input[name="invited_cities"][value="{City.objects.get(slug=slug).pk}"]'
        ).check()
    submit(page, page.get_by_role("button", name="Preview"))
    grid = page.locator("#time-grid").inner_text()
    assert re.search(r"Maputo\s+Tue 14 Jan\., 15:00", grid)
    assert re.search(r"Dakar\s+Tue 14 Jan\., 13:00", grid)
    submit(page, page.get_by_role("button", name="Save the meeting"))
    meeting = Meeting.objects.get(title_en="Coastal cities exchange")

    page.context.clear_cookies()
    sign_in(page, "staff.dakar@example.org", password=DEMO_PASSWORD, language="fr")
    page.goto(f"/fr/meetings/{meeting.pk}/")

    when = page.locator("dl.facts dd").first.inner_text()
    assert "14 janvier 2031, 13:00–15:00 · Dakar, heure locale (UTC+0)" in when
    zone = page.locator("dl.facts dd").first.locator("span[title]").first
    assert zone.get_attribute("title") == "Africa/Dakar"
    assert page.get_by_role("link", name="https://meet.example.org/coastal").is_visible()


def test_mayor_browses_proposals_and_expresses_interest(page, demo):
    accra = Proposal.objects.get(city__slug="accra")
    sign_in(page, "mayor.milan@example.org", password=DEMO_PASSWORD)
    page.goto("/en/partnerships/proposals/")
    page.locator('select[name="continent"]').select_option("africa")
    page.get_by_role("button", name="Apply filters").click()
    page.get_by_role("link", name=accra.title_en).click()
    page.locator('textarea[name="message"]').fill("Milan would like to learn from Accra.")
    submit(page, page.get_by_role("button", name="Express interest").last)

    assert Interest.objects.filter(proposal=accra, city__slug="milan").exists()
    # Nobody at Accra has an account in the demo: the page says so instead of "sent".
    assert page.get_by_text("nobody at Accra has an account on the platform yet").is_visible()
    assert OutreachRequest.objects.filter(city__slug="accra").exists()


def test_admin_invites_a_city_and_the_invitee_completes_onboarding(page, demo, settings):
    with SMTPServer() as smtp:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = (
            "127.0.0.1",
            smtp.port,
            False,
        )
        sign_in(page, "admin@example.org", password=DEMO_PASSWORD)
        page.goto("/en/invitations/city/")
        page.locator('input[name="city_name"]').fill("Luanda")
        page.locator('select[name="country"]').select_option("AO")
        page.locator('select[name="continent"]').select_option("africa")
        page.locator('select[name="timezone"]').select_option("Africa/Luanda")
        page.locator('input[name="name"]').fill("Ana Sebastião")
        page.locator('input[name="email"]').fill("ana@luanda.example.org")
        page.locator('select[name="language"]').select_option("pt")
        submit(page, page.get_by_role("button", name="Send the invitation"))
        (message,) = [m for m in smtp.messages if m["To"] == "ana@luanda.example.org"]
    body = message.get_body(("plain",)).get_content()
    path = urlsplit(re.search(r"https?://\S+/invitations/accept/\S+/", body).group(0)).path

    page.context.clear_cookies()
    page.goto(path)
    assert page.locator("html").get_attribute("lang") == "pt"
    page.locator('input[name="display_name"]').fill("Ana Sebastião")
    page.locator('input[name="password1"]').fill("a-long-new-password-9")
    page.locator('input[name="password2"]').fill("a-long-new-password-9")
    submit(page, page.get_by_role("button", name="Aceitar o convite"))

    assert page.url.endswith("/pt/cities/luanda/edit/")
    assert City.objects.get(slug="luanda").status == "participant"


def test_evidence_is_uploaded_searched_and_downloaded(page, demo, tmp_path):
    pdf = tmp_path / "coastal.pdf"
    pdf.write_bytes(
        text_pdf(
            "Climate mobility in coastal cities", "Saltmarsh restoration keeps families in place."
        )
    )
    sign_in(page, "partner.odi@example.org", password=DEMO_PASSWORD)
    page.goto("/en/evidence/new/")
    page.locator('input[name="title_en"]').fill("Climate mobility in coastal cities")
    page.locator('select[name="doc_type"]').select_option("research_report")
    page.locator('input[name="publication_date"]').fill("2021-03-01")
    page.locator('input[name="document_languages"][value="en"]').check()
    page.locator('input[name="file"]').set_input_files(str(pdf))
    submit(page, page.get_by_role("button", name="Save the document"))

    page.goto("/en/evidence/?q=saltmarsh")
    page.get_by_role("link", name="Climate mobility in coastal cities").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Download")).click()
    download = download_info.value

    assert EvidenceDocument.objects.filter(title_en="Climate mobility in coastal cities").exists()
    download.save_as(str(tmp_path / "downloaded.pdf"))
    assert (tmp_path / "downloaded.pdf").read_bytes() == pdf.read_bytes()


def test_dakar_staff_answer_from_their_home_and_the_organiser_sees_who_needs_french(page, demo):
    meeting = Meeting.objects.get(title_en="Climate mobility: from evidence to municipal plans")
    sign_in(page, "staff.dakar@example.org", password=DEMO_PASSWORD, language="fr")

    assert page.url.endswith("/fr/me/")
    awaiting = page.get_by_role("region", name="Réunions qui attendent la réponse de votre ville")
    submit_link = awaiting.get_by_role("link", name=meeting.title_fr)
    with page.expect_navigation():
        submit_link.click()
    form = page.locator(f'form[action="/fr/meetings/{meeting.pk}/answer/"]')
    form.get_by_label("Participe", exact=True).check()
    form.locator('input[name="people-0-name"]').fill("Fatou Diop")
    form.locator('input[name="people-0-role"]').fill("Conseillère mobilité")
    form.locator('input[name="people-0-languages"][value="fr"]').check()
    form.locator('input[name="people-1-name"]').fill("Moussa Sarr")
    form.locator('input[name="people-1-languages"][value="fr"]').check()
    form.locator('input[name="people-1-other_languages"]').fill("Wolof")
    submit(page, form.locator('button[type="submit"]'))

    assert page.get_by_text("Votre réponse a été enregistrée.").is_visible()
    form = page.locator(f'form[action="/fr/meetings/{meeting.pk}/answer/"]')
    assert form.get_by_label("Participe", exact=True).is_checked()
    assert form.locator('input[name="people-0-name"]').input_value() == "Fatou Diop"
    assert form.locator('input[name="people-1-other_languages"]').input_value() == "Wolof"
    assert "Dakar : <strong>Participe</strong>, réponse donnée par Fatou Diop" in page.content()
    page.goto("/fr/me/")
    answered = page.get_by_role("region", name="À venir, avec réponse").inner_text()
    assert meeting.title_fr in answered
    assert "Participe" in answered

    page.context.clear_cookies()
    sign_in(page, "partner.odi@example.org", password=DEMO_PASSWORD)
    assert page.url.endswith("/en/me/")
    organised = page.get_by_role("region", name="Meetings you organise").inner_text()
    # Maputo (maybe): Portuguese, and Portuguese and French; Dakar: two who follow French
    assert "Interpretation into French: 3 people" in organised
    assert "Interpretation into Portuguese: 2 people" in organised
    assert "Into Wolof: 1 person" in organised
    assert "Dakar" not in organised.split("Not answered yet:")[1].split("\n")[0]
    assert page.locator("a.bell .count").inner_text() != ""
    page.locator("a.bell").click()
    page.wait_for_load_state()
    notice = page.get_by_role("link", name=f"Dakar answered “{meeting.title_en}”: Attending.")
    with page.expect_navigation():
        notice.click()
    assert page.url.endswith(f"/en/meetings/{meeting.pk}/#answers")
    interpretation = page.locator("section[aria-labelledby=interpretation-title]").inner_text()
    assert "Interpretation into French: 3 people" in interpretation
