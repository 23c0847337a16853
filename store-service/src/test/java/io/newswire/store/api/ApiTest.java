package io.newswire.store.api;

import static io.newswire.store.Infra.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.newswire.embedded.junit.KafkaBootstrap;
import io.newswire.embedded.junit.WithInfra;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.PostgresServer;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Json;
import io.newswire.model.TopicCode;
import io.newswire.model.Topics;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import io.newswire.runtime.OpsEndpoints;
import io.newswire.store.Events;
import io.newswire.store.Infra;
import io.newswire.store.StoreConfig;
import io.newswire.store.StoreService;
import io.newswire.store.query.ArticleQuery;
import io.newswire.store.query.StatsQuery;
import io.newswire.store.query.TimelineQuery;
import io.newswire.store.query.TopicTrendQuery;
import io.newswire.store.query.VisitFilter;
import io.newswire.store.query.VisitQuery;
import io.newswire.store.stream.StreamFilter;
import io.newswire.store.stream.StreamHub;
import io.newswire.store.write.ArticleRow;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@WithInfra
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private final ApiFixture fixture = new ApiFixture();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HikariDataSource db;
    private Topics topics;
    private StoreService service;
    private String base;
    private String bootstrap;

    record Response(int status, JsonNode json, String text) {
    }

    @BeforeAll
    void start(@KafkaBootstrap String bootstrap, EmbeddedKafka kafka, PostgresServer pg) throws Exception {
        this.bootstrap = bootstrap;
        db = Infra.database(pg);
        topics = Infra.topics(kafka);
        StoreConfig config = Infra.config(bootstrap, topics, pg, db);
        service = StoreService.start(config);
        base = "http://localhost:" + service.httpPort();
        try (KafkaProducer<byte[], byte[]> p = Infra.producer(bootstrap); Admin admin = kafka.admin()) {
            fixture.articles.forEach(a -> p.send(record(topics.articlesEnriched(), a.id(), a)));
            fixture.visits.forEach(v -> p.send(record(topics.visits(), v.id(), v)));
            p.flush();
            Infra.awaitCaughtUp(admin, config.groupId(),
                    List.of(topics.articlesEnriched().name(), topics.visits().name()), Duration.ofSeconds(60));
        }
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private Response get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            json = Json.mapper().readTree(r.body());
        }
        return new Response(r.statusCode(), json, r.body());
    }

    private static String q(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Follows nextCursor to the end, returning every id in order. */
    private List<String> allPages(String path, String query, int limit) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            String url = path + "?limit=" + limit + (query.isEmpty() ? "" : "&" + query)
                    + (cursor == null ? "" : "&" + q("cursor", cursor));
            Response r = get(url);
            assertThat(r.status()).as(url + " " + r.text()).isEqualTo(200);
            r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
            assertThat(r.json().get("items").size()).isLessThanOrEqualTo(limit);
            JsonNode next = r.json().get("nextCursor");
            if (next == null || next.isNull()) {
                return ids;
            }
            cursor = next.asText();
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void articlePagesReturnEveryRowExactlyOnceNewestFirst() throws Exception {
        List<String> expected = fixture.articleIds(a -> true);
        for (int limit : new int[] {1, 7, 200}) {
            List<String> ids = allPages("/api/articles", "", limit);
            assertThat(ids).as("limit " + limit).containsExactlyElementsOf(expected);
            assertThat(new HashSet<>(ids)).hasSize(ApiFixture.ARTICLES);
        }
        assertThat(get("/api/articles").json().get("items")).hasSize(ArticleQuery.DEFAULT_LIMIT);
    }

    static Stream<Object[]> articleFilters() {
        Instant from = Events.T0.plusSeconds(60L * 10);
        Instant to = Events.T0.plusSeconds(60L * 20);
        return Stream.of(
                new Object[] {q("q", "summit"), (Predicate<EnrichedArticle>) a -> a.title().startsWith("Summit")},
                new Object[] {q("q", "\"summit talks\" -10"),
                    (Predicate<EnrichedArticle>) a -> a.title().startsWith("Summit") && !a.title().endsWith(" 10")},
                new Object[] {q("q", "Body"), (Predicate<EnrichedArticle>) a -> true},
                new Object[] {q("topic", "trade_investment"),
                    (Predicate<EnrichedArticle>) a -> ArticleRow.topicCodes(a.enrichment()).contains("trade_investment")},
                new Object[] {q("country", "fr"),
                    (Predicate<EnrichedArticle>) a -> ArticleRow.countryCodes(a.enrichment()).contains("FR")},
                new Object[] {q("from", from.toString()) + "&" + q("to", to.toString()),
                    (Predicate<EnrichedArticle>) a -> !a.publishedAt().isBefore(from) && !a.publishedAt().isAfter(to)},
                new Object[] {q("from", "2025-03-01") + "&" + q("to", "2025-03-01"),
                    (Predicate<EnrichedArticle>) a -> true},
                new Object[] {q("to", "2025-02-28"), (Predicate<EnrichedArticle>) a -> false},
                new Object[] {q("topic", "bilateral_relations") + "&" + q("country", "DE") + "&" + q("q", "summit"),
                    (Predicate<EnrichedArticle>) a -> ArticleRow.topicCodes(a.enrichment()).contains("bilateral_relations")
                            && ArticleRow.countryCodes(a.enrichment()).contains("DE")
                            && a.title().startsWith("Summit")});
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("articleFilters")
    void articleFiltersSelectExactlyTheMatchingRows(String query, Predicate<EnrichedArticle> expected)
            throws Exception {
        List<String> want = fixture.articleIds(expected);
        assertThat(allPages("/api/articles", query, 4)).as(query).containsExactlyElementsOf(want);
    }

    @Test
    void articleFiltersAreNotAllVacuous() {
        // guards the parameterised test above: each interesting filter must select some rows and leave some out
        assertThat(fixture.articleIds(a -> a.title().startsWith("Summit"))).hasSize(6);
        assertThat(fixture.articleIds(a -> ArticleRow.countryCodes(a.enrichment()).contains("DE"))).hasSize(15);
    }

    @Test
    void oneArticleHasItsBodyEnrichmentAndCitingVisits() throws Exception {
        Response r = get("/api/articles/" + Events.articleId(3));
        assertThat(r.status()).isEqualTo(200);
        EnrichedArticle a = fixture.articles.get(3);
        assertThat(r.json().get("title").asText()).isEqualTo(a.title());
        assertThat(r.json().get("body").asText()).isEqualTo(a.body());
        assertThat(r.json().get("enrichment").get("topics").get(0).get("code").asText()).isEqualTo("bilateral_relations");
        assertThat(r.json().get("visitIds").get(0).asText()).isEqualTo(Events.visitId(3));
        assertThat(r.json().get("revision").asInt()).isEqualTo(1);

        Response missing = get("/api/articles/no-such-article");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
        Response tooLong = get("/api/articles/" + "x".repeat(600));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("parameter").asText()).isEqualTo("id");
    }

    @Test
    void theOutletsCountryIsStoredAndReturnedInListsAndDetails() throws Exception {
        assertThat(get("/api/articles/" + Events.articleId(3)).json().get("sourceCountry").asText()).isEqualTo("NG");
        assertThat(get("/api/articles/" + Events.articleId(4)).json().get("sourceCountry").isNull()).isTrue();
        JsonNode items = get("/api/articles?limit=200").json().get("items");
        assertThat(items).hasSize(ApiFixture.ARTICLES);
        for (JsonNode item : items) {
            EnrichedArticle a = fixture.articles.stream().filter(x -> x.id().equals(item.get("id").asText()))
                    .findFirst().orElseThrow();
            assertThat(item.get("sourceCountry").isNull() ? null : item.get("sourceCountry").asText())
                    .as(a.id()).isEqualTo(a.sourceCountry());
        }
    }

    @Test
    void visitPagesReturnEveryRowExactlyOnceNewestFirstUndatedLast() throws Exception {
        List<String> expected = fixture.visitIds(v -> true);
        for (int limit : new int[] {1, 6}) {
            assertThat(allPages("/api/visits", "", limit)).as("limit " + limit).containsExactlyElementsOf(expected);
        }
    }

    static Stream<Object[]> visitFilters() {
        LocalDate from = LocalDate.of(2025, 2, 10);
        LocalDate to = LocalDate.of(2025, 3, 5);
        return Stream.of(
                new Object[] {q("host", "de"), (Predicate<Visit>) v -> v.hostCountry().equals("DE")},
                new Object[] {q("visitor", "CN"), (Predicate<Visit>) v -> v.visitorCountries().contains("CN")},
                new Object[] {q("status", "completed"), (Predicate<Visit>) v -> v.status() == VisitStatus.COMPLETED},
                new Object[] {q("from", from.toString()) + "&" + q("to", to.toString()),
                    (Predicate<Visit>) v -> ApiFixture.overlaps(v, from, to)},
                new Object[] {q("from", "2025-04-01"), (Predicate<Visit>) v -> ApiFixture.overlaps(v, LocalDate.of(
                        2025, 4, 1), LocalDate.MAX)},
                new Object[] {q("host", "DE") + "&" + q("visitor", "FR") + "&" + q("status", "planned"),
                    (Predicate<Visit>) v -> v.hostCountry().equals("DE") && v.visitorCountries().contains("FR")
                            && v.status() == VisitStatus.PLANNED},
                new Object[] {q("country", "fr"), (Predicate<Visit>) v -> v.hostCountry().equals("FR")
                        || v.visitorCountries().contains("FR")},
                new Object[] {q("q", "PRESIDENT 3"), (Predicate<Visit>) v -> ApiFixture.text(v).contains("president 3")},
                new Object[] {q("q", "visits JP") + "&" + q("country", "CN"),
                    (Predicate<Visit>) v -> ApiFixture.text(v).contains("visits jp")
                            && (v.hostCountry().equals("CN") || v.visitorCountries().contains("CN"))});
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("visitFilters")
    void visitFiltersSelectExactlyTheMatchingRows(String query, Predicate<Visit> expected) throws Exception {
        List<String> want = fixture.visitIds(expected);
        assertThat(want).as("the fixture must make this filter select something").isNotEmpty();
        assertThat(allPages("/api/visits", query, 3)).as(query).containsExactlyElementsOf(want);
    }

    @Test
    void wildcardsInTheVisitSearchAreMatchedAsWritten() throws Exception {
        for (String wildcard : new String[] {"%25", "_", "%5C"}) {
            Response r = get("/api/visits?q=" + wildcard);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("items")).as(wildcard).isEmpty();
        }
        assertThat(get("/api/visits?q=minister").json().get("items")).isNotEmpty();
    }

    @Test
    void oneVisitHasItsEvidenceAndSourcesStoredOrNot() throws Exception {
        Visit v = fixture.visits.get(7);
        Response r = get("/api/visits/" + v.id());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("visit").get("hostCountry").asText()).isEqualTo(v.hostCountry());
        assertThat(r.json().get("visit").get("visitors").get(0).get("name").asText()).isEqualTo("Minister 7");
        assertThat(r.json().get("evidence").get(0).get("text").asText()).isEqualTo(v.evidence().get(0).text());
        JsonNode sources = r.json().get("sources");
        assertThat(sources).hasSize(2);
        assertThat(sources.get(0).get("id").asText()).isEqualTo(Events.articleId(7));
        assertThat(sources.get(0).get("stored").asBoolean()).isTrue();
        assertThat(sources.get(0).get("title").asText()).isEqualTo(fixture.articles.get(7).title());
        assertThat(sources.get(1).get("id").asText()).isEqualTo("art-missing-7");
        assertThat(sources.get(1).get("stored").asBoolean()).isFalse();
        assertThat(r.json().get("visit").get("outlets").asInt()).as("one stored source, one feed").isEqualTo(1);
        assertThat(get("/api/visits/visit-none").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"pair,", "host,", "visitor,", "month,", "pair,&status=planned", "visitor,&visitor=FR",
        "host,&from=2025-02-01&to=2025-02-28"})
    void statisticsCountWhatTheFixtureHolds(String groupBy, String extra) throws Exception {
        String query = "?groupBy=" + groupBy + (extra == null ? "" : extra);
        Response r = get("/api/stats/visits" + query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("groupBy").asText()).isEqualTo(groupBy);
        Predicate<Visit> filter = v -> true;
        if (query.contains("status=planned")) {
            filter = v -> v.status() == VisitStatus.PLANNED;
        } else if (query.contains("visitor=FR")) {
            filter = v -> v.visitorCountries().contains("FR");
        } else if (query.contains("from=")) {
            filter = v -> ApiFixture.overlaps(v, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        }
        Map<String, Long> expected = fixture.visits.stream().filter(filter)
                .filter(v -> !groupBy.equals("month") || v.startDate() != null)
                .collect(Collectors.groupingBy(v -> switch (groupBy) {
                    case "pair" -> v.visitorCountries().get(0) + ">" + v.hostCountry();
                    case "host" -> v.hostCountry();
                    case "visitor" -> v.visitorCountries().get(0);
                    default -> v.startDate().toString().substring(0, 7);
                }, TreeMap::new, Collectors.counting()));
        Map<String, Long> actual = new TreeMap<>();
        List<Long> counts = new ArrayList<>();
        for (JsonNode g : r.json().get("groups")) {
            String key = switch (groupBy) {
                case "pair" -> g.get("visitor").asText() + ">" + g.get("host").asText();
                case "host" -> g.get("host").asText();
                case "visitor" -> g.get("visitor").asText();
                default -> g.get("month").asText();
            };
            actual.put(key, g.get("count").asLong());
            counts.add(g.get("count").asLong());
        }
        assertThat(actual).isEqualTo(expected);
        if (!groupBy.equals("month")) {
            assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }
    }

    @Test
    void anUnknownTopicCodeIsA400ThatListsTheValidCodes() throws Exception {
        Response r = get("/api/articles?topic=diplomacy");
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.json().get("parameter").asText()).isEqualTo("topic");
        assertThat(r.json().get("message").asText()).contains("diplomacy")
                .contains(TopicCode.all().stream().map(TopicCode::code).toList());
        // a known code in any case is accepted
        assertThat(get("/api/articles?topic=Trade_Investment").status()).isEqualTo(200);
    }

    @Test
    void topicsEndpointListsEveryCodeWithItsIptcMediaTopic() throws Exception {
        Response r = get("/api/topics");
        assertThat(r.status()).isEqualTo(200);
        List<String> codes = new java.util.ArrayList<>();
        r.json().forEach(t -> {
            codes.add(t.get("code").asText());
            assertThat(t.get("iptc").asText()).matches("medtop:\\d{8}");
            assertThat(t.get("iptcLabel").asText()).isNotBlank();
            assertThat(t.get("meaning").asText()).isNotBlank();
        });
        assertThat(codes).containsExactlyElementsOf(TopicCode.all().stream().map(TopicCode::code).toList());
    }

    @ParameterizedTest
    @CsvSource({"day,", "week,", "month,", "week,&status=planned&country=DE"})
    void theTimelineCountsVisitsPerStartBucketAndStatus(String interval, String extra) throws Exception {
        // up to the fixture's last day: another test adds a visit in May
        Response r = get("/api/stats/timeline?to=2025-04-30&interval=" + interval + (extra == null ? "" : extra));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("interval").asText()).isEqualTo(interval);
        Predicate<Visit> filter = extra == null ? v -> true : v -> v.status() == VisitStatus.PLANNED
                && (v.hostCountry().equals("DE") || v.visitorCountries().contains("DE"));
        Map<String, Long> expected = fixture.visits.stream().filter(filter).filter(v -> v.startDate() != null)
                .collect(Collectors.groupingBy(v -> ApiFixture.bucket(v.startDate(), interval) + " "
                        + v.status().name().toLowerCase(java.util.Locale.ROOT), TreeMap::new, Collectors.counting()));
        Map<String, Long> actual = new TreeMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode b : r.json().get("buckets")) {
            actual.put(b.get("start").asText() + " " + b.get("status").asText(), b.get("count").asLong());
            order.add(b.get("start").asText());
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(order).isSorted();
    }

    @Test
    void topicTrendsCountArticlesPerTopicAndPeriod() throws Exception {
        Response r = get("/api/stats/topics?interval=day&country=FR&to=2025-03-01");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        Map<String, Long> expected = fixture.articles.stream()
                .filter(a -> a.enrichment().countries().stream().anyMatch(c -> c.code().equals("FR")))
                .filter(a -> ArticleRow.listedAt(a).isBefore(LocalDate.of(2025, 3, 2).atStartOfDay(
                        java.time.ZoneOffset.UTC).toInstant()))
                .flatMap(a -> a.enrichment().topics().stream().map(t -> ArticleRow.listedAt(a).toString()
                        .substring(0, 10) + " " + t.code()))
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        Map<String, Long> actual = new TreeMap<>();
        r.json().get("buckets").forEach(b -> actual.put(b.get("start").asText() + " " + b.get("topic").asText(),
                b.get("count").asLong()));
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theSummarySaysHowManyVisitsFromHowManyArticlesOverWhichDates() throws Exception {
        // Germany up to the fixture's last day: another test adds a visit and articles elsewhere
        JsonNode de = get("/api/stats/summary?country=DE&to=2025-04-30").json();
        List<Visit> visits = fixture.visits.stream().filter(v -> v.startDate() != null && (v.hostCountry()
                .equals("DE") || v.visitorCountries().contains("DE"))).toList();
        assertThat(visits).isNotEmpty();
        assertThat(de.get("visits").asInt()).isEqualTo(visits.size());
        assertThat(de.get("undated").asInt()).isZero();
        assertThat(de.get("sourceArticles").asInt()).isEqualTo(2 * visits.size()); // stored or not
        assertThat(de.get("articles").asLong()).isEqualTo(fixture.articles.stream().filter(a -> a.enrichment()
                .countries().stream().anyMatch(c -> c.code().equals("DE"))).count());
        assertThat(de.get("firstDate").asText()).isEqualTo(visits.stream().map(Visit::startDate)
                .min(java.util.Comparator.naturalOrder()).orElseThrow().toString());
        assertThat(de.get("lastDate").asText()).isEqualTo("2025-04-30");
        assertThat(fixture.visits.get(25).startDate()).isNull();
        JsonNode undated = get("/api/stats/summary?country=DE&status=" + fixture.visits.get(25).status().name()
                .toLowerCase(java.util.Locale.ROOT)).json();
        assertThat(undated.get("undated").asLong()).isEqualTo(fixture.visits.stream().filter(v -> v.startDate() == null
                && v.status() == fixture.visits.get(25).status() && (v.hostCountry().equals("DE")
                || v.visitorCountries().contains("DE"))).count()).isPositive();

        JsonNode us = get("/api/stats/summary?country=US&from=2025-02-01&to=2025-02-28").json();
        assertThat(us.get("visits").asLong()).isEqualTo(fixture.visits.stream().filter(v -> (v.hostCountry()
                .equals("US") || v.visitorCountries().contains("US")) && ApiFixture.overlaps(v,
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28))).count());
        assertThat(us.get("articles").asLong()).as("every article is published on 2025-03-01").isZero();
        assertThat(us.get("firstDate").asText()).isEqualTo("2025-02-01");
        assertThat(us.get("lastDate").asText()).isEqualTo("2025-02-28");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/articles?limit=0|limit", "/api/articles?limit=201|limit", "/api/articles?limit=abc|limit",
        "/api/articles?limit=99999999999999999999|limit", "/api/articles?country=FRA|country",
        "/api/articles?from=2025-13-01|from", "/api/articles?to=yesterday|to",
        "/api/articles?from=2025-03-02&to=2025-03-01|from", "/api/articles?cursor=bm9wZQ|cursor",
        "/api/articles?topic=a%20b|topic", "/api/articles?colour=red|colour", "/api/articles?q=a&q=b|q",
        "/api/articles?from=%2B100000-01-01T00:00:00Z|from", "/api/articles?q=%00|q",
        "/api/visits?status=maybe|status", "/api/visits?host=D|host", "/api/visits?from=2025-02-30|from",
        "/api/visits?limit=-5|limit", "/api/stats/visits?groupBy=planet|groupBy", "/api/stats/visits?limit=5000|limit",
        "/api/stream?country=France|country", "/api/stream?since=1|since", "/api/visits?country=F|country",
        "/api/stats/visits?q=%01|q", "/api/stats/timeline?interval=year|interval", "/api/stats/timeline?to=x|to",
        "/api/stats/topics?country=XYZ|country", "/api/stats/topics?from=2025-03-02&to=2025-03-01|from",
        "/api/stats/topics?status=planned|status", "/api/stats/summary?limit=3|limit",
        "/api/stats/summary?from=2025-03-02&to=2025-03-01|from", "/api/articles?topic=diplomacy|topic",
        "/api/stream?topic=politics|topic"})
    void badParametersAre400sThatNameTheParameter(String url, String parameter) throws Exception {
        Response r = get(url);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("bad_parameter");
        assertThat(r.json().get("parameter").asText()).isEqualTo(parameter);
        assertThat(r.json().get("message").asText()).isNotBlank();
    }

    @Test
    void aCursorOfOneListIsRefusedByTheOther() throws Exception {
        String articleCursor = get("/api/articles?limit=1").json().get("nextCursor").asText();
        Response r = get("/api/visits?" + q("cursor", articleCursor));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asText()).isEqualTo("cursor");
    }

    @Test
    void healthReportsEachCheckAndMetricsCountStoredRecords() throws Exception {
        Response health = get("/health");
        assertThat(health.status()).as(health.text()).isEqualTo(200);
        assertThat(health.json().get("checks").get("database").asText()).isEqualTo("UP");
        assertThat(health.json().get("checks").get("kafka").asText()).isEqualTo("UP");
        assertThat(health.json().get("checks").get("consumer").asText()).isEqualTo("UP");
        Response metrics = get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).containsPattern(
                "newswire_store_records_total\\{[^}]*kind=\"article\",outcome=\"inserted\"[^}]*} [1-9]");
        assertThat(get("/no/such/path").status()).isEqualTo(404);
    }

    @Test
    void everyEndpointAnswersAsItsOpenApiDescriptionSays() throws Exception {
        OpenApiResponses openApi = new OpenApiResponses();
        String article = fixture.articles.get(2).id();
        String visit = fixture.visits.get(12).id();
        List<String> urls = List.of(
                "/api/articles", "/api/articles?limit=3", "/api/articles?topic=health&country=FR",
                "/api/articles?limit=0", "/api/articles?topic=diplomacy", "/api/articles?colour=red",
                "/api/articles/" + article, "/api/articles/" + "0".repeat(32), "/api/articles/bad%20id",
                "/api/visits", "/api/visits?status=planned&limit=5", "/api/visits?host=D",
                "/api/visits/" + visit, "/api/visits/" + fixture.visits.get(0).id(), "/api/visits/no-such-visit",
                "/api/stats/visits", "/api/stats/visits?groupBy=host", "/api/stats/visits?groupBy=month",
                "/api/stats/visits?groupBy=visitor", "/api/stats/visits?groupBy=planet",
                "/api/stats/timeline", "/api/stats/timeline?interval=month&country=FR", "/api/stats/timeline?interval=year",
                "/api/stats/topics?interval=week", "/api/stats/topics?country=XYZ", "/api/stats/summary",
                "/api/stats/summary?country=FR&from=2025-01-01",
                "/api/topics", "/api/stream?country=France", "/openapi.json", "/health", "/health/ready",
                "/health/live", "/metrics");
        Set<String> covered = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String url : urls) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + url))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            openApi.template(path).ifPresent(covered::add);
            problems.addAll(openApi.problems(path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.body()));
        }
        // the stream never ends: its status and content type are checked on the first line
        var stream = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stream?country=FR")).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        try (var lines = stream.body()) {
            assertThat(lines.findFirst()).contains(": connected");
        }
        covered.add("/api/stream");
        problems.addAll(openApi.problems("/api/stream", stream.statusCode(),
                stream.headers().firstValue("Content-Type").orElse(null), ""));

        assertThat(problems).isEmpty();
        List<String> documented = new ArrayList<>();
        get("/openapi.json").json().get("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(covered).as("every documented path was called").containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void theOpenApiValidationCatchesAResponseThatDisagrees() throws Exception {
        OpenApiResponses openApi = new OpenApiResponses();
        assertThat(openApi.problems("/api/topics", 200, "application/json", "[{\"code\": \"diplomacy\"}]"))
                .isNotEmpty();
        assertThat(openApi.problems("/api/articles", 200, "application/json", "{\"items\": [], \"nextCursor\": 5}"))
                .isNotEmpty();
        assertThat(openApi.problems("/api/topics", 418, "application/json", "{}")).isNotEmpty();
        assertThat(openApi.problems("/api/articles", 200, "text/html", "<p>")).isNotEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteAndExactlyItsParameters() throws Exception {
        Response doc = get("/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        JsonNode paths = doc.json().get("paths");
        List<StoreApi.Route> routes;
        try (StoreApi api = StoreApi.start(0, db, new StreamHub(), OpsEndpoints.newRegistry("test"), List.of())) {
            routes = api.routes();
        }
        assertThat(routes).extracting(StoreApi.Route::path).contains("/api/articles", "/api/articles/{id}",
                "/api/visits", "/api/visits/{id}", "/api/stats/visits", "/api/stream", "/health", "/metrics");
        for (StoreApi.Route route : routes) {
            JsonNode op = paths.path(route.path()).path(route.method().toLowerCase(java.util.Locale.ROOT));
            assertThat(op.isMissingNode()).as(route + " is documented").isFalse();
            assertThat(op.get("responses")).as(route + " responses").isNotNull();
        }
        assertThat(paths.size()).as("no documented path the API does not serve").isEqualTo(
                routes.stream().map(StoreApi.Route::path).distinct().count());
        Map<String, Set<String>> accepted = new LinkedHashMap<>();
        accepted.put("/api/articles", ArticleQuery.PARAMETERS);
        accepted.put("/api/visits", VisitQuery.PARAMETERS);
        accepted.put("/api/stats/visits", StatsQuery.PARAMETERS);
        accepted.put("/api/stats/timeline", TimelineQuery.PARAMETERS);
        accepted.put("/api/stats/topics", TopicTrendQuery.PARAMETERS);
        accepted.put("/api/stats/summary", Set.copyOf(VisitFilter.PARAMETERS));
        accepted.put("/api/stream", StreamFilter.PARAMETERS);
        accepted.put("/api/articles/{id}", Set.of("id"));
        accepted.put("/api/visits/{id}", Set.of("id"));
        accepted.forEach((path, names) -> {
            Set<String> documented = new HashSet<>();
            paths.get(path).get("get").get("parameters").forEach(p -> documented.add(p.get("name").asText()));
            assertThat(documented).as(path).isEqualTo(names);
        });
    }

    @Test
    void aStreamClientReceivesANewlyStoredArticleWithinTwoSeconds() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var response = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/stream?country=JP")).GET()
                .build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = Thread.ofVirtual().start(() -> response.join().body().forEach(lines::add));
        try {
            String first = lines.poll(30, TimeUnit.SECONDS);
            assertThat(first).isEqualTo(": connected"); // subscribed: what is stored from now on is streamed
            assertThat(response.join().statusCode()).isEqualTo(200);
            try (KafkaProducer<byte[], byte[]> p = Infra.producer(bootstrap)) {
                EnrichedArticle other = Events.article(500, "Elsewhere", Instant.now(), List.of("health"),
                        List.of("BR"));
                p.send(record(topics.articlesEnriched(), other.id(), other)).get();
                EnrichedArticle wanted = Events.article(501, "Tokyo talks", Instant.now(), List.of("bilateral_relations"),
                        List.of("JP"));
                p.send(record(topics.articlesEnriched(), wanted.id(), wanted)).get();
                long sent = System.nanoTime();
                String[] event = Infra.nextEvent(lines);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
                assertThat(event[0]).isEqualTo("article");
                JsonNode article = Json.mapper().readTree(event[1]);
                assertThat(article.get("id").asText()).isEqualTo(wanted.id()); // the BR article was filtered out
                assertThat(article.get("countries").get(0).asText()).isEqualTo("JP");
                assertThat(millis).as("ms from send to event").isLessThanOrEqualTo(2_000);

                Visit toJapan = Events.visit(900, "FR", "JP", LocalDate.of(2025, 5, 1), VisitStatus.PLANNED,
                        List.of(wanted.id()));
                p.send(record(topics.visits(), toJapan.id(), toJapan)).get();
                String[] visitEvent = Infra.nextEvent(lines);
                assertThat(visitEvent[0]).isEqualTo("visit");
                assertThat(Json.mapper().readTree(visitEvent[1]).get("hostCountry").asText()).isEqualTo("JP");
            }
        } finally {
            response.cancel(true);
            reader.interrupt();
        }
    }

    /** Values that have broken query APIs before: injection shapes, huge numbers, bad dates, bad encodings. */
    private static final List<String> NASTY = List.of("' OR 1=1 --", "1; DROP TABLE articles; --", "\" OR \"\"=\"",
            "%00", "%zz", "%", "%%", "%E2%28%A1", "%F0%9F%98%80", "99999999999999999999", "-1", "0", "2147483648",
            "-2147483649", "1e10", "NaN", "2024-13-45", "+275760-09-13T00:00:00Z", "0000-01-01", "9999-12-31",
            "-999999999-01-01", "2025-03-01T25:61:00Z", "été", "\uD835\uDD18nicode", "<script>alert(1)</script>",
            "../../etc/passwd", "${jndi:ldap://x/a}", "null", "[]", "{}", ",,,", "FR,DE", "fr", "ZZ", " ", "",
            "a:b:c", "YTo1OmJhcg", "YTotOTIyMzM3MjAzNjg1NDc3NTgwODozMw", "dj4xOjA", "!", "*", "\\", "&", "=",
            "planned", "pair", "month", "summit", "\"unterminated", "a & b | !c", "(((", "x".repeat(3000));
    private static final List<String> NAMES = List.of("q", "topic", "country", "from", "to", "limit", "cursor",
            "host", "visitor", "status", "groupBy", "x", "q[]", "", "'", "limit%00", "%zz");
    private static final List<String> PATHS = List.of("/api/articles", "/api/visits", "/api/stats/visits",
            "/api/stats/timeline", "/api/stats/topics", "/api/stats/summary",
            "/api/articles/", "/api/visits/");

    @Test
    void twoHundredRandomAndMaliciousQueryStringsNeverCauseA5xx() throws Exception {
        Random random = new Random(42);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int n = 0; n < 200; n++) {
            String path = PATHS.get(random.nextInt(PATHS.size()));
            if (path.endsWith("/")) {
                path += encodeSome(NASTY.get(random.nextInt(NASTY.size())), random);
            }
            StringBuilder query = new StringBuilder();
            int params = random.nextInt(4);
            for (int i = 0; i < params; i++) {
                query.append(i == 0 ? "?" : "&").append(NAMES.get(random.nextInt(NAMES.size()))).append('=')
                        .append(encodeSome(NASTY.get(random.nextInt(NASTY.size())), random));
            }
            String target = path + query;
            int status = rawGet(target);
            statuses.merge(status, 1, Integer::sum);
            assertThat(status).as(target).isBetween(200, 499);
        }
        assertThat(statuses).as("the mix must exercise both answers").containsKeys(200, 400);
    }

    /** Sometimes properly percent-encoded, sometimes raw (only what a request line cannot carry is escaped). */
    private static String encodeSome(String value, Random random) {
        if (random.nextBoolean()) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}#".indexOf(c) >= 0) {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** A GET over a plain socket, so that malformed targets reach the server as they are. */
    private int rawGet(String target) throws Exception {
        try (Socket s = new Socket("localhost", service.httpPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(s.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            assertThat(statusLine).as(target).startsWith("HTTP/1.1 ");
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
