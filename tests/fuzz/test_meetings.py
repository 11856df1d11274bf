"""Fuzzing scheduling (with its agenda and the time-zone preview), outcomes and answers."""

from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from cities.models import PartnerOrganisation
from meetings.forms import (
    AgendaFormSet,
    AttendeeFormSet,
    GridForm,
    MeetingForm,
    OutcomesForm,
    RSVPForm,
)
from meetings.models import RSVP, AgendaItem, Meeting, MeetingNotice
from meetings.zones import to_utc
from tests.meetings.conftest import meeting_post_data

from .checks import (
    Outcomes,
    assert_errors_localised,
    assert_escaped,
    assert_flash_localised,
    assert_formset_errors_localised,
    counts,
    flashed,
    has_markup,
    rolled_back,
    submitted,
)
from .conftest import FUZZ
from .payloads import DATES, DST_EDGES, IDS, NUMBERS, TIMES, ZONES, fuzz_fields, language, twice

URLS = ["javascript:alert(1)", "http://", "https://例え.jp/meet", "meet.example.org"]
AGENDA = {
    "agenda-TOTAL_FORMS": "1",
    "agenda-0-position": "1",
    "agenda-0-title_en": "Welcome",
    "agenda-0-title_fr": "Bienvenue",
    "agenda-0-description_en": "",
    "agenda-0-presenter": "Amina Diallo",
}


def _dst_edge(day, at, zone, which):
    return {"day": day, "timezone": zone, which: at}


def test_meeting_form_with_agenda_and_preview(client, partner_staff, organisation, city_a, city_b):
    valid = meeting_post_data(
        organiser=str(organisation.pk),
        invited_cities=[str(city_a.pk), str(city_b.pk)],
        host_city=str(city_a.pk),
        venue="City hall",
        **AGENDA,
    )
    models = (Meeting, AgendaItem, MeetingNotice)
    client.force_login(partner_staff)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        preview=st.booleans(),
        edge=st.one_of(st.none(), st.sampled_from(DST_EDGES)),
        which=st.sampled_from(["start_time", "end_time"]),
        data=fuzz_fields(
            valid,
            day=DATES,
            start_time=TIMES,
            end_time=TIMES,
            timezone=ZONES,
            status=["cancelled", "held", "SCHEDULED"],
            format=["in_person", "hybrid", "carrier-pigeon"],
            host_city=IDS,
            organiser=IDS,
            invited_cities=[*IDS, ["1", "1"], [str(city_a.pk), "abc"]],
            reminder_hours=NUMBERS,
            video_link=URLS,
            **{"agenda-TOTAL_FORMS": ["31", "-1", "1000", "abc"], "agenda-0-position": NUMBERS},
            **{"agenda-0-documents": IDS, "agenda-0-id": IDS},
        ),
    )
    def submit(language, preview, edge, which, data):
        if edge:
            data = {**data, **_dst_edge(*edge, which)}
        if preview:
            data = {**data, "preview": "1"}
        with rolled_back(client):
            before = counts(*models)
            working = {"working_language": partner_staff.language}

            def forms():
                form = MeetingForm(
                    submitted(data),
                    instance=Meeting(timezone="Europe/Berlin"),
                    organisations=PartnerOrganisation.objects.filter(pk=organisation.pk),
                    **working,
                )
                agenda = AgendaFormSet(
                    submitted(data), instance=form.instance, prefix="agenda", form_kwargs=working
                )
                return form, agenda, form.is_valid() and agenda.is_valid()

            # what the page accepts, reading dates as its language does ("1/2/2026" is
            # 1 February in French), and the same data's errors in English, to compare
            with translation.override(language):
                local, local_agenda, english_valid = forms()
            with translation.override("en"):
                english, english_agenda, _english_valid = forms()

            response = client.post(f"/{language}/meetings/new/", data)

            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                assert not preview
                meeting = Meeting.objects.latest("pk")
                assert response["Location"] == f"/{language}/meetings/{meeting.pk}/"
                assert (meeting.start, meeting.end) == (
                    local.instance.start,
                    local.instance.end,
                )
                cleaned = local.cleaned_data
                assert meeting.start == to_utc(
                    cleaned["day"], cleaned["start_time"], ZoneInfo(cleaned["timezone"])
                )
                for name, value in cleaned.items():
                    if name in ("invited_cities", "invited_organisations", "themes"):
                        assert set(getattr(meeting, name).all()) == set(value), name
                    elif name not in ("day", "start_time", "end_time"):
                        assert getattr(meeting, name) == value, name
                items = [
                    (form.cleaned_data["position"], form.cleaned_data["title_en"])
                    for form in local_agenda.forms
                    if form.has_changed() and not form.cleaned_data.get("DELETE")
                ]
                assert sorted(meeting.agenda_items.values_list("position", "title_en")) == sorted(
                    items
                )
                assert counts(*models)["Meeting"] == before["Meeting"] + 1
                if has_markup(data):
                    assert_escaped(client.get(response["Location"]), data)
                return
            assert response.status_code == 200
            html = assert_escaped(response, data)
            assert counts(*models) == before
            shown = assert_errors_localised(html, language, response.context["form"], english)
            shown += assert_formset_errors_localised(
                html, language, response.context["agenda"], english_agenda
            )
            if preview and english_valid:
                assert shown == 0
                assert response.context["grid"] is not None
                assert '<div id="time-grid" aria-live="polite">' in html
                assert '<table class="data-table">' in html
            else:
                assert not english_valid
                assert shown > 0, "refused without an error on the page"

    submit()
    outcomes.assert_both_seen()


