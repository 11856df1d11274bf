from cities.forms import CityProfileForm
from cities.models import City
from mayors_dialogue.translated import translated_fields_of
from meetings.models import Meeting


def test_translated_fields_come_in_the_models_order_in_every_process():
    # modeltranslation keeps them as a set, whose order changes with PYTHONHASHSEED
    assert translated_fields_of(City) == (
        "name",
        "description",
        "migration_context",
        "official_languages",
    )
    assert translated_fields_of(Meeting) == ("title", "description", "outcomes")


def test_the_city_editor_groups_its_translated_fields_in_that_order(city_a):
    form = CityProfileForm(instance=city_a)

    assert [field.name for field in form.language_groups()[1]["fields"]] == [
        "name_de",
        "description_de",
        "migration_context_de",
        "official_languages_de",
    ]
