package io.newswire.enrich.tagging.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matcher on its own, over plain words: classes are "CAP" (capitalised) and "NUM" (digits). */
class TokenPatternTest {
    private static final WordSets SETS = WordSets.of(Map.of(
            "ARRIVE", Set.of("arrive", "arrived", "landed"),
            "ARTICLE", Set.of("a", "an", "the")));

    private record Words(List<String> text) implements TokenView {
        static Words of(String sentence) {
            return new Words(Arrays.asList(sentence.split(" ")));
        }

        @Override
        public String norm(int i) {
            return text.get(i).toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean is(String tokenClass, int i) {
            String w = text.get(i);
            return switch (tokenClass) {
                case "CAP" -> Character.isUpperCase(w.charAt(0));
                case "NUM" -> w.chars().allMatch(Character::isDigit);
                default -> throw new IllegalArgumentException(tokenClass);
            };
        }
    }

    private static Match at(String pattern, String sentence, int anchor) {
        Words w = Words.of(sentence);
        return TokenPattern.compile(pattern, SETS).matchAt(w, anchor, 0, w.text().size());
    }

    @Test
    void literalWordsAndSetsMatchInSequence() {
        Match m = at("$ARRIVE in @CAP", "Ruto arrived in Accra today", 1);
        assertThat(m).isEqualTo(new Match(1, 1, 4, Map.of()));
        assertThat(at("$ARRIVE in @CAP", "Ruto arrived in the city", 1)).isNull();
        assertThat(at("$ARRIVE in @CAP", "Ruto arrived in Accra", 0)).isNull();
    }

    @Test
    void optionalAndRepeatedElementsTakeAsMuchAsTheyCan() {
        assertThat(at("in $ARTICLE? @CAP+", "in the Central African Republic today", 0).end()).isEqualTo(5);
        assertThat(at("in $ARTICLE? @CAP+", "in Ghana", 0).end()).isEqualTo(2);
        assertThat(at("in $ARTICLE? @CAP+", "in the city", 0)).isNull();
        assertThat(at("saw _{0,2} off", "saw him off", 0).end()).isEqualTo(3);
        assertThat(at("saw _{0,2} off", "saw the delegation off", 0).end()).isEqualTo(4);
        assertThat(at("saw _{0,2} off", "saw the whole delegation off", 0)).isNull();
    }

    @Test
    void repeatsBackOffSoThatTheRestCanMatch() {
        // @CAP+ must leave "Minister" to the literal after it
        Match m = at("( name=@CAP+ ) minister", "Foreign Affairs Minister", 0);
        assertThat(m.capture("name")).isEqualTo(new Match.Span(0, 2));
        assertThat(at("_* off", "saw him off", 0).end()).isEqualTo(3);
    }

    @Test
    void capturesNameTheSlotsTheyMatched() {
        Match m = at("actor=@CAP+ $ARRIVE in place=( $ARTICLE? @CAP+ )", "Daniel Otieno landed in the Gambia", 0);
        assertThat(m.capture("actor")).isEqualTo(new Match.Span(0, 2));
        assertThat(m.capture("place")).isEqualTo(new Match.Span(4, 6));
        assertThat(at("when=@NUM? visit", "visit", 0).capture("when")).isNull();
    }

    @Test
    void leftContextAndEndMarkBoundTheSpan() {
        Match m = at("took|taking > part < in", "they took part in talks", 2);
        assertThat(m).isEqualTo(new Match(1, 2, 3, Map.of()));
        assertThat(at("took|taking > part < in", "part in talks", 0)).isNull();
        assertThat(at("took|taking > part < in", "they took part", 2)).isNull();
        Match behind = at("held by? who=@CAP{1,2} > visit", "held by Ruto Otieno visit", 4);
        assertThat(behind.from()).isEqualTo(0);
        assertThat(behind.capture("who")).isEqualTo(new Match.Span(2, 4));
    }

    @Test
    void negationAndConjunctionNarrowAToken() {
        assertThat(at("$ARRIVE&!landed", "arrived", 0)).isNotNull();
        assertThat(at("$ARRIVE&!landed", "landed", 0)).isNull();
        assertThat(at("visiting < !@CAP", "visiting Ghana", 0)).isNull();
        assertThat(at("visiting < !@CAP", "visiting officials", 0)).isNotNull();
    }

    @Test
    void matchingStaysInsideTheBoundsGiven() {
        Words w = Words.of("leaders met . Talks with Ruto");
        TokenPattern p = TokenPattern.compile("met _ talks", SETS);
        assertThat(p.matchAt(w, 1, 0, 5)).isNotNull();
        assertThat(p.matchAt(w, 1, 0, 3)).isNull();
        assertThat(TokenPattern.compile("leaders > met", SETS).matchAt(w, 1, 1, 5)).isNull();
    }

    @Test
    void findReturnsTheFirstMatchInARange() {
        Words w = Words.of("he said on Monday he would arrive on Tuesday");
        TokenPattern p = TokenPattern.compile("on day=@CAP", SETS);
        assertThat(p.find(w, 0, w.text().size()).capture("day")).isEqualTo(new Match.Span(3, 4));
        assertThat(p.find(w, 4, w.text().size()).capture("day")).isEqualTo(new Match.Span(8, 9));
        assertThat(p.find(w, 4, 8)).isNull();
    }

    @Test
    void anchorWordsIndexPatternsByTheirFirstToken() {
        assertThat(TokenPattern.compile("the > $ARRIVE|reach in", SETS).anchorWords())
                .containsExactlyInAnyOrder("arrive", "arrived", "landed", "reach");
        assertThat(TokenPattern.compile("@CAP visit", SETS).anchorWords()).isNull();
        assertThat(TokenPattern.compile("touch? down", SETS).anchorWords()).isNull();
        assertThat(TokenPattern.compile("where=( in|at ) @CAP", SETS).anchorWords()).containsExactlyInAnyOrder(
                "in", "at");
    }

    @Test
    void badPatternsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> TokenPattern.compile("$NOPE in", SETS)).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> TokenPattern.compile("( in @CAP", SETS)).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> TokenPattern.compile("Visit", SETS)).hasMessageContaining("lowercase");
        assertThatThrownBy(() -> TokenPattern.compile("the >", SETS)).hasMessageContaining("no token");
        assertThatThrownBy(() -> TokenPattern.compile("a < b < c", SETS)).hasMessageContaining("misplaced");
        assertThatThrownBy(() -> TokenPattern.compile("a{3,1}", SETS)).hasMessageContaining("{3,1}");
    }
}
