from django.db import migrations, models
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce


def fill_city_timezones(apps, schema_editor):
    User = apps.get_model("mayors_dialogue", "User")
    CityMembership = apps.get_model("cities", "CityMembership")
    first_city_zone = (
        CityMembership.objects.filter(user=OuterRef("pk")).order_by("pk").values("city__timezone")
    )
    User.objects.update(city_timezone=Coalesce(Subquery(first_city_zone[:1]), Value("")))


class Migration(migrations.Migration):
    dependencies = [
        ("mayors_dialogue", "0003_cache_table"),
        ("cities", "0003_invitations"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="city_timezone",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.RunPython(fill_city_timezones, migrations.RunPython.noop),
    ]
