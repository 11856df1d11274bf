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
    form = CityProfileForm(instance=city_a, working_language="pt")

    groups = form.language_groups()
    assert [group["code"] for group in groups] == ["pt", "en", "de", "fr"]
    assert [field.name for field in groups[2]["fields"]] == [
        "description_de",
        "migration_context_de",
        "official_languages_de",
    ]
    # The city's name is a proper name: one field, in the language it was written in.
    (name,) = form.proper_name_fields()
    assert name["field"].name == "name_en"
    assert [t["field"].name for t in name["translations"]] == ["name_pt", "name_de", "name_fr"]
