from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

CACHE_TABLE = "django_cache_limits"


def create_cache_table(apps, schema_editor):
    """Whatever CACHES says while migrating (the test settings use memory): every process
    that runs with the database cache finds its table."""
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, CACHE_TABLE, dry_run=False)


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {CACHE_TABLE}")


class Migration(migrations.Migration):
    """The database cache of the rate limits (mayors_dialogue.limits), apart from the pages."""

    dependencies = [("mayors_dialogue", "0005_loaded_row")]

    operations = [migrations.RunPython(create_cache_table, drop_cache_table)]
