package io.newswire.store.write;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The {@code visits} upsert, which also keeps {@code article_visits} equal to each written visit's sources. */
public final class VisitUpsert extends Upsert<VisitRow> {
    private static final String SQL = """
            INSERT INTO visits AS v (id, visitor_countries, host_country, visitors, hosts, start_date, end_date,
                    listed_on, status, cameo_code, evidence, source_article_ids, digest, source_topic,
                    source_partition, source_offset)
            SELECT r.id, coalesce(r."visitorCountries", '{}'), r."hostCountry", coalesce(r.visitors, '[]'),
                    coalesce(r.hosts, '[]'), r."startDate", r."endDate", r."listedOn", r.status, r."cameoCode",
                    coalesce(r.evidence, '[]'), coalesce(r."sourceArticleIds", '{}'), r.digest, r."sourceTopic",
                    r."sourcePartition", r."sourceOffset"
            FROM json_to_recordset(?::json) AS r(id text, "visitorCountries" text[], "hostCountry" text,
                    visitors jsonb, hosts jsonb, "startDate" date, "endDate" date, "listedOn" date, status text,
                    "cameoCode" text, evidence jsonb, "sourceArticleIds" text[], digest text, "sourceTopic" text,
                    "sourcePartition" integer, "sourceOffset" bigint)
            ON CONFLICT (id) DO UPDATE SET
                    visitor_countries = excluded.visitor_countries, host_country = excluded.host_country,
                    visitors = excluded.visitors, hosts = excluded.hosts, start_date = excluded.start_date,
                    end_date = excluded.end_date, listed_on = excluded.listed_on, status = excluded.status,
                    cameo_code = excluded.cameo_code, evidence = excluded.evidence,
                    source_article_ids = excluded.source_article_ids, digest = excluded.digest,
                    source_topic = excluded.source_topic, source_partition = excluded.source_partition,
                    source_offset = excluded.source_offset, revision = v.revision + 1, updated_at = now()
            WHERE v.digest <> excluded.digest
              AND (excluded.source_offset > v.source_offset
                   OR excluded.source_partition <> v.source_partition
                   OR excluded.source_topic <> v.source_topic)
            RETURNING id, (xmax = 0) AS inserted
            """;
    private static final String UNLINK = """
            DELETE FROM article_visits av USING visits v
            WHERE av.visit_id = v.id AND v.id = ANY(?) AND av.article_id <> ALL(v.source_article_ids)
            """;
    private static final String LINK = """
            INSERT INTO article_visits (visit_id, article_id)
            SELECT v.id, s.article_id FROM visits v, unnest(v.source_article_ids) AS s(article_id)
            WHERE v.id = ANY(?)
            ON CONFLICT DO NOTHING
            """;

    public VisitUpsert() {
        super(VisitRow::id, VisitRow.VERSION_ORDER);
    }

    @Override
    protected String sql() {
        return SQL;
    }

    @Override
    protected void afterWrite(Connection c, List<Change> changes) throws SQLException {
        Array ids = c.createArrayOf("text", changes.stream().map(Change::id).toArray());
        try (PreparedStatement unlink = c.prepareStatement(UNLINK); PreparedStatement link = c.prepareStatement(LINK)) {
            unlink.setArray(1, ids);
            unlink.executeUpdate();
            link.setArray(1, ids);
            link.executeUpdate();
        } finally {
            ids.free();
        }
    }
}
