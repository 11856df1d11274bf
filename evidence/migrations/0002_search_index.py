from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS evidence_search_vector_gin "
            "ON evidence_evidencedocument USING gin (search_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS evidence_search_vector_gin")


class Migration(migrations.Migration):
    """The full-text index exists only on PostgreSQL; SQLite searches without it."""

    dependencies = [("evidence", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
