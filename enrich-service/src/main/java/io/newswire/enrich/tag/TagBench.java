package io.newswire.enrich.tag;

import io.newswire.enrich.Enricher;
import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.language.LanguageCheck;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Tagging throughput on one thread, next to a baseline measured in the same run on the same texts: lowercasing the
 * text and scanning it once with a precompiled regular expression of visit and office words (the least any
 * keyword tagger does). Run: {@code java -cp enrich-service.jar io.newswire.enrich.tag.TagBench}.
 */
@Command(name = "tag-bench", mixinStandardHelpOptions = true,
        description = "Measure tagging throughput (articles/s, one thread) against a lowercase+regex baseline.")
public final class TagBench implements Callable<Integer> {
    private static final Pattern BASELINE = Pattern.compile(
            "\\b(?:visit(?:s|ed|ing)?|trip|tour|arriv(?:e|es|ed|ing)|land(?:s|ed)?|minister|president|"
                    + "premier|talks|summit|cancel(?:l?ed)?|postponed)\\b");

    @Option(names = "--input", paramLabel = "FILE",
            description = "JSON lines to measure on (as for tag); default: generated article-sized texts")
    Path input;

    @Option(names = "--articles", defaultValue = "2000", description = "generated articles (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seconds", defaultValue = "5",
            description = "CPU-seconds measured per pass (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5",
            description = "warm-up CPU-seconds per pass (default ${DEFAULT-VALUE})")
    double warmup;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TagBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<Article> corpus = input == null ? SyntheticArticles.generate(articles, 42) : read(input);
        if (corpus.isEmpty()) {
            System.err.println("no articles to measure");
            return 1;
        }
        long chars = corpus.stream().mapToLong(a -> length(a.title()) + length(a.body())).sum();
        System.out.printf(Locale.ROOT, "corpus: %d articles, %.0f characters each on average%n", corpus.size(),
                (double) chars / corpus.size());
        Tagger tagger = RuleTagger.standard();
        // what the topology runs per article: the language check, then the tagger
        Enricher enricher = Enricher.of(tagger);
        ToIntFunction<Article> tag = a -> enricher.enrich(a, ActorMemory.NONE).enrichment().visits().size();
        LanguageCheck languages = LanguageCheck.standard();
        ToIntFunction<Article> detect = a -> languages.check(a).tagged() ? 1 : 0;
        ToIntFunction<Article> baseline = a -> {
            Matcher m = BASELINE.matcher((a.title() + "\n\n" + a.body()).toLowerCase(Locale.ROOT));
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        };
        double base = rate(corpus, baseline);
        double language = rate(corpus, detect);
        double taggerAlone = rate(corpus, a -> tagger.tag(a).visits().size());
        double tagged = rate(corpus, tag);
        System.out.printf(Locale.ROOT, "baseline (lowercase + regex scan): %,.0f articles per CPU-second%n", base);
        System.out.printf(Locale.ROOT, "language check alone:              %,.0f articles per CPU-second%n", language);
        System.out.printf(Locale.ROOT, "RuleTagger %s alone:            %,.0f articles per CPU-second%n",
                RuleTagger.VERSION, taggerAlone);
        System.out.printf(Locale.ROOT, "language + RuleTagger %s:       %,.0f articles per CPU-second%n",
                RuleTagger.VERSION, tagged);
        System.out.printf(Locale.ROOT, "tagger / baseline:                 %.3f%n", tagged / base);
        return 0;
    }

    /**
     * Articles per second of this thread's CPU time, so that other processes on a busy machine do not skew the
     * figure: a warm-up of {@code warmup} CPU-seconds (the JIT compiles the hot paths), then {@code seconds}
     * CPU-seconds measured.
     */
    private double rate(List<Article> corpus, ToIntFunction<Article> work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int i = 0;
        long warmEnd = cpu.getCurrentThreadCpuTime() + (long) (warmup * 1e9);
        while (cpu.getCurrentThreadCpuTime() < warmEnd) {
            for (int k = 0; k < 50; k++) {
                sink += work.applyAsInt(corpus.get(i++ % corpus.size()));
            }
        }
        long done = 0;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long cpuEnd = cpuStart + (long) (seconds * 1e9);
        long cpuNow;
        do {
            for (int k = 0; k < 50; k++) {
                sink += work.applyAsInt(corpus.get(i++ % corpus.size()));
            }
            done += 50;
            cpuNow = cpu.getCurrentThreadCpuTime();
        } while (cpuNow < cpuEnd);
        if (sink == Long.MIN_VALUE) {
            System.out.println(); // keeps the results observable so the JIT cannot drop the work
        }
        System.out.printf(Locale.ROOT, "  (%d articles in %.1f CPU-seconds, %.1f s wall)%n", done,
                (cpuNow - cpuStart) / 1e9, (System.nanoTime() - wallStart) / 1e9);
        return done / ((cpuNow - cpuStart) / 1e9);
    }

    private static List<Article> read(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    try {
                        out.add(TagCommand.parse(line));
                    } catch (IOException | IllegalArgumentException e) {
                        System.err.println("skipped a bad line: " + e.getMessage());
                    }
                }
            }
        }
        return out;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
