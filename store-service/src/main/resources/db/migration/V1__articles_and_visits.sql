-- Newswire store: enriched articles, diplomatic visits and the link between them.
--
-- Every row carries a digest of its content and the version facts (enriched_at/fetched_at for articles, the source
-- Kafka offset for visits) that the consumer's upserts compare, so a redelivered or older record never overwrites a
-- newer one and an identical one changes nothing (revision counts real changes).

CREATE TABLE articles (
    id               text        PRIMARY KEY,
    url              text,
    guid             text,
    feed_url         text,
    feed_title       text,
    title            text,
    summary          text,
    body             text,
    language         text,
    authors          text[]      NOT NULL DEFAULT '{}',
    categories       text[]      NOT NULL DEFAULT '{}',
    published_at     timestamptz,
    fetched_at       timestamptz,
    content_hash     text,
    topics           text[]      NOT NULL DEFAULT '{}',
    countries        text[]      NOT NULL DEFAULT '{}',
    enrichment       jsonb       NOT NULL,
    enricher_version text,
    enriched_at      timestamptz,
    -- what lists sort and filter on: publication time, else fetch time (feeds do not always date their items)
    listed_at        timestamptz NOT NULL,
    digest           text        NOT NULL,
    revision         integer     NOT NULL DEFAULT 1,
    stored_at        timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    -- 'simple' keeps every language's words as written: feeds mix languages, and a stemmer for one mangles the rest
    search           tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                         || setweight(to_tsvector('simple', coalesce(summary, '')), 'B')
                         || setweight(to_tsvector('simple', coalesce(body, '')), 'C')) STORED,
    CONSTRAINT articles_id_length CHECK (char_length(id) <= 512)
);

CREATE INDEX articles_listed_idx    ON articles (listed_at DESC, id DESC);
CREATE INDEX articles_search_idx    ON articles USING gin (search);
CREATE INDEX articles_topics_idx    ON articles USING gin (topics);
CREATE INDEX articles_countries_idx ON articles USING gin (countries);

CREATE TABLE visits (
    id                 text        PRIMARY KEY,
    visitor_countries  text[]      NOT NULL,
    host_country       text        NOT NULL,
    visitors           jsonb       NOT NULL DEFAULT '[]',
    hosts              jsonb       NOT NULL DEFAULT '[]',
    start_date         date,
    end_date           date,
    -- what lists sort on: the start date, else the end date, else 0001-01-01 (undated visits come last)
    listed_on          date        NOT NULL,
    status             text        NOT NULL,
    cameo_code         text,
    evidence           jsonb       NOT NULL DEFAULT '[]',
    source_article_ids text[]      NOT NULL DEFAULT '{}',
    digest             text        NOT NULL,
    source_topic       text        NOT NULL,
    source_partition   integer     NOT NULL,
    source_offset      bigint      NOT NULL,
    revision           integer     NOT NULL DEFAULT 1,
    stored_at          timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT visits_id_length CHECK (char_length(id) <= 512),
    CONSTRAINT visits_host_iso CHECK (host_country ~ '^[A-Z]{2}$'),
    CONSTRAINT visits_status CHECK (status IN ('planned', 'ongoing', 'completed', 'cancelled')),
    CONSTRAINT visits_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE INDEX visits_listed_idx   ON visits (listed_on DESC, id DESC);
CREATE INDEX visits_host_idx     ON visits (host_country);
CREATE INDEX visits_visitors_idx ON visits USING gin (visitor_countries);
CREATE INDEX visits_status_idx   ON visits (status);
CREATE INDEX visits_start_idx    ON visits (start_date);
CREATE INDEX visits_end_idx      ON visits ((coalesce(end_date, start_date)));

-- Which articles report which visit, as the visit's merged record says (sourceArticleIds). No foreign key to
-- articles: the two topics are consumed independently, so a visit may be stored before the articles it cites.
CREATE TABLE article_visits (
    visit_id   text NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    article_id text NOT NULL,
    PRIMARY KEY (visit_id, article_id)
);

CREATE INDEX article_visits_article_idx ON article_visits (article_id);
