import GRDB

/// The store's tables. Every fact keeps its provenance: the document, its `[span_start, span_end)`
/// scalar offsets into `documents.text`, and the index of its sentence.
enum Schema {
    /// Bumped whenever a table changes; a store of another version must be rebuilt.
    static let version = 1

    /// Every table the schema creates, in an order that can be dropped (dependents first).
    static let tables = [
        "documents_fts", "pending", "actions", "dates", "percentages", "figures", "mentions",
        "entity_keys", "entities", "registry", "sentences", "documents", "meta",
    ]

    /// The tables of this version. A store records the version that created it (`meta`); a store
    /// of another version is rebuilt from its source files rather than migrated, since records are
    /// cheap to extract again and a rebuild also applies the current lexicon.
    static let sql = """
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;

        -- One row per source file. path_key (absolute, standardized) is the file's identity;
        -- sha256 is of its bytes, so an unchanged file is skipped. The record is kept as JSON
        -- (without its text, which is the `text` column) for exports.
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path_key TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            record_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT,
            published TEXT,
            year INTEGER,
            text TEXT NOT NULL,
            record TEXT NOT NULL,
            indexed_at TEXT NOT NULL
        );
        CREATE INDEX documents_record_id ON documents(record_id);
        CREATE INDEX documents_year ON documents(year);

        CREATE TABLE sentences (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            PRIMARY KEY (document_id, ordinal)
        ) WITHOUT ROWID;

        -- The registry: one row per real-world person, organization, place or program of the
        -- whole archive; entities of single documents point to it.
        CREATE TABLE registry (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            acronym TEXT,
            documents INTEGER NOT NULL DEFAULT 0,
            mentions INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX registry_kind_name ON registry(kind, name);

        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            acronym TEXT,
            aliases TEXT NOT NULL,
            honorifics TEXT NOT NULL,
            degrees TEXT NOT NULL,
            roles TEXT NOT NULL,
            registry_id INTEGER REFERENCES registry(id)
        );
        CREATE INDEX entities_document ON entities(document_id);
        CREATE INDEX entities_registry ON entities(registry_id);

        -- Normalized names by which entities of different documents are recognized as one.
        -- (Primary-key columns first: SQLite 3.40's integrity_check misreads WITHOUT ROWID tables
        -- whose key columns are not the leading ones.)
        CREATE TABLE entity_keys (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (entity_id, key)
        ) WITHOUT ROWID;
        CREATE INDEX entity_keys_key ON entity_keys(kind, key);

        CREATE TABLE mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            sentence INTEGER
        );
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE INDEX mentions_document ON mentions(document_id);

        CREATE TABLE figures (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            text TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            PRIMARY KEY (document_id, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE percentages (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            value REAL,
            min REAL,
            max REAL,
            about TEXT,
            text TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            PRIMARY KEY (document_id, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE dates (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            value TEXT NOT NULL,
            year INTEGER,
            text TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            PRIMARY KEY (document_id, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX dates_year ON dates(year);

        CREATE TABLE actions (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            year INTEGER NOT NULL,
            status TEXT NOT NULL,
            text TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            PRIMARY KEY (document_id, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX actions_year_status ON actions(year, status);

        -- Files still to index after a rebuild emptied the store (so a killed rebuild resumes).
        CREATE TABLE pending (path_key TEXT PRIMARY KEY NOT NULL, path TEXT NOT NULL) WITHOUT ROWID;

        -- Full text of titles and bodies, analyzed by the `warta` tokenizer (WartaTokenizer);
        -- the text itself stays in `documents`, which the triggers keep the index in step with.
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id', tokenize='warta'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        """
}
