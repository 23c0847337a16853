package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.tagging.pattern.Match;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of visit-patterns.tsv against its own two invented sentences. */
class VisitPatternRowsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
    private static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");
    private static final VisitPatterns PATTERNS = VisitPatterns.standard();

    static Stream<VisitPatterns.Row> rows() {
        return PATTERNS.rows().stream();
    }

    private static DocTokens tokens(String sentence) {
        return new DocTokens(new Doc("", sentence, LocalDate.of(2024, 5, 6), GAZETTEER, ROLES));
    }

    /** Where in the text the row matches (anchors of its spans), sentence by sentence. */
    private static List<Integer> matches(VisitPatterns.Row row, DocTokens view) {
        List<Integer> at = new ArrayList<>();
        for (Sentence s : view.doc().sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                Match m = row.pattern().matchAt(view, i, s.from(), s.to());
                if (m != null) {
                    at.add(i);
                }
            }
        }
        return at;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesItsExample(VisitPatterns.Row row) {
        assertThat(matches(row, tokens(row.example()))).as(row.example()).isNotEmpty();
    }

    /**
     * A look-alike row does not match its counterexample at all; a trigger row does not decide anywhere in it (the
     * counterexample of a catch-all row such as "leave-otherwise" is a sentence where a row above it decides).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void doesNotMatchItsCounterexample(VisitPatterns.Row row) {
        DocTokens view = tokens(row.counterexample());
        if (isTriggerRow(row)) {
            assertThat(decidingRows(view)).as(row.counterexample()).doesNotContain(row.name());
        } else {
            assertThat(matches(row, view)).as(row.counterexample()).isEmpty();
        }
    }

    /** A trigger row decides at its example: it is the first row to match at one of the example's words. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void triggerRowsDecideAtTheirExample(VisitPatterns.Row row) {
        if (isTriggerRow(row)) {
            DocTokens view = tokens(row.example());
            assertThat(decidingRows(view)).as(row.example()).contains(row.name());
        }
    }

    private static List<String> decidingRows(DocTokens view) {
        List<String> names = new ArrayList<>();
        for (Sentence s : view.doc().sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                VisitPatterns.Decision d = PATTERNS.decide(view, s, i);
                if (d != null) {
                    names.add(d.row().name());
                }
            }
        }
        return names;
    }

    @Test
    void triggersAreReadAtTheWordsTheRowsDecide() {
        DocTokens view = tokens("Kenyan President Daniel Otieno took part in the summit in Baku and then headed to Oman.");
        List<Trigger> found = PATTERNS.triggers(view, view.doc().sentences.getFirst());
        assertThat(found).containsExactly(new Trigger(Trigger.Kind.ATTEND, 4, 6),
                new Trigger(Trigger.Kind.TRAVEL, 13, 14));
    }

    private static boolean isTriggerRow(VisitPatterns.Row row) {
        return row.group().equals(VisitPatterns.NOT_A_TRIGGER)
                || Stream.of(Trigger.Kind.values()).anyMatch(k -> k.name().equals(row.group()));
    }

    @Test
    void rowNamesAreUniqueAndEveryRowHasBothExamples() {
        assertThat(PATTERNS.rows()).extracting(VisitPatterns.Row::name).doesNotHaveDuplicates();
        assertThat(PATTERNS.rows()).allSatisfy(r -> {
            assertThat(r.example()).isNotBlank();
            assertThat(r.counterexample()).isNotBlank();
        });
        assertThat(PATTERNS.rows()).hasSizeGreaterThan(30);
    }
}
