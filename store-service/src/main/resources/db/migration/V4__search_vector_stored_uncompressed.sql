-- The full-text vector is stored as it is, without trying to compress it: a tsvector hardly compresses (pglz gives up
-- on it), and the attempt costs a few percent of an article's insert (backend CPU for 10,000 inserts: 4.19 and
-- 4.21 s with EXTERNAL against 4.37 and 4.69 s with the default EXTENDED, same server, alternated). Rows stored
-- before keep their value as it is; this changes only how new values are stored, never what they hold.
ALTER TABLE articles ALTER COLUMN search SET STORAGE EXTERNAL;
