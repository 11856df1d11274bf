"""Marking support shows an organisation on a proposal; its staff join the discussion only
when the proposing city (or an admin) welcomes them."""

import pytest

from partnerships.models import Comment, CommentNotice, Proposal, Support
from partnerships.services import comment_add


class TestSupportDoesNotOpenTheDiscussionByItself:
    @pytest.fixture
    def proposal(self, city_a, staff_a):
        proposal = Proposal.objects.create(
            city=city_a, title_en="Skills", summary_en="S", kind="peer_learning", status="open"
        )
        comment_add(proposal=proposal, user=staff_a, body="PRIVATE-NOTE between the cities")
        return proposal

    def mark_support(self, client, partner_staff, proposal):
        client.force_login(partner_staff)
        client.post(f"/en/partnerships/proposals/{proposal.pk}/support/", {"kind": "funding"})
        return Support.objects.get()

    def test_a_partner_that_marks_support_does_not_read_or_write_the_discussion(
        self, client, partner_staff, proposal
    ):
        self.mark_support(client, partner_staff, proposal)

        page = client.get(f"/en/partnerships/proposals/{proposal.pk}/").content.decode()
        answer = client.post(f"/en/partnerships/proposals/{proposal.pk}/comments/", {"body": "Hi"})

        assert "PRIVATE-NOTE" not in page
        assert answer.status_code == 403
        assert Comment.objects.count() == 1

    def test_once_welcomed_by_the_proposing_city_it_takes_part(
        self, client, partner_staff, staff_a, proposal
    ):
        support = self.mark_support(client, partner_staff, proposal)
        client.force_login(staff_a)
        client.post(
            f"/en/partnerships/proposals/{proposal.pk}/support/welcome/", {"support": support.pk}
        )
        client.force_login(partner_staff)

        page = client.get(f"/en/partnerships/proposals/{proposal.pk}/").content.decode()
        answer = client.post(f"/en/partnerships/proposals/{proposal.pk}/comments/", {"body": "Hi"})

        assert "PRIVATE-NOTE" in page
        assert answer.status_code == 302
        assert Comment.objects.count() == 2

    def test_another_city_cannot_welcome_it(self, client, partner_staff, staff_b, proposal):
        support = self.mark_support(client, partner_staff, proposal)
        client.force_login(staff_b)

        answer = client.post(
            f"/en/partnerships/proposals/{proposal.pk}/support/welcome/", {"support": support.pk}
        )

        support.refresh_from_db()
        assert (answer.status_code, support.welcomed_at) == (403, None)

    def test_comment_digests_skip_partners_not_welcomed(
        self, client, partner_staff, staff_a, mayor_a, proposal
    ):
        self.mark_support(client, partner_staff, proposal)

        comment_add(proposal=proposal, user=staff_a, body="Another")

        assert set(CommentNotice.objects.values_list("user__email", flat=True)) == {mayor_a.email}
