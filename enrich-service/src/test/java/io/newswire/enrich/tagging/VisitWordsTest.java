package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words of an article looked up once ({@link VisitWords}) answer as the sets, patterns and date finder they
 * stand for, on the invented sentences of every visit pattern row and on dates of every written form.
 */
class VisitWordsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
    private static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");
    private static final VisitPatterns PATTERNS = VisitPatterns.standard();
    /** invented: each written form of a date the date stage reads, and numbers and words that are no date */
    private static final String DATES = "The minister arrived on Tuesday. She will leave on Sunday, August 24. "
            + "Talks were held on July 9 and March 15 and 16. He visited Oslo 9 July 2025 and from August 20 to 22. "
            + "The summit ran 20-22 August and 9-10 July 2025. He left yesterday and returns next week. "
            + "They met last Monday and May 1-3, 2025. The 12 ministers and 300 guests met in early March. "
            + "A three-day visit, a 3-day trip, today and tomorrow, and May she return in 2026.";

    private static Doc doc(String text) {
        return new Doc("", text, LocalDate.of(2024, 5, 6), GAZETTEER, ROLES);
    }

    /** The invented sentences of every row of visit-patterns.tsv, and the date sentences. */
    static List<Doc> texts() {
        List<Doc> docs = new ArrayList<>();
        for (VisitPatterns.Row r : PATTERNS.rows()) {
            docs.add(doc(r.example()));
            docs.add(doc(r.counterexample()));
        }
        docs.add(doc(DATES));
        return docs;
    }

    @Test
    void eachWordIsInTheSetsOfItsName() {
        for (Doc d : texts()) {
            VisitWords words = new VisitWords(d);
            for (int i = 0; i < d.size(); i++) {
                for (VisitWords.Word w : VisitWords.Word.values()) {
                    assertThat(words.is(i, w)).as("%s at %s in %s", w, d.tok(i).norm(), d.text)
                            .isEqualTo(w.words().contains(d.tok(i).norm()));
                }
            }
            assertThat(words.is(-1, VisitWords.Word.CANCEL)).isFalse();
            assertThat(words.is(d.size(), VisitWords.Word.CANCEL)).isFalse();
        }
    }

    @Test
    void theSetsAreTheVocabularysAndTheCalendars() {
        assertThat(VisitWords.Word.CANCEL.words()).isEqualTo(Vocabulary.set("CANCEL"));
        assertThat(VisitWords.Word.WEEKDAY.words()).contains("monday", "sunday").doesNotContain("july");
        assertThat(VisitWords.Word.DATE_START.words()).contains("monday", "july", "yesterday", "next");
    }

    @Test
    void triggersAreThoseOfTheRowsTriedAtEveryWord() {
        for (Doc d : texts()) {
            VisitWords words = new VisitWords(d);
            for (Sentence s : d.sentences) {
                assertThat(PATTERNS.triggers(words, s)).as(d.text).isEqualTo(PATTERNS.triggers(words.view(), s));
            }
        }
    }

    @Test
    void groupsMatchWhereTheirRowsMatch() {
        List<String> names = PATTERNS.rows().stream().map(VisitPatterns.Row::group).distinct()
                .filter(g -> Stream.of(Trigger.Kind.values()).noneMatch(k -> k.name().equals(g)))
                .filter(g -> !g.equals(VisitPatterns.NOT_A_TRIGGER)).toList();
        assertThat(names).contains("REMOTE", "DENIAL", "INVITATION", "INVITATION_ACCEPTED", "COMPANION",
                "TRAVELS_WITH");
        for (String name : names) {
            VisitPatterns.Group g = PATTERNS.rowGroup(name);
            assertThat(g.rows()).isEqualTo(PATTERNS.group(name));
            int matched = 0;
            for (Doc d : texts()) {
                VisitWords words = new VisitWords(d);
                for (Sentence s : d.sentences) {
                    for (int from = s.from(); from <= s.to(); from++) {
                        assertThat(PATTERNS.anyAt(g, words, s, Math.min(from, s.to() - 1)))
                                .isEqualTo(PATTERNS.anyAt(g.rows(), words.view(), s, Math.min(from, s.to() - 1)));
                        for (int to = from; to <= s.to(); to++) {
                            int first = PATTERNS.firstIn(g, words, from, to);
                            assertThat(first).isEqualTo(PATTERNS.firstIn(g.rows(), words.view(), from, to));
                            assertThat(PATTERNS.anyIn(g, words, s, from, to))
                                    .isEqualTo(PATTERNS.anyIn(g.rows(), words.view(), s, from, to));
                            matched += first >= 0 ? 1 : 0;
                        }
                    }
                }
            }
            assertThat(matched).as("%s matches its own example", name).isPositive();
        }
    }

    @Test
    void aSpanWithNoDateStartHasNoDate() {
        int dated = 0;
        for (Doc d : texts()) {
            VisitWords words = new VisitWords(d);
            for (Sentence s : d.sentences) {
                for (int from = s.from(); from <= s.to(); from++) {
                    for (int to = from; to <= s.to(); to++) {
                        List<DateMention> found = DateFinder.find(d.tokens, from, to);
                        if (!words.mayHaveDate(from, to)) {
                            assertThat(found).as("%s in %s..%s", d.text, from, to).isEmpty();
                        }
                        for (DateMention m : found) {
                            assertThat(words.mayHaveDate(m.from(), m.from() + 1)).isTrue();
                        }
                        dated += found.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertThat(dated).isPositive();
        Doc d = doc(DATES);
        assertThat(new VisitWords(d).mayHaveDate(0, 3)).as("The minister arrived").isFalse();
    }

    @Test
    void everyWordOfEverySetAndRowHasItsEntry() {
        for (VisitWords.Word w : VisitWords.Word.values()) {
            for (String word : w.words()) {
                assertThat(PATTERNS.entry(word)).as(word).isNotNull();
                assertThat(PATTERNS.entry(word).words() & w.bit).as("%s in %s", word, w).isNotZero();
            }
        }
        int rows = 0;
        for (VisitPatterns.Row r : PATTERNS.rows()) {
            boolean trigger = Stream.of(Trigger.Kind.values()).anyMatch(k -> k.name().equals(r.group()))
                    || r.group().equals(VisitPatterns.NOT_A_TRIGGER);
            if (trigger) {
                for (String word : r.pattern().anchorWords()) {
                    assertThat(PATTERNS.entry(word).triggers()).as(word).contains(r);
                }
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(20);
        assertThat(PATTERNS.entry("zebras")).isNull();
    }

    @Test
    void aWordNoSetKnowsHasNoEntry() {
        Doc d = doc("Zebras graze quietly.");
        VisitWords words = new VisitWords(d);
        for (int i = 0; i < d.size(); i++) {
            assertThat(words.triggerRows(i)).isNull();
            for (VisitPatterns.Group g : List.of(PATTERNS.rowGroup("REMOTE"), PATTERNS.rowGroup("COMPANION"))) {
                assertThat(words.mayStart(g, i)).isFalse();
            }
        }
        assertThat(words.first(VisitWords.Word.CANCEL, 0, d.size())).isEqualTo(-1);
    }
}
