"""Hypothesis strategies for hostile form input: markup, NUL bytes, right-to-left text and
emoji, very long strings, out-of-range numbers, impossible dates and times, DST gaps and
overlaps, unknown time zones and ids that do not exist."""

from hypothesis import strategies as st

LANGUAGES = ("de", "fr", "pt")

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
SVG = "'><svg onload=alert(1)>"
MARKUP = [SCRIPT, IMG, SVG, f"<b>bold</b>{SCRIPT}", "javascript:alert(1)", "{{ 7|add:7 }}"]

TEXT = [
    "\x00",
    "a\x00b",
    "مدينة الهجرة والتنقل",  # Arabic
    "עיר של הגירה",  # Hebrew
    "\u202eevil.exe\u202c",  # right-to-left override
    "😀🏳️‍🌈👩‍👩‍👧‍👦",
    "Zażółć gęślą jaźń — «ça» ‘ok’",
    "   ",
    "",
    "%s %(name)s {0} {email}",
    "Robert'); DROP TABLE cities_city;--",
    "../../etc/passwd",
]

NUMBERS = [
    "-1",
    "0",
    "1.5",
    "1e309",
    "NaN",
    "-0",
    "2147483648",
    "32768",
    "99999999999999999999999",
    "-99999999999999999999999",
    "0x10",
    "1\x00",
]

DATES = ["2026-02-30", "0000-00-00", "9999-12-31", "0001-01-01", "2026-13-01", "31/12/2026"]
TIMES = ["25:61", "24:00", "23:59:60", "9999-12-31T25:61", "-01:00", "12:00\x00"]

ZONES = ["Mars/Olympus", "UTC+3", "", "europe/berlin", "Europe/Berlin\x00", "../zoneinfo", "UTC",
         "GMT", "CET", "US/Eastern", "Etc/GMT+1"]  # fmt: skip

# Ids of model choices that do not exist, are not numbers, or overflow a bigint.
IDS = ["0", "-1", "999999", "99999999999999999999999", "abc", "1\x00", "\x00", ""]

# Wall-clock times that do not exist (gap) or exist twice (overlap) in their zone.
DST_EDGES = [
    ("2027-03-28", "02:30", "Europe/Berlin"),  # gap
    ("2027-10-31", "02:30", "Europe/Berlin"),  # overlap
    ("2027-03-14", "02:15", "America/New_York"),  # gap
    ("2027-11-07", "01:30", "America/New_York"),  # overlap
    ("2027-10-03", "02:30", "Australia/Sydney"),  # gap
    ("2027-04-04", "02:30", "Australia/Sydney"),  # overlap
    ("2027-03-28", "01:30", "Europe/Lisbon"),  # gap
    ("2027-10-31", "01:30", "Europe/Lisbon"),  # overlap
    ("9999-12-31", "23:30", "America/Los_Angeles"),  # past the end of the calendar in UTC
    ("0001-01-01", "00:30", "Asia/Tokyo"),  # before its start in UTC
]


def _long(character: str) -> st.SearchStrategy[str]:
    return st.integers(10_001, 12_000).map(lambda n: (character * n)[:n])


long_text = st.sampled_from(["x", "ع", "ש", "😀", "\x00", SCRIPT, "é"]).flatmap(_long)

free_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)

hostile = st.one_of(
    st.sampled_from(MARKUP),
    st.sampled_from(TEXT),
    long_text,
    free_text,
    st.sampled_from(NUMBERS + DATES + TIMES + ZONES + IDS),
)


def _bad(*extra) -> st.SearchStrategy:
    return st.one_of(hostile, st.sampled_from(extra)) if extra else hostile


def fuzz_fields(valid: dict, **extra) -> st.SearchStrategy[dict]:
    """A submission: the valid one with some of its fields (none, a few or many) replaced
    by hostile values (field-specific ones from `extra`), so hostile values reach every
    field together with valid ones and validation goes deep, and some submissions pass."""

    def corrupt(names):
        bad = st.fixed_dictionaries({name: _bad(*extra.get(name, ())) for name in names})
        return bad.map(lambda values: {**valid, **values})

    names = st.lists(st.sampled_from(list(valid)), unique=True, min_size=1).flatmap(corrupt)
    # One submission in eight is the valid one as it is (a language and a double click
    # still vary), so the saving path and duplicates are exercised too.
    return st.integers(0, 7).flatmap(lambda n: st.just(valid) if n == 0 else names)


language = st.sampled_from(LANGUAGES)

# Whether to send the same submission a second time, as a double click would.
twice = st.sampled_from([False, False, True])
