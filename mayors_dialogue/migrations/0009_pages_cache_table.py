from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

CACHE_TABLE = "django_cache_pages"


def create_cache_table(apps, schema_editor):
    """Whatever CACHES says while migrating (the test settings use memory): every process
    that runs with the database cache finds its table."""
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, CACHE_TABLE, dry_run=False)


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {CACHE_TABLE}")


class Migration(migrations.Migration):
    """The database cache of the pages (mayors_dialogue.caching), apart from the default cache that holds allauth's rate limits and the versions."""

    dependencies = [("mayors_dialogue", "0008_user_notifications_unread")]

    operations = [migrations.RunPython(create_cache_table, drop_cache_table)]
