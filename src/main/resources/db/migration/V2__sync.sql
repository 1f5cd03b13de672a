-- The import log keeps the first 500 row errors of an import; this is how many there were in all.
ALTER TABLE directory_import ADD COLUMN error_count integer NOT NULL DEFAULT 0;
