package io.newswire.enrich.tagging.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lexeme table and the id-based lookups of {@link FrozenWords} and {@link WordIndex}. The table is global, so
 * every test makes up words of its own.
 */
class LexemesTest {
    /** a word no other test (and no resource) uses */
    private static String fresh(String stem) {
        return stem + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aWordGetsOneIdForGood() {
        String w = fresh("envoy");
        int id = Lexemes.register(w);
        assertThat(id).isNotNegative();
        assertThat(Lexemes.register(w)).isEqualTo(id);
        assertThat(Lexemes.lookup(w)).isEqualTo(id);
        assertThat(Lexemes.outdated(Lexemes.lookup(w))).isFalse();
    }

    @Test
    void anUnknownWordIsCodedAsNoneOfTheLexemesKnownThen() {
        String w = fresh("summit");
        int code = Lexemes.lookup(w);
        assertThat(code).isNegative();
        assertThat(Lexemes.ruledOut(code)).isGreaterThan(0); // the resources and other tests registered words
        assertThat(Lexemes.outdated(code)).isFalse();
        Lexemes.register(fresh("later"));
        assertThat(Lexemes.outdated(code)).as("words registered since: worth a new look").isTrue();
    }

    @Test
    void sameComparesByIdAndFallsBackToTheStringForAnOutdatedCode() {
        String visit = fresh("visit");
        String trip = fresh("trip");
        int visitId = Lexemes.idOf(visit);
        int tripId = Lexemes.idOf(trip);
        assertThat(Lexemes.same(Lexemes.lookup(visit), visit, visitId, visit)).isTrue();
        assertThat(Lexemes.same(Lexemes.lookup(trip), trip, visitId, visit)).isFalse();
        String other = fresh("other");
        assertThat(Lexemes.same(Lexemes.lookup(other), other, tripId, trip)).isFalse();

        String late = fresh("late");
        int oldCode = Lexemes.lookup(late); // looked up before it has an id
        int lateId = Lexemes.idOf(late);
        assertThat(Lexemes.same(oldCode, late, lateId, late)).isTrue();
        assertThat(Lexemes.answer(oldCode, lateId)).isEqualTo(Lexemes.ASK_WORD);
        assertThat(Lexemes.answer(oldCode, visitId)).isEqualTo(Lexemes.NO);
        assertThat(Lexemes.answer(Lexemes.lookup(late), lateId)).isEqualTo(Lexemes.YES);
        assertThat(Lexemes.same(oldCode, late, visitId, visit)).isFalse();
    }

    @Test
    void aSetAnswersByLexemeAsItAnswersByString() {
        String arrive = fresh("arrive");
        String land = fresh("land");
        FrozenWords set = FrozenWords.of(List.of(arrive, land));
        String stranger = fresh("stranger");
        String outsider = fresh("outsider");
        FrozenWords.of(List.of(outsider)); // known to the table, not to the set
        for (String w : List.of(arrive, land, stranger, outsider)) {
            assertThat(set.contains(Lexemes.lookup(w), w)).as(w).isEqualTo(set.contains(w));
        }
        assertThat(set.contains(Lexemes.lookup(arrive), arrive)).isTrue();
        assertThat(set.contains(Lexemes.lookup(stranger), stranger)).isFalse();
        assertThat(set.knows(Lexemes.lookup(stranger))).as("unknown since before the set: no string needed").isTrue();
    }

    @Test
    void aWordCodedUnknownBeforeASetTookItIsStillFoundInThatSet() {
        String word = fresh("depart");
        int staleCode = Lexemes.lookup(word); // a token cached before the set was built
        FrozenWords set = FrozenWords.of(List.of(fresh("leave"), word));
        assertThat(set.knows(staleCode)).isFalse();
        assertThat(set.answer(staleCode)).as("a code older than the set's words").isEqualTo(Lexemes.ASK_WORD);
        assertThat(set.answer(Lexemes.lookup(word))).isEqualTo(Lexemes.YES);
        assertThat(set.answer(Lexemes.lookup(fresh("unrelated")))).isEqualTo(Lexemes.NO);
        assertThat(set.contains(staleCode, word)).isTrue();
        assertThat(set.contains(staleCode, fresh("unrelated"))).isFalse();
        assertThat(set.contains(Lexemes.lookup(word), word)).isTrue();
    }

    @Test
    void theEmptySetHoldsNothing() {
        FrozenWords empty = FrozenWords.of(List.of());
        String w = fresh("any");
        assertThat(empty.contains(Lexemes.lookup(w), w)).isFalse();
        assertThat(empty.contains(Lexemes.idOf(w), w)).isFalse();
    }

    @Test
    void anIndexFindsValuesByLexemeAsByString() {
        String minister = fresh("minister");
        String president = fresh("president");
        String early = fresh("early");
        int earlyCode = Lexemes.lookup(early);
        WordIndex<String> index = WordIndex.of(Map.of(minister, "m", president, "p", early, "e"));
        String none = fresh("none");
        assertThat(index.get(Lexemes.lookup(minister), minister)).isEqualTo("m");
        assertThat(index.get(Lexemes.lookup(president), president)).isEqualTo("p");
        assertThat(index.get(earlyCode, early)).as("coded before the index was built").isEqualTo("e");
        assertThat(index.get(Lexemes.lookup(none), none)).isNull();
        String registeredElsewhere = fresh("elsewhere");
        FrozenWords.of(List.of(registeredElsewhere));
        assertThat(index.get(Lexemes.lookup(registeredElsewhere), registeredElsewhere)).isNull();
    }
}
