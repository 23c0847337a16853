package io.newswire.launcher.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.newswire.embedded.TempDirs;
import io.newswire.embedded.kafka.EmbeddedKafka;
import io.newswire.embedded.postgres.EmbeddedPostgres;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Topics;
import io.newswire.store.StoreConfig;
import io.newswire.store.schema.Database;
import io.newswire.store.write.ArticleRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newswire bench}: every stage of the pipeline measured in one run on the in-process broker and PostgreSQL,
 * as items per second and as ratios to baselines measured in the same run on the same records, plus the whole
 * pipeline as {@code up --fresh --archive} runs it and the latency from publish to stored at a fixed rate.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the pipeline stage by stage on an in-process Kafka broker and PostgreSQL, on generated "
                + "wire stories (a quarter of them visit reports): raw produce and consume (baselines), an "
                + "exactly-once consume→produce copy (the topology's baseline), the replay of a generated RSS archive, "
                + "the enrich topology, raw batched JDBC inserts (the store's baseline) and the store consumer, the "
                + "whole pipeline as `up --fresh --archive` runs it, and publish→stored latency at a fixed rate.",
                "Prints a table with ratios to the baselines and the acceptance points of issue #13; --json writes "
                        + "the same as JSON."})
public final class BenchCommand implements Callable<Integer> {
    /** Every stage, in the order of the table. */
    static final List<String> STAGES = List.of("produce", "consume", "eos-copy", "replay", "topology",
            "topology-pretagged", "topology-novisits", "jdbc", "upsert", "store", "pipeline", "latency");
    static final List<String> DEFAULT_STAGES = List.of("produce", "consume", "eos-copy", "replay", "topology",
            "jdbc", "store", "pipeline", "latency");
    private static final long SEED = 42;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--items", paramLabel = "N", defaultValue = "100000",
            description = "Articles generated and measured in every stage (default ${DEFAULT-VALUE}; --quick: 10000).")
    int items;

    @Option(names = "--rate", paramLabel = "PER_S", defaultValue = "500",
            description = "Articles per second offered in the latency stage (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--latency-seconds", paramLabel = "S", defaultValue = "20",
            description = "How long the latency stage offers --rate (default ${DEFAULT-VALUE}; --quick: 10).")
    int latencySeconds;

    @Option(names = "--stages", paramLabel = "STAGE", split = ",",
            description = {"The stages to run, comma-separated (default: all but the three diagnostic ones): "
                    + "produce, consume, eos-copy, replay, topology, jdbc, store, pipeline, latency; diagnostic: "
                    + "topology-pretagged (tagging done in advance: Streams and the visit merge alone), "
                    + "topology-novisits (the same without visits: what the merge costs), upsert (the store's "
                    + "upserts without Kafka). A stage's baseline runs untimed when it is not asked for."})
    List<String> stages = new ArrayList<>();

    @Option(names = "--quick", description = "A smaller run for a first look: 10,000 items, 10 s of latency.")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "${env:TOPIC_PARTITIONS:-6}",
            description = "Partitions of every topic, as `up` creates them (env TOPIC_PARTITIONS; default "
                    + "${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--store-consumers", paramLabel = "N", defaultValue = "${env:CONSUMERS:-"
            + StoreConfig.DEFAULT_CONSUMERS + "}",
            description = "Consumers of the store, each with its own database connection, as the service runs them "
                    + "(env CONSUMERS; default ${DEFAULT-VALUE}); the JDBC baseline uses as many connections.")
    int storeConsumers;

    @Option(names = "--stage-timeout", paramLabel = "S", defaultValue = "240",
            description = "A stage still running after this many seconds stops and is reported incomplete, with "
                    + "its rate so far (default ${DEFAULT-VALUE}).")
    int stageTimeout;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "${sys:java.io.tmpdir}",
            description = "Where the run's broker, database, archive and stream state live, in a folder of their "
                    + "own deleted afterwards; as root it must be reachable by 'nobody' (default ${DEFAULT-VALUE}).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (quick && !parsed.hasMatchedOption("--items")) {
            items = 10_000;
        }
        if (quick && !parsed.hasMatchedOption("--latency-seconds")) {
            latencySeconds = 10;
        }
        Set<String> selected = validate();
        long start = System.nanoTime();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("items", items);
        run.put("visitShare", BenchCorpus.VISIT_SHARE);
        run.put("partitions", partitions);
        run.put("storeConsumers", storeConsumers);
        run.put("rate", rate);
        run.put("latencySeconds", latencySeconds);
        run.put("stages", selected);
        run.put("loadAverageAtStart", BenchReport.loadAverage());
        out.printf(Locale.ROOT, "newswire bench: %,d articles, stages %s, on %d cores (load %s)%n", items,
                String.join(",", selected), Runtime.getRuntime().availableProcessors(), BenchReport.loadAverage());

        Files.createDirectories(workDir);
        // as root, the embedded PostgreSQL runs as 'nobody', who must be able to reach its data folder
        Path root = workDir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempDirectory(workDir, "newswire-bench-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")))
                : Files.createTempDirectory(workDir, "newswire-bench-");
        List<StageResult> results = new ArrayList<>();
        // Ctrl-C: the broker and PostgreSQL stop by their own hooks; the folder (a few hundred MB) goes too
        Thread cleanup = new Thread(() -> TempDirs.deleteQuietly(root), "newswire-bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            long t = System.nanoTime();
            BenchCorpus corpus = BenchCorpus.generate(items, SEED);
            Path archive = selected.contains("replay") || selected.contains("pipeline")
                    ? BenchArchive.write(root.resolve("archive"), corpus.articles()) : null;
            run.put("averageArticleJsonBytes", Math.round(corpus.averageBytes()));
            out.printf(Locale.ROOT, "generated %,d articles (%,.0f bytes of JSON each, %,d visit reports)%s in %.1f s%n",
                    items, corpus.averageBytes(), corpus.visitReports(), archive == null ? ""
                            : " and their RSS archive (" + size(archive) / 1_000_000 + " MB)",
                    RawKafka.seconds(t));
            out.flush();
            // first, as `up` would run on a fresh JVM: the whole pipeline, on its own broker and database
            if (selected.contains("pipeline")) {
                results.add(report(out, PipelineRun.run(root.resolve("pipeline"), archive, partitions, items,
                        timeout())));
            }
            Set<String> rest = new LinkedHashSet<>(selected);
            rest.remove("pipeline");
            if (!rest.isEmpty()) {
                measureStages(out, rest, corpus, archive, root, results);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            TempDirs.deleteQuietly(root);
        }
        double total = RawKafka.seconds(start);
        run.put("loadAverageAtEnd", BenchReport.loadAverage());
        run.put("benchSeconds", BenchReport.round(total));
        run.put("jvmUptimeSeconds", BenchReport.round(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
        results.sort(Comparator.comparingInt(r -> STAGES.indexOf(r.name())));
        BenchReport report = new BenchReport(results, run);
        List<BenchReport.Check> checks = report.acceptance(items, rate, total);
        report.printTable(out, checks);
        out.printf(Locale.ROOT, "bench took %.1f s (load average now %s)%n", total, BenchReport.loadAverage());
        if (json != null) {
            report.writeJson(json, checks);
            out.println("wrote " + json);
        }
        out.flush();
        return results.stream().allMatch(StageResult::complete) ? 0 : 1;
    }

    /** Every stage but the pipeline, on one broker and one database started for them. */
    private void measureStages(PrintWriter out, Set<String> selected, BenchCorpus corpus, Path archive, Path root,
            List<StageResult> results) throws Exception {
        long t = System.nanoTime();
        var k = CompletableFuture.supplyAsync(() -> EmbeddedKafka.builder().dataDir(root.resolve("kafka"))
                .defaultPartitions(partitions).start());
        var pg = CompletableFuture.supplyAsync(() -> EmbeddedPostgres.builder().dataDir(root.resolve("postgres"))
                .start());
        try (EmbeddedKafka kafka = k.join(); EmbeddedPostgres postgres = pg.join();
                HikariDataSource db = Database.pool(postgres.jdbcUrl(EmbeddedPostgres.DATABASE), postgres.user(),
                        postgres.password(), storeConsumers + 3)) {
            Database.migrate(db);
            out.printf(Locale.ROOT, "broker and PostgreSQL started in %.1f s%n", RawKafka.seconds(t));
            String raw = "bench.raw";
            Path state = root.resolve("streams");
            brokerStages(out, selected, kafka, corpus, archive, raw, state, results);
            Topics enrichedByTopology = TopologyRun.topics(raw, "topology");
            StageResult topology = topologyStages(out, selected, kafka, corpus, raw, enrichedByTopology, state,
                    results);
            if (selected.contains("jdbc") || selected.contains("store") || selected.contains("upsert")) {
                storeStages(out, selected, kafka, postgres, db, corpus, raw, enrichedByTopology, topology, results);
            }
            if (selected.contains("latency")) {
                results.add(report(out, LatencyRun.run(kafka, postgres.jdbcUrl(EmbeddedPostgres.DATABASE),
                        postgres.user(), postgres.password(), db, corpus, partitions, rate,
                        Duration.ofSeconds(latencySeconds), state, storeConsumers)));
            }
        }
    }

    /** The baselines on the broker alone, and the replay. */
    private void brokerStages(PrintWriter out, Set<String> selected, EmbeddedKafka kafka, BenchCorpus corpus,
            Path archive, String raw, Path state, List<StageResult> results) throws IOException {
        String bootstrap = kafka.bootstrapServers();
        RawKafka.createArticleTopics(kafka, partitions, raw);
        keep(out, results, selected, RawKafka.produce(bootstrap, raw, corpus));
        if (selected.contains("consume") || selected.contains("eos-copy")) {
            keep(out, results, selected, RawKafka.consume(bootstrap, raw, items, timeout()));
        }
        if (selected.contains("eos-copy")) {
            var like = TopologyRun.config(bootstrap, TopologyRun.topics(raw, "copy"), "copy", state, partitions);
            results.add(report(out, RawKafka.exactlyOnceCopy(kafka, raw, partitions, items,
                    like.streamsProperties(), TopologyRun.commitInterval(like), timeout())));
        }
        if (selected.contains("replay")) {
            results.add(report(out, ReplayRun.run(kafka, archive, partitions, items)));
        }
    }

    /** The topology with the rule tagger, and the diagnostic passes; returns the first, or null when not run. */
    private StageResult topologyStages(PrintWriter out, Set<String> selected, EmbeddedKafka kafka, BenchCorpus corpus,
            String raw, Topics enrichedByTopology, Path state, List<StageResult> results) {
        StageResult topology = null;
        if (selected.contains("topology")) {
            topology = report(out, TopologyRun.run("topology", "raw articles tagged by the enrich topology "
                    + "(exactly-once, the rule tagger), first to last enriched article", kafka,
                    enrichedByTopology, partitions, items, RuleTagger.standard(), state, timeout()));
            results.add(topology);
        }
        Map<String, Enrichment> tagged = selected.contains("topology-pretagged")
                || selected.contains("topology-novisits") ? tagInAdvance(out, corpus) : Map.of();
        if (selected.contains("topology-pretagged")) {
            Tagger precomputed = a -> tagged.get(a.id());
            results.add(report(out, TopologyRun.run("topology-pretagged", "the topology with tagging done in "
                    + "advance: Streams, the repeat filter and the visit merge", kafka,
                    TopologyRun.topics(raw, "pretagged"), partitions, items, precomputed, state, timeout())));
        }
        if (selected.contains("topology-novisits")) {
            Tagger withoutVisits = a -> {
                Enrichment e = tagged.get(a.id());
                return new Enrichment(List.of(), e.topics(), e.countries(), e.people(), e.enricherVersion(),
                        e.enrichedAt());
            };
            results.add(report(out, TopologyRun.run("topology-novisits", "the topology tagged in advance, "
                    + "without visits: no merge work", kafka, TopologyRun.topics(raw, "novisits"), partitions, items,
                    withoutVisits, state, timeout())));
        }
        return topology;
    }

    /**
     * The store's input is what the topology wrote when it ran to the end in this run; otherwise the corpus tagged
     * here and published to an enriched topic of its own (untimed).
     */
    private void storeStages(PrintWriter out, Set<String> selected, EmbeddedKafka kafka, EmbeddedPostgres postgres,
            HikariDataSource db, BenchCorpus corpus, String raw, Topics byTopology, StageResult topology,
            List<StageResult> results) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        String enrichedTopic;
        List<EnrichedArticle> enriched;
        if (topology != null && topology.complete()) {
            enrichedTopic = byTopology.articlesEnriched().name();
            enriched = RawKafka.readAll(bootstrap, enrichedTopic, Topics.ENRICHED_ARTICLE.deserializer());
        } else {
            enrichedTopic = "bench.enriched.tagged";
            Map<String, Enrichment> tagged = tagInAdvance(out, corpus);
            enriched = corpus.articles().stream().map(a -> EnrichedArticle.of(a, tagged.get(a.id()))).toList();
            RawKafka.createArticleTopics(kafka, partitions, enrichedTopic);
            publish(bootstrap, enrichedTopic, enriched);
        }
        StoreConfig config = StoreConfig.defaults().withKafka(bootstrap, "bench-store")
                .withTopics(Topics.named(raw, enrichedTopic, "bench.store.visits", "bench.store.deadletter"))
                .withDatabase(postgres.jdbcUrl(EmbeddedPostgres.DATABASE), postgres.user(), postgres.password())
                .withConsumers(storeConsumers);
        kafka.createTopics(partitions, Map.of(), List.of("bench.store.visits"));
        kafka.createTopics(1, Map.of(), List.of("bench.store.deadletter"));
        List<ArticleRow> rows = enriched.stream().map(ArticleRow::of).toList();
        keep(out, results, selected, StoreRun.rawJdbc(db, rows, config.batchSize(), storeConsumers));
        if (selected.contains("upsert")) {
            results.add(report(out, StoreRun.upsertOnly(db, enriched, config.batchSize(), storeConsumers)));
        }
        if (selected.contains("store")) {
            results.add(report(out, StoreRun.store(config, db, enriched.size(), timeout())));
        }
    }

    private Map<String, Enrichment> tagInAdvance(PrintWriter out, BenchCorpus corpus) {
        long t = System.nanoTime();
        Tagger rules = RuleTagger.standard();
        Map<String, Enrichment> tagged = new ConcurrentHashMap<>();
        corpus.articles().parallelStream().forEach(a -> tagged.put(a.id(), rules.tag(a)));
        out.printf(Locale.ROOT, "tagged the corpus in advance (untimed) in %.1f s%n", RawKafka.seconds(t));
        out.flush();
        return tagged;
    }

    private static void publish(String bootstrap, String topic, List<EnrichedArticle> articles) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // untimed: on a machine so busy that the broker answers late, wait for it rather than expire a batch (the
        // idempotent producer would then resend from a reset sequence, which the broker refuses over and over)
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000);
        var serializer = Topics.ENRICHED_ARTICLE.serializer();
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (EnrichedArticle a : articles) {
                producer.send(new ProducerRecord<>(topic, a.id(), serializer.serialize(topic, a)));
            }
        }
    }

    /** A baseline that ran for another stage's sake goes in the table only when asked for. */
    private static void keep(PrintWriter out, List<StageResult> results, Set<String> selected, StageResult r) {
        if (selected.contains(r.name())) {
            results.add(report(out, r));
        }
    }

    private static StageResult report(PrintWriter out, StageResult r) {
        out.printf(Locale.ROOT, "  %-19s %,9d of %,d in %7.2f s: %,9.0f items/s%s%n", r.name(), r.items(),
                r.expected(), r.seconds(), r.perSecond(), r.complete() ? "" : " (incomplete: time ran out)");
        out.flush();
        return r;
    }

    private Set<String> validate() {
        if (items < 1 || rate < 1 || latencySeconds < 1 || partitions < 1 || stageTimeout < 1 || storeConsumers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--items, --rate, --latency-seconds, "
                    + "--partitions, --store-consumers and --stage-timeout must be at least 1");
        }
        Set<String> selected = new LinkedHashSet<>();
        for (String s : stages.isEmpty() ? DEFAULT_STAGES : stages) {
            String name = s.trim().toLowerCase(Locale.ROOT);
            if (!STAGES.contains(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--stages: no stage '" + s
                        + "'; the stages are " + String.join(", ", STAGES));
            }
            selected.add(name);
        }
        return selected;
    }

    private Duration timeout() {
        return Duration.ofSeconds(stageTimeout);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
