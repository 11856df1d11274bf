from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0008_attendees_from_names"),
    ]

    operations = [
        migrations.RemoveField(model_name="rsvp", name="attendees"),
    ]
