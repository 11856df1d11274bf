from decimal import Decimal

import factory
from allauth.account.models import EmailAddress

from cities.enums import CityRole, Continent
from cities.models import City, CityMembership, PartnerMembership, PartnerOrganisation
from mayors_dialogue.models import User

PASSWORD = "a-long-test-password-7"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Faker("name")
    language = "en"
    timezone = ""

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class CityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = City

    name_en = factory.Sequence(lambda n: f"City {n}")
    slug = factory.Sequence(lambda n: f"city-{n}")
    country = "SN"
    continent = Continent.AFRICA
    timezone = "Africa/Dakar"
    latitude = Decimal("14.71667")
    longitude = Decimal("-17.46768")


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation

    name_en = factory.Sequence(lambda n: f"Partner {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")


class CityMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CityMembership

    user = factory.SubFactory(UserFactory)
    city = factory.SubFactory(CityFactory)
    role = CityRole.STAFF


class PartnerMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerMembership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(PartnerOrganisationFactory)
