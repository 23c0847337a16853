-- The searchable vector is built from a bounded prefix of each field: a tsvector holds at most 1 MB, and a long
-- article (a 900 KB body) would otherwise be refused whole. The row keeps the text itself (see ArticleRow).
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', left(coalesce(title, ''), 2000)), 'A')
    || setweight(to_tsvector('simple', left(coalesce(summary, ''), 20000)), 'B')
    || setweight(to_tsvector('simple', left(coalesce(body, ''), 100000)), 'C')) STORED;
CREATE INDEX articles_search_idx ON articles USING gin (search);
