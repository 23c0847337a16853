package io.newswire.enrich.tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newswire.enrich.knowledge.World;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.enrich.tagging.Tagger;
import io.newswire.model.Article;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Json;
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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code enrich-service tag}: tags JSON lines offline. Each input line is an object with {@code id}, {@code title},
 * {@code body} and {@code published} (a date) or {@code publishedAt} (an instant); other fields are ignored. Each
 * output line is the {@code EnrichedArticle}, in input order. A bad line is reported on stderr with its number and
 * skipped; the exit status is then 1, after every other line has been tagged.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag JSON-lines articles offline (stdin to stdout by default).")
public final class TagCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", description = "JSON lines to read (default: stdin)")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "where to write EnrichedArticle lines (default: stdout)")
    Path output;

    @Option(names = "--actors", paramLabel = "FILE", split = ",",
            description = "Your own list of officials, in the format of the bundled officials.tsv (country, role, "
                    + "name, variants, from, to), read beside it; repeatable.")
    List<Path> actors;

    private Tagger tagger;
    private final PrintStream err;

    public TagCommand() {
        this(RuleTagger.standard(), System.err);
    }

    TagCommand(Tagger tagger, PrintStream err) {
        this.tagger = tagger;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (actors != null && !actors.isEmpty() && tagger instanceof RuleTagger rules) {
            try {
                tagger = rules.knowing(World.bundledWithActors(actors));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                err.println("tag: --actors: " + e.getMessage());
                return 2;
            }
        }
        try (Reader in = input == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
                Writer out = output == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            Result r = run(new BufferedReader(in), new BufferedWriter(out, 1 << 16));
            return r.rejected() == 0 ? 0 : 1;
        }
    }

    /** Counts of one run. */
    public record Result(int tagged, int rejected) {
    }

    /** Tags every line of {@code in} into {@code out}; reports bad lines on this command's error stream. */
    public Result run(BufferedReader in, BufferedWriter out) throws IOException {
        ObjectWriter writer = Json.mapper().writerFor(EnrichedArticle.class);
        int lineNo = 0;
        int tagged = 0;
        int rejected = 0;
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
                out.write(writer.writeValueAsString(EnrichedArticle.of(article, tagger.tag(article))));
                out.write('\n');
                tagged++;
            } catch (RuntimeException e) {
                err.println("line " + lineNo + ": tagging failed: " + e);
                rejected++;
            }
        }
        out.flush();
        return new Result(tagged, rejected);
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
        return new Article(Article.SCHEMA_VERSION, id, text(node, "url"), null, null, null, text(node, "title"),
                text(node, "summary"), text(node, "body"), text(node, "language"), List.of(), List.of(),
                published(node), null, null);
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
