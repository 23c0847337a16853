-- The outlet's country (ISO 3166-1 alpha-2) that ingest stamps on articles: from the feed list, else the feed host's
-- country-code domain. Null for rows stored before it existed and for outlets on generic domains.
ALTER TABLE articles ADD COLUMN source_country text;
