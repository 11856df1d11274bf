from decimal import Decimal

import factory
from allauth.account.models import EmailAddress

from cities.enums import CityRole, Continent
from cities.models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    Mayor,
    PartnerMembership,
    PartnerOrganisation,
    Theme,
)
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


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name_en = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    position = factory.Sequence(lambda n: n)


class CityNeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CityNeed

    city = factory.SubFactory(CityFactory)
    theme = factory.SubFactory(ThemeFactory)
    description_en = "Advice on welcoming newcomers."


class CityPotentialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CityPotential

    city = factory.SubFactory(CityFactory)
    theme = factory.SubFactory(ThemeFactory)
    description_en = "Experience with data on mobility."


class GoodPracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GoodPractice

    city = factory.SubFactory(CityFactory)
    title_en = factory.Sequence(lambda n: f"Initiative {n}")
    description_en = "A one-stop centre for newcomers."
    start_year = 2018


class MayorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mayor

    city = factory.SubFactory(CityFactory)
    name = factory.Faker("name")
    title = "mayor"
    gender = "f"
