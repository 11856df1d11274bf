from django.db import migrations


def names_to_attendees(apps, schema_editor):
    """Each name of an answer's list (the form asked for "names, separated by commas")
    becomes a person attending, in the same order; the names are kept as written."""
    RSVP = apps.get_model("meetings", "RSVP")
    Attendee = apps.get_model("meetings", "Attendee")
    for rsvp in RSVP.objects.exclude(attendees="").only("pk", "attendees").iterator():
        names = [name.strip() for name in rsvp.attendees.split(",") if name.strip()]
        Attendee.objects.bulk_create(
            Attendee(rsvp_id=rsvp.pk, position=position, name=name[:150])
            for position, name in enumerate(names)
        )


def attendees_to_names(apps, schema_editor):
    RSVP = apps.get_model("meetings", "RSVP")
    Attendee = apps.get_model("meetings", "Attendee")
    for rsvp in RSVP.objects.filter(people__isnull=False).distinct():
        names = Attendee.objects.filter(rsvp=rsvp).order_by("position", "pk")
        rsvp.attendees = ", ".join(names.values_list("name", flat=True))[:500]
        rsvp.save(update_fields=["attendees"])


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0007_attendees_and_spoken_language"),
    ]

    operations = [
        migrations.RunPython(names_to_attendees, attendees_to_names),
    ]