def test_time_zone_grid(client, partner_staff, city_a, city_b):
    valid = {
        "day": "2030-01-14",
        "start_time": "14:00",
        "end_time": "16:00",
        "timezone": "Europe/Berlin",
        "invited_cities": [str(city_a.pk), str(city_b.pk)],
    }
    client.force_login(partner_staff)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        edge=st.one_of(st.none(), st.sampled_from(DST_EDGES)),
        which=st.sampled_from(["start_time", "end_time"]),
        data=fuzz_fields(
            valid,
            day=DATES,
            start_time=TIMES,
            end_time=TIMES,
            timezone=ZONES,
            invited_cities=[*IDS, ["1", "\x00"]],
        ),
    )
    def preview(language, edge, which, data):
        if edge:
            data = {**data, **_dst_edge(*edge, which)}
        with rolled_back(client):
            grid = GridForm(submitted(data))
            slot = grid.slot()

            response = client.get(f"/{language}/meetings/grid/?{urlencode(data, doseq=True)}")

            if "\x00" in urlencode(data, doseq=True).replace("%00", "\x00"):
                assert response.status_code == 400  # a NUL in the query is refused
                outcomes.saw(accepted=False)
                return
            assert response.status_code == 200
            html = assert_escaped(response, data)
            shown = slot is not None and city_a in grid.cleaned_data["invited_cities"]
            outcomes.saw(accepted=shown)
            assert ('<table class="data-table">' in html and "Alphaville" in html) == shown

    preview()
    outcomes.assert_both_seen()


def test_outcomes(client, partner_staff, meeting):
    valid = {f"outcomes_{code}": f"Minutes in {code}." for code in ("en", "de", "fr", "pt")}
    client.force_login(partner_staff)

    outcomes = Outcomes()

    @FUZZ
    @given(language=language, data=fuzz_fields(valid))
    def submit(language, data):
        with rolled_back(client):
            before = Meeting.objects.values().get(pk=meeting.pk)
            with translation.override("en"):
                english = OutcomesForm(submitted(data), instance=Meeting.objects.get(pk=meeting.pk))
                english_valid = english.is_valid()

            response = client.post(f"/{language}/meetings/{meeting.pk}/outcomes/", data)

            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                assert response["Location"] == f"/{language}/meetings/{meeting.pk}/"
                saved = Meeting.objects.get(pk=meeting.pk)
                for name, value in english.cleaned_data.items():
                    assert getattr(saved, name) == value, name
                if has_markup(data):
                    assert_escaped(client.get(response["Location"]), data)
                return
            assert response.status_code == 200
            assert not english_valid
            html = assert_escaped(response, data)
            after = Meeting.objects.values().get(pk=meeting.pk)
            assert after == before
            assert assert_errors_localised(html, language, response.context["form"], english) > 0

    submit()
    outcomes.assert_both_seen()


def test_rsvp(client, staff_a, city_a, city_b, meeting):
    valid = {
        "city": str(city_a.pk),
        "response": "attending",
        "people-TOTAL_FORMS": "2",
        "people-INITIAL_FORMS": "0",
        "people-0-name": "Amina",
        "people-0-languages": "fr",
        "people-1-name": "Kofi",
        "people-1-other_languages": "Twi",
    }
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(
            valid,
            city=[*IDS, str(city_b.pk)],
            response=["not_attending", "maybe", "yes", "ATTENDING"],
            **{
                "people-TOTAL_FORMS": ["1", "31", "-1", "x"],
                "people-0-languages": ["it", "FR", ""],
            },
        ),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            before = RSVP.objects.count()
            with translation.override(language):
                form = RSVPForm(submitted(data), cities=[city_a])
                people = AttendeeFormSet(submitted(data), prefix="people")
                valid_here = form.is_valid() and people.is_valid()
                found = [str(e) for errors in form.errors.values() for e in errors]
                found += [str(e) for row in people.errors for f in row.values() for e in f]
                found += [str(e) for e in people.non_form_errors()]
                errors = " ".join(found)
                refused = translation.gettext("Your answer was not saved: {errors}").format(
                    errors=errors
                )
            with translation.override("en"):
                english = RSVPForm(submitted(data), cities=[city_a])
                english_errors = [str(e) for errors in english.errors.values() for e in errors]

            for _attempt in range(2 if twice else 1):
                response = client.post(f"/{language}/meetings/{meeting.pk}/answer/", data)
                assert response.status_code == 302
                assert response["Location"] == f"/{language}/meetings/{meeting.pk}/"
                messages = flashed(response)
                client.cookies.pop("messages", None)

            outcomes.saw(accepted=valid_here)
            if valid_here:
                rsvp = RSVP.objects.get(meeting=meeting, city=city_a)
                cleaned = form.cleaned_data
                assert rsvp.response == cleaned["response"]
                expected = [] if cleaned["response"] == "not_attending" else people.attendees()
                assert [p.name for p in rsvp.people.all()] == [p.name for p in expected]
                assert RSVP.objects.count() == before + 1
                assert_flash_localised(messages, language, "Your answer has been saved.")
            else:
                assert RSVP.objects.count() == before
                assert messages == [refused]
                for message in english_errors:
                    assert message not in refused, f"{message!r} is not translated"

    submit()
    outcomes.assert_both_seen()
