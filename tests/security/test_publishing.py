"""Who may name a partner as a document's publisher: its own staff, and admins."""

from evidence.models import EvidenceDocument
from tests.evidence.conftest import upload_data
from tests.factories import PartnerMembershipFactory, PartnerOrganisationFactory


class TestThePublisherIsOneOfTheUploadersOrganisations:
    def test_partner_staff_cannot_name_another_partner(self, client, db):
        odi = PartnerMembershipFactory(organisation__name_en="ODI")
        other = PartnerOrganisationFactory(name_en="Other foundation")
        client.force_login(odi.user)

        response = client.post(
            "/fr/evidence/new/",
            upload_data(publisher=other.pk, external_url="https://example.org/brief"),
        )

        assert response.status_code == 200
        assert "Sélectionnez un choix valide." in response.content.decode()
        assert EvidenceDocument.objects.count() == 0

    def test_partner_staff_name_their_own_organisation(self, client, db):
        odi = PartnerMembershipFactory(organisation__name_en="ODI")
        client.force_login(odi.user)

        response = client.post(
            "/en/evidence/new/",
            upload_data(publisher=odi.organisation.pk, external_url="https://example.org/brief"),
        )

        assert response.status_code == 302
        assert EvidenceDocument.objects.get().publisher == odi.organisation

    def test_admins_name_any_partner(self, client, admin_user, db):
        other = PartnerOrganisationFactory(name_en="Other foundation")
        client.force_login(admin_user)

        response = client.post(
            "/en/evidence/new/",
            upload_data(publisher=other.pk, external_url="https://example.org/brief"),
        )

        assert response.status_code == 302
        assert EvidenceDocument.objects.get().publisher == other

    def test_the_form_offers_only_the_uploaders_organisations(self, client, db):
        odi = PartnerMembershipFactory(organisation__name_en="ODI")
        PartnerOrganisationFactory(name_en="Other foundation")
        client.force_login(odi.user)

        html = client.get("/en/evidence/new/").content.decode()

        assert "Other foundation" not in html
        assert ">ODI</option>" in html
