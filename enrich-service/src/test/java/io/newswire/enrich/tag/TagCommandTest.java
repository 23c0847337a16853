package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.enrich.EnrichCommand;
import io.newswire.enrich.tagging.RuleTagger;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagCommandTest {
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final TagCommand command = new TagCommand(RuleTagger.standard(),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private List<String> run(String input) throws Exception {
        StringWriter out = new StringWriter();
        command.run(new BufferedReader(new StringReader(input)), new BufferedWriter(out));
        return out.toString().lines().toList();
    }

    private static String line(String id, String title, String body, String dateField, String date) {
        return Json.mapper().createObjectNode().put("id", id).put("title", title).put("body", body)
                .put(dateField, date).put("outlet", "ignored").toString();
    }

    @Test
    void visitsFileHoldsTheMergedVisitsOfAllTheArticles(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                line("nation-1", "Otieno in Ghana", "Kenyan President Daniel Otieno arrived in Accra on Tuesday for "
                        + "a three-day state visit.", "published", "2024-05-15"),
                line("graphic-1", "Talks in Accra", "Kenyan President Daniel Otieno held talks with Ghanaian "
                        + "President Grace Mensah in Accra on Wednesday.", "published", "2024-05-16"),
                line("citi-1", "Kenyan leader visits", "Kenyan President Daniel Otieno is on a visit to Ghana.",
                        "published", "2024-05-16"),
                line("nation-2", "Otieno back in Ghana", "Kenyan President Daniel Otieno arrived in Accra on Monday "
                        + "for a summit.", "published", "2024-07-16")) + "\n");
        Path visits = dir.resolve("visits.jsonl");
        int status = new CommandLine(new EnrichCommand()).execute("tag", "--input", input.toString(), "--output",
                dir.resolve("out.jsonl").toString(), "--visits", visits.toString());
        assertThat(status).isZero();
        List<JsonNode> merged = new ArrayList<>();
        for (String l : Files.readAllLines(visits)) {
            merged.add(Json.mapper().readTree(l));
        }
        // graphic-1 and citi-1 share a publication time: the article id settles their order
        assertThat(merged).extracting(v -> v.path("id").asText() + " " + v.path("sourceArticleIds"))
                .containsExactly("KE>GH@2024-05-14 [\"nation-1\",\"citi-1\",\"graphic-1\"]",
                        "KE>GH@2024-07-15 [\"nation-2\"]");
        assertThat(merged.getFirst().path("visitors")).hasSize(1);
    }

    @Test
    void writesOneEnrichedArticlePerLineInInputOrder() throws Exception {
        String in = line("b", "Kenyan leader in Ghana", "Kenyan President Daniel Otieno arrived in Accra on Tuesday.",
                "published", "2024-05-15") + "\n"
                + line("a", "Markets", "Shares rose.", "publishedAt", "2024-05-15T08:30:00Z") + "\n";
        List<String> out = run(in);
        assertThat(out).hasSize(2);
        EnrichedArticle first = Json.mapper().readValue(out.get(0), EnrichedArticle.class);
        EnrichedArticle second = Json.mapper().readValue(out.get(1), EnrichedArticle.class);
        assertThat(first.id()).isEqualTo("b");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-15T00:00:00Z"));
        assertThat(first.enrichment().visits()).singleElement().satisfies(v -> {
            assertThat(v.hostCountry()).isEqualTo("GH");
            assertThat(v.startDate()).hasToString("2024-05-14");
        });
        assertThat(second.id()).isEqualTo("a");
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2024-05-15T08:30:00Z"));
        JsonNode raw = Json.mapper().readTree(out.get(0));
        assertThat(raw.path("enrichment").path("visits").get(0).path("visitorCountries").get(0).asText())
                .isEqualTo("KE");
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheRestGoOn() throws Exception {
        String in = line("1", "t", "b", "published", "2024-01-01") + "\n"
                + "{not json\n"
                + "\n"
                + "[1,2]\n"
                + "{\"title\":\"no id\"}\n"
                + line("6", "t", "b", "published", "2024-13-45") + "\n"
                + line("7", "t", "b", "published", "2024-01-02") + "\n";
        List<String> out = run(in);
        assertThat(out).extracting(l -> Json.mapper().readTree(l).get("id").asText()).containsExactly("1", "7");
        String err = errBytes.toString(StandardCharsets.UTF_8);
        assertThat(err).contains("line 2: not valid JSON", "line 4: not a JSON object", "line 5: missing \"id\"",
                "line 6: bad publication date");
        assertThat(err).doesNotContain("line 3").doesNotContain("line 1:").doesNotContain("line 7");
    }

    @Test
    void tenThousandLinesInTenThousandLinesOut(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.jsonl");
        Path output = dir.resolve("out.jsonl");
        List<String> lines = new ArrayList<>();
        String[] hosts = {"Ghana", "Peru", "Japan", "Norway", "Chile"};
        for (int i = 0; i < 10_000; i++) {
            lines.add(line("id-" + i, "Visit " + i, "Kenyan President Daniel Otieno arrived in " + hosts[i % 5]
                    + " on Tuesday for talks number " + i + ".", "published", "2024-05-15"));
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        int code = new CommandLine(new EnrichCommand()).execute("tag", "--input", input.toString(), "--output",
                output.toString());
        assertThat(code).isZero();
        List<String> out = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(out).hasSize(10_000);
        assertThat(Json.mapper().readTree(out.get(9_999)).get("id").asText()).isEqualTo("id-9999");
    }

    @Test
    void exitStatusIsOneWhenALineWasRejected(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "oops\n" + line("x", "t", "b", "published", "2024-01-01") + "\n");
        Path output = dir.resolve("out.jsonl");
        int code = new CommandLine(new EnrichCommand()).execute("tag", "--input", input.toString(), "--output",
                output.toString());
        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(output)).hasSize(1);
    }

    private static final String TAUGHT = line("l1", "Nigerian minister in Ghana", "Nigerian Foreign Minister Adaeze "
            + "Okonkwo-Bello arrived in Accra on Tuesday for talks with her Ghanaian counterpart on trade and border "
            + "security.", "published", "2024-05-15");
    private static final String BARE = line("l2", "Talks in Lome", "Adaeze Okonkwo-Bello arrived in Lome on Monday "
            + "for a two-day visit to discuss regional security with officials.", "published", "2024-06-10");

    @Test
    void aMinisterNamedWithHerOfficeResolvesALaterBareMention() throws Exception {
        EnrichedArticle alone = Json.mapper().readValue(run(BARE + "\n").getFirst(), EnrichedArticle.class);
        assertThat(alone.enrichment().visits()).isEmpty();

        List<String> out = run(TAUGHT + "\n" + BARE + "\n");
        EnrichedArticle later = Json.mapper().readValue(out.get(1), EnrichedArticle.class);
        assertThat(later.enrichment().visits()).singleElement().satisfies(v -> {
            assertThat(v.visitorCountries()).containsExactly("NG");
            assertThat(v.hostCountry()).isEqualTo("TG");
        });
        assertThat(later.enrichment().people())
                .contains(new io.newswire.model.Official("Adaeze Okonkwo-Bello", "foreign minister", "NG"));
    }

    @Test
    void theOutletsCountryIsTakenFromTheInputOrElseFromTheUrl() throws Exception {
        String given = Json.mapper().createObjectNode().put("id", "c1").put("title", "t").put("body", "b")
                .put("url", "https://harbourtimes.com.ng/a").put("sourceCountry", "gh").toString();
        String derived = Json.mapper().createObjectNode().put("id", "c2").put("title", "t").put("body", "b")
                .put("url", "https://harbourtimes.com.ng/a").toString();
        String generic = Json.mapper().createObjectNode().put("id", "c3").put("title", "t").put("body", "b")
                .put("url", "https://worldwire.com/a").toString();
        String wrong = Json.mapper().createObjectNode().put("id", "c4").put("title", "t").put("body", "b")
                .put("sourceCountry", "Atlantis").toString();
        List<String> out = run(String.join("\n", given, derived, generic, wrong) + "\n");
        assertThat(out).extracting(l -> Json.mapper().readTree(l).path("sourceCountry").asText(null))
                .containsExactly("GH", "NG", null);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("line 4:").contains("Atlantis");
    }

    @Test
    void anArticleNotInEnglishIsWrittenUntaggedAndCounted() throws Exception {
        String french = line("fr", "Le ministre au Ghana", "La ministre nigériane des affaires étrangères est arrivée "
                + "mardi à Accra pour des entretiens avec son homologue ghanéen sur le commerce et la frontière.",
                "published", "2024-05-15");
        StringWriter out = new StringWriter();
        TagCommand.Result r = command.run(new BufferedReader(new StringReader(french + "\n" + TAUGHT + "\n")),
                new BufferedWriter(out));
        assertThat(r.tagged()).isEqualTo(2);
        assertThat(r.skippedLanguage()).isEqualTo(1);
        assertThat(r.actorsLearned()).isEqualTo(1);
        EnrichedArticle fr = Json.mapper().readValue(out.toString().lines().findFirst().orElseThrow(),
                EnrichedArticle.class);
        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.enrichment().visits()).isEmpty();
        assertThat(fr.enrichment().topics()).isEmpty();
    }

    @Test
    void actorsFromTheOperatorsOwnListAreKnownBesideTheBundledTable(@TempDir Path dir) throws Exception {
        Path actors = dir.resolve("actors.tsv");
        Files.writeString(actors, "# country\trole\tname\tvariants\tfrom\tto\n"
                + "GH\tforeign minister\tKwabena Osei-Tutu\tOsei-Tutu\t2024-01-10\t\n");
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, line("a", "", "Kwabena Osei-Tutu arrived in Lome on Monday for talks on trade.",
                "published", "2024-05-15") + "\n");
        Path plain = dir.resolve("plain.jsonl");
        Path known = dir.resolve("known.jsonl");
        assertThat(new CommandLine(new EnrichCommand()).execute("tag", "--input", input.toString(), "--output",
                plain.toString())).isZero();
        assertThat(new CommandLine(new EnrichCommand()).execute("tag", "--actors", actors.toString(), "--input",
                input.toString(), "--output", known.toString())).isZero();
        assertThat(Json.mapper().readTree(Files.readString(plain)).at("/enrichment/visits")).isEmpty();
        var visits = Json.mapper().readTree(Files.readString(known)).at("/enrichment/visits");
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).at("/visitorCountries/0").asText()).isEqualTo("GH");
        assertThat(visits.get(0).at("/hostCountry").asText()).isEqualTo("TG");
    }

    @Test
    void aBadActorsFileIsAClearErrorBeforeAnyTagging(@TempDir Path dir) throws Exception {
        Path actors = dir.resolve("actors.tsv");
        Files.writeString(actors, "Ghana\tforeign minister\tKwabena Osei-Tutu\n");
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, line("a", "", "b", "published", "2024-05-15") + "\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TagCommand tag = new TagCommand(RuleTagger.standard(), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new CommandLine(tag).execute("--actors", actors.toString(), "--input", input.toString(),
                "--output", dir.resolve("out.jsonl").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("actors.tsv:1").contains("ISO 3166-1");
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
    }
}
