package io.newswire.store.write;

/** The {@code articles} upsert; see {@link ArticleRow} for which version wins. */
public final class ArticleUpsert extends Upsert<ArticleRow> {
    private static final String SQL = """
            INSERT INTO articles AS a (id, url, guid, feed_url, feed_title, title, summary, body, language,
                    source_country, authors, categories, published_at, fetched_at, content_hash, topics, countries, enrichment,
                    enricher_version, enriched_at, listed_at, digest)
            SELECT r.id, r.url, r.guid, r."feedUrl", r."feedTitle", r.title, r.summary, r.body, r.language,
                    r."sourceCountry", coalesce(r.authors, '{}'), coalesce(r.categories, '{}'), r."publishedAt", r."fetchedAt",
                    r."contentHash", coalesce(r.topics, '{}'), coalesce(r.countries, '{}'), r.enrichment,
                    r."enricherVersion", r."enrichedAt", r."listedAt", r.digest
            FROM json_to_recordset(?::json) AS r(id text, url text, guid text, "feedUrl" text, "feedTitle" text,
                    title text, summary text, body text, language text,
                    "sourceCountry" text, authors text[], categories text[],
                    "publishedAt" timestamptz, "fetchedAt" timestamptz, "contentHash" text, topics text[],
                    countries text[], enrichment jsonb, "enricherVersion" text, "enrichedAt" timestamptz,
                    "listedAt" timestamptz, digest text)
            ON CONFLICT (id) DO UPDATE SET
                    url = excluded.url, guid = excluded.guid, feed_url = excluded.feed_url,
                    feed_title = excluded.feed_title, title = excluded.title, summary = excluded.summary,
                    body = excluded.body, language = excluded.language,
                    source_country = excluded.source_country, authors = excluded.authors,
                    categories = excluded.categories, published_at = excluded.published_at,
                    fetched_at = excluded.fetched_at, content_hash = excluded.content_hash,
                    topics = excluded.topics, countries = excluded.countries, enrichment = excluded.enrichment,
                    enricher_version = excluded.enricher_version, enriched_at = excluded.enriched_at,
                    listed_at = excluded.listed_at, digest = excluded.digest,
                    revision = a.revision + 1, updated_at = now()
            WHERE (coalesce(excluded.enriched_at, '-infinity'), coalesce(excluded.fetched_at, '-infinity'),
                    excluded.digest COLLATE "C")
                > (coalesce(a.enriched_at, '-infinity'), coalesce(a.fetched_at, '-infinity'), a.digest COLLATE "C")
            RETURNING id, (xmax = 0) AS inserted
            """;

    public ArticleUpsert() {
        super(ArticleRow::id, ArticleRow.VERSION_ORDER);
    }

    @Override
    protected String sql() {
        return SQL;
    }
}
