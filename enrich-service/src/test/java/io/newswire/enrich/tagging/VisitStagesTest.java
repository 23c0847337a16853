package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The visit stages on the sentences of {@code tagging/visit-stages.tsv} (test resources): the trigger stage's
 * output, then the visits the candidate, look-alike, dating and merging stages make of them.
 */
class VisitStagesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
    private static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 6);

    record Case(String sentence, List<String> triggers, List<String> visits) {
        @Override
        public String toString() {
            return sentence;
        }
    }

    static Stream<Case> cases() {
        return ResourceLines.read("/tagging/visit-stages.tsv").stream().map(line -> {
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalStateException("visit-stages.tsv: 3 columns expected: " + line);
            }
            return new Case(f[0], f[1].equals("-") ? List.of() : Arrays.asList(f[1].split(" ")),
                    f[2].equals("-") ? List.of() : Arrays.asList(f[2].split("; ")));
        });
    }

    private static Doc doc(String sentence) {
        return new Doc("", sentence, PUBLISHED, GAZETTEER, ROLES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void triggerStage(Case c) {
        Doc doc = doc(c.sentence());
        List<String> found = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            for (Trigger t : VisitPatterns.standard().triggers(new DocTokens(doc), s)) {
                found.add(t.kind() + ":" + doc.tok(t.at()).norm());
            }
        }
        assertThat(found).containsExactlyElementsOf(c.triggers());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void visitStages(Case c) {
        Doc doc = doc(c.sentence());
        List<String> found = new ArrayList<>();
        for (VisitDraft v : new VisitFinder(doc, new People(doc)).find()) {
            found.add(v.visitorCountry() + ">" + v.host() + " " + v.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + (v.start() == null ? "-" : v.start().toString()));
        }
        assertThat(found).containsExactlyElementsOf(c.visits());
    }
}
