from tests.meetings.conftest import make_meeting  # noqa: F401 -- shared fixture
