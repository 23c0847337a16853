package io.newswire.enrich.tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.VisitWindowsOptions;
import io.newswire.enrich.knowledge.ActorLearning;
import io.newswire.enrich.knowledge.LearnedActors;
import io.newswire.enrich.knowledge.World;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.enrich.visits.PairReport;
import io.newswire.enrich.visits.VisitLedger;
import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Enrichment;
import io.newswire.model.Json;
import io.newswire.model.OutletCountry;
import io.newswire.model.Visit;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code enrich-service tag}: tags JSON lines offline. Each input line is an object with {@code id}, {@code title},
 * {@code body} and {@code published} (a date) or {@code publishedAt} (an instant), and optionally {@code url},
 * {@code summary}, {@code language} and {@code sourceCountry} (the outlet's country; derived from {@code url}'s
 * country-code domain when absent); other fields are ignored. Each output line is the {@code EnrichedArticle}, in
 * input order. The articles go through the same stages as in the Streams application: the language check (an article
 * not in English is written with an empty enrichment), then the tagger, which knows the actors that earlier lines
 * named with their office (learned in input order, as {@code news.actors} does for the stream). A bad line is
 * reported on stderr with its number and skipped; the exit status is then 1, after every other line has been tagged.
 *
 * <p>With {@code --visits FILE} the articles' visit reports also go, in input order, through the same visit merge as
 * the Streams topology ({@link VisitLedger}), and FILE gets the merged visits, one {@code Visit} per line: what the
 * compacted visits topic would hold after these articles. An {@code outlet} field (else the host of {@code url})
 * names the publisher, as a feed's title does in the pipeline.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag JSON-lines articles offline (stdin to stdout by default).")
public final class TagCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", description = "JSON lines to read (default: stdin)")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "where to write EnrichedArticle lines (default: stdout)")
    Path output;

    @Option(names = "--visits", paramLabel = "FILE",
            description = "also merge the articles' visit reports as the pipeline does and write the merged visits "
                    + "here, one JSON Visit per line")
    Path visits;

    @Mixin
    VisitWindowsOptions visitWindows = new VisitWindowsOptions();

    @Option(names = "--actors", paramLabel = "FILE", split = ",",
            description = "Your own list of officials, in the format of the bundled officials.tsv (country, role, "
                    + "name, variants, from, to), read beside it; repeatable.")
    List<Path> actors;

    private final Tagger tagger;
    private Enricher enricher;
    private final PrintStream err;

    public TagCommand() {
        this(RuleTagger.standard(), System.err);
    }

    TagCommand(Tagger tagger, PrintStream err) {
        this.tagger = tagger;
        this.enricher = Enricher.of(tagger);
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (actors != null && !actors.isEmpty() && tagger instanceof RuleTagger rules) {
            try {
                enricher = Enricher.of(rules.knowing(World.bundledWithActors(actors)));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                err.println("tag: --actors: " + e.getMessage());
                return 2;
            }
        }
        try (Reader in = input == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
                Writer out = output == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            VisitLedger ledger = visits == null ? null : new VisitLedger(visitWindows.windows());
            Result r = run(new BufferedReader(in), new BufferedWriter(out, 1 << 16), ledger);
            if (ledger != null) {
                writeVisits(ledger, visits);
            }
            return r.rejected() == 0 ? 0 : 1;
        }
    }

    /**
     * Counts of one run: {@code tagged} lines written (those skipped for their language included), of which
     * {@code skippedLanguage} not in the tagger's language; {@code rejected} bad lines; {@code actorsLearned} actors
     * known at the end.
     */
    public record Result(int tagged, int rejected, int skippedLanguage, int actorsLearned) {
    }

    /** Tags every line of {@code in} into {@code out}; reports bad lines on this command's error stream. */
    public Result run(BufferedReader in, BufferedWriter out) throws IOException {
        return run(in, out, null);
    }

    /** ... and feeds every article's visit reports to {@code ledger} when there is one. */
    public Result run(BufferedReader in, BufferedWriter out, VisitLedger ledger) throws IOException {
        Map<String, List<String>> pairsByArticle = new HashMap<>();
        ObjectWriter writer = Json.mapper().writerFor(EnrichedArticle.class);
        int lineNo = 0;
        int tagged = 0;
        int rejected = 0;
        int skippedLanguage = 0;
        LearnedActors actors = new LearnedActors();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Article article;
            try {
                article = parse(line);
            } catch (JsonProcessingException e) {
                err.println("line " + lineNo + ": not valid JSON: " + e.getOriginalMessage());
                rejected++;
                continue;
            } catch (IllegalArgumentException e) {
                err.println("line " + lineNo + ": " + e.getMessage());
                rejected++;
                continue;
            }
            try {
                Enricher.Result r = enricher.enrich(article, actors);
                article = r.article();
                Enrichment enrichment = r.enrichment();
                out.write(writer.writeValueAsString(r.enriched()));
                out.write('\n');
                tagged++;
                if (r.skippedForLanguage()) {
                    skippedLanguage++;
                }
                actors.learn(ActorLearning.taught(article, enrichment, Instant.now()));
                if (ledger != null) {
                    // a later line with the same id is a new version of the article: it replaces its reports
                    List<PairReport> reports = PairReport.of(article.id(), PairReport.outletOf(article),
                            article.publishedAt() != null ? article.publishedAt() : Instant.EPOCH,
                            enrichment.visits(), pairsByArticle.getOrDefault(article.id(), List.of()));
                    pairsByArticle.put(article.id(), reports.stream().filter(p -> !p.withdrawal())
                            .map(PairReport::pair).toList());
                    reports.forEach(ledger::accept);
                }
            } catch (RuntimeException e) {
                err.println("line " + lineNo + ": tagging failed: " + e);
                rejected++;
            }
        }
        out.flush();
        return new Result(tagged, rejected, skippedLanguage, actors.size());
    }

    private static void writeVisits(VisitLedger ledger, Path file) throws IOException {
        ObjectWriter writer = Json.mapper().writerFor(Visit.class);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Visit v : ledger.visits()) {
                w.write(writer.writeValueAsString(v));
                w.write('\n');
            }
        }
    }

    static Article parse(String line) throws JsonProcessingException {
        JsonNode node = Json.mapper().readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("missing \"id\"");
        }
        String url = text(node, "url");
        String country = text(node, "sourceCountry");
        return new Article(Article.SCHEMA_VERSION, id, url, null, null, text(node, "outlet"), text(node, "title"),
                text(node, "summary"), text(node, "body"), text(node, "language"), List.of(), List.of(),
                published(node), null, null, country == null || country.isBlank()
                        ? OutletCountry.ofUrl(url).orElse(null) : OutletCountry.code(country));
    }

    private static Instant published(JsonNode node) {
        String at = text(node, "publishedAt");
        String date = text(node, "published");
        try {
            if (at != null && !at.isBlank()) {
                return Instant.parse(at.trim());
            }
            if (date != null && !date.isBlank()) {
                String d = date.trim();
                return d.length() > 10 ? Instant.parse(d) : LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad publication date: " + e.getParsedString());
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
