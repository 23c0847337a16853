package io.newswire.launcher.dashboard;

import io.newswire.ingest.IngestTopics;
import io.newswire.launcher.up.DataDir;
import io.newswire.launcher.up.LocalStack;
import io.newswire.model.Article;
import io.newswire.model.CountryMention;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Evidence;
import io.newswire.model.Json;
import io.newswire.model.Official;
import io.newswire.model.Topic;
import io.newswire.model.TopicSpecs;
import io.newswire.model.Topics;
import io.newswire.model.TopicTag;
import io.newswire.model.Visit;
import io.newswire.model.VisitStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the dashboard takes to load with many visits stored: a stack as {@code newswire up} runs it, filled with
 * generated visits and articles (through Kafka and the store's consumer, as real ones arrive), then the page loaded
 * in headless Chromium again and again. A load counts from navigation start until the page has drawn the answer to
 * every request it makes (summary, map, timeline, first page of the table, topics, articles).
 *
 * <p>The baseline, measured in the same round, is the bare network and server time of the same page: the browser
 * fetching, without drawing anything, every URL the page fetched (document, script, styles, map, API answers), all
 * at once. The ratio says what the page's own work costs on top of what the server must send anyway.
 *
 * <p>Run with {@code bin/dashboard-bench [visits] [rounds]} (defaults: 10000 visits, 7 rounds).
 */
public final class DashboardLoadBench {
    private static final String[] COUNTRIES = ("US GB FR DE IT ES PL UA RU TR IR IQ SA AE QA EG IL JO LB SY IN PK CN JP "
            + "KR KP VN TH ID MY SG PH AU NZ CA MX BR AR CL CO PE VE ZA NG KE ET DZ MA TN GH SN AO HU RO GR SE NO FI "
            + "DK NL BE CH AT CZ").split(" ");
    private static final String[] TOPICS = {"diplomacy", "bilateral_relations", "trade_investment", "security",
        "defense", "energy", "humanitarian", "peace_process", "technology", "climate"};
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    private DashboardLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        if (Browser.missing().isPresent()) {
            System.err.println("dashboard bench: " + Browser.missing().get());
            System.exit(2);
        }
        Path root = Files.createTempDirectory("newswire-dashboard-bench-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        DataDir data = new DataDir(root.resolve("data"));
        LocalStack stack = LocalStack.start(new LocalStack.Options(data, 0, 0, new TopicSpecs.Partitions(3, 2), null,
                Duration.ofMinutes(5), false, List.of(), List.of(), Topics.defaults(), IngestTopics.defaults()),
                line -> { });
        try (stack) {
            String base = "http://localhost:" + stack.httpPort() + "/";
            long t0 = System.nanoTime();
            fill(stack.bootstrapServers(), visits, visits / 2);
            awaitStored(base, visits);
            System.out.printf("stored %,d visits and %,d articles in %.1f s%n", visits, visits / 2,
                    (System.nanoTime() - t0) / 1e9);
            try (Browser browser = Browser.start(1280, 900)) {
                measure(browser.driver(), base, rounds);
            }
        } finally {
            data.wipe();
            Files.deleteIfExists(root);
        }
    }

    private static void measure(WebDriver d, String base, int rounds) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        List<Double> pages = new ArrayList<>();
        List<Double> raws = new ArrayList<>();
        for (int round = -2; round < rounds; round++) { // two rounds to warm up the JVM, the database and the browser
            d.get("about:blank");
            d.get(base);
            new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> {
                WebElement body = x.findElement(By.tagName("body"));
                return "ready".equals(body.getAttribute("data-state"))
                        && "false".equals(body.getAttribute("data-loading"));
            });
            double page = ((Number) js.executeScript("return window.newswireReadyAt")).doubleValue();
            String shown = d.findElement(By.id("summary")).getText();
            long rows = d.findElements(By.cssSelector("#visits tbody tr")).size();
            long arcs = d.findElements(By.cssSelector("#map path.arc")).size();
            // the same URLs, fetched together by the same browser with nothing drawn
            double raw = ((Number) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const urls = [location.href, ...performance.getEntriesByType('resource').map(e => e.name)
                        .filter(u => !u.includes('/api/stream'))];
                    const t = performance.now();
                    Promise.all(urls.map(u => fetch(u).then(r => r.arrayBuffer())))
                        .then(() => done(performance.now() - t), e => done(-1));
                    """)).doubleValue();
            if (round < 0) {
                continue;
            }
            pages.add(page);
            raws.add(raw);
            System.out.printf("round %d: page ready in %.0f ms (%d rows, %d arcs, \"%s\"); same requests alone %.0f ms%n",
                    round + 1, page, rows, arcs, shown, raw);
        }
        double page = median(pages);
        double raw = median(raws);
        System.out.printf("%nmedian of %d: page ready %.0f ms, its requests alone %.0f ms, ratio %.2f; under 2 s: %s%n",
                rounds, page, raw, page / raw, page < 2000 ? "yes" : "NO");
    }

    private static void fill(String bootstrap, int visits, int articles) throws Exception {
        Topics topics = Topics.defaults();
        Random random = new Random(42);
        Instant start = FIRST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < articles; i++) {
                Instant published = start.plusSeconds(random.nextLong(730L * 86_400));
                List<String> countries = List.of(pick(random), pick(random));
                Article a = new Article(Article.SCHEMA_VERSION, "bench-a" + i, "https://bench.example/" + i,
                        "bench-" + i, "https://outlet" + (i % 25) + ".example/feed", "Outlet " + (i % 25),
                        "Generated headline " + i, "Generated summary " + i, "Generated body of article " + i + ".",
                        "en", List.of(), List.of(), published, published.plusSeconds(60), "bench-hash-" + i);
                Enrichment e = new Enrichment(List.of(),
                        List.of(new TopicTag(TOPICS[random.nextInt(TOPICS.length)], "bench", 0.9)),
                        countries.stream().distinct().map(c -> new CountryMention(c, 1)).toList(), List.of(),
                        "bench-1", published.plusSeconds(120));
                send(producer, topics.articlesEnriched(), a.id(), EnrichedArticle.of(a, e));
            }
            VisitStatus[] statuses = VisitStatus.values();
            for (int i = 0; i < visits; i++) {
                String visitor = pick(random);
                String host = pick(random);
                while (host.equals(visitor)) {
                    host = pick(random);
                }
                LocalDate day = FIRST.plusDays(random.nextInt(1100)); // some ahead of today: planned
                List<String> sources = new ArrayList<>();
                for (int s = 0; s < 1 + random.nextInt(3); s++) {
                    sources.add("bench-a" + random.nextInt(articles));
                }
                Visit v = new Visit("bench-v" + i, List.of(visitor), host,
                        List.of(new Official("Visitor " + i, "foreign minister", visitor)),
                        List.of(new Official("Host " + i, "president", host)), day, day.plusDays(random.nextInt(3)),
                        statuses[random.nextInt(statuses.length)], Visit.CAMEO_MAKE_VISIT,
                        List.of(new Evidence("Visitor " + i + " will visit " + host + " for talks.", 0, 40)),
                        sources.stream().distinct().toList());
                send(producer, topics.visits(), v.id(), v);
            }
            producer.flush();
        }
    }

    private static <V> void send(KafkaProducer<byte[], byte[]> producer, Topic<String, V> topic, String key, V value) {
        producer.send(new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value)));
    }

    private static void awaitStored(String base, int visits) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/stats/summary")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && Json.mapper().readTree(r.body()).get("visits").asInt() >= visits) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the store did not take " + visits + " visits in 10 minutes: " + r.body());
            }
            Thread.sleep(500);
        }
    }

    private static String pick(Random random) {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
