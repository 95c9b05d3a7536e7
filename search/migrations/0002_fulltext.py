"""Full-text structures that Django's ORM does not describe, one set per database vendor.

SQLite: an FTS5 table over the analysed columns (external content, kept in step by triggers).
PostgreSQL: a generated tsvector column ('simple' config: the stems are ours) with a GIN index.
"""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title_analysed, analysed, parts,
        content='search_searchdocument', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', detail='full')""",
    """CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, title_analysed, analysed, parts)
        VALUES (new.id, new.title_analysed, new.analysed, new.parts);
    END""",
    """CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_analysed, analysed, parts)
        VALUES ('delete', old.id, old.title_analysed, old.analysed, old.parts);
    END""",
    """CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_analysed, analysed, parts)
        VALUES ('delete', old.id, old.title_analysed, old.analysed, old.parts);
        INSERT INTO search_fts(rowid, title_analysed, analysed, parts)
        VALUES (new.id, new.title_analysed, new.analysed, new.parts);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TRIGGER IF EXISTS search_fts_ai",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES = [
    """ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_analysed), 'A')
        || setweight(to_tsvector('simple', analysed), 'B')
        || setweight(to_tsvector('simple', parts), 'D')) STORED""",
    "CREATE INDEX search_document_vector_gin ON search_searchdocument USING GIN (vector)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector",
]


class VendorRunSQL(migrations.RunSQL):
    """RunSQL that only runs on one database vendor."""

    def __init__(self, vendor, sql, reverse_sql):
        super().__init__(sql, reverse_sql)
        self.vendor = vendor

    def deconstruct(self):
        name, args, kwargs = super().deconstruct()
        return name, [self.vendor, kwargs.pop("sql"), kwargs.pop("reverse_sql", None)], kwargs

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        VendorRunSQL("sqlite", SQLITE, SQLITE_REVERSE),
        VendorRunSQL("postgresql", POSTGRES, POSTGRES_REVERSE),
    ]
