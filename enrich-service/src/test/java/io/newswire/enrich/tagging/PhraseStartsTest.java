package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseStartsTest {
    /** phrase id = position: first word, and whether it is a prefix */
    private static final List<String> FIRST_WORDS = List.of("weapon*", "war", "warship*", "w*", "trade", "trade",
            "tra*", "türk*", "trade*", "war*");

    private static PhraseStarts starts() {
        PhraseStarts.Builder b = new PhraseStarts.Builder();
        for (int id = 0; id < FIRST_WORDS.size(); id++) {
            String w = FIRST_WORDS.get(id);
            b.add(id, w.replace("*", ""), w.endsWith("*"));
        }
        return b.build();
    }

    /** What the trie must give: every phrase by its definition, in the lexicon's order. */
    private static List<Integer> expected(String word, boolean prefix) {
        List<Integer> out = new ArrayList<>();
        for (int id = 0; id < FIRST_WORDS.size(); id++) {
            String w = FIRST_WORDS.get(id);
            boolean isPrefix = w.endsWith("*");
            String bare = w.replace("*", "");
            if (isPrefix == prefix && (prefix ? word.startsWith(bare) : word.equals(bare))) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<Integer> list(int[] ids) {
        return java.util.Arrays.stream(ids).boxed().toList();
    }

    @Test
    void aWordOpensTheSameWordsPhrasesAndThePrefixesItStartsWithInLexiconOrder() {
        PhraseStarts starts = starts();
        for (String word : List.of("war", "wars", "warship", "warships", "wa", "w", "weapon", "weapons", "weapo",
                "trade", "trader", "tra", "tr", "t", "türkiye", "turkey", "peace", "", "x", "ẃar", "war-torn")) {
            assertThat(list(starts.exact(word))).as("exact " + word).isEqualTo(expected(word, false));
            assertThat(list(starts.prefixed(word))).as("prefixed " + word).isEqualTo(expected(word, true));
        }
    }

    /** Every word of one to three letters a-z, and those letters before other characters. */
    @Test
    void everyShortWordOpensWhatTheDefinitionSays() {
        PhraseStarts starts = starts();
        List<String> words = new ArrayList<>();
        for (char a = 'a'; a <= 'z'; a++) {
            words.add("" + a);
            for (char b = 'a'; b <= 'z'; b++) {
                words.add("" + a + b);
                words.add("" + a + b + "-x");
                for (char c = 'a'; c <= 'z'; c++) {
                    words.add("" + a + b + c);
                }
            }
        }
        words.addAll(List.of("1war", "w1", "wé", "éw", "{a", "`a", "a{", "a`"));
        for (String word : words) {
            assertThat(list(starts.exact(word))).as("exact " + word).isEqualTo(expected(word, false));
            assertThat(list(starts.prefixed(word))).as("prefixed " + word).isEqualTo(expected(word, true));
        }
    }

    @Test
    void aWordThatLeavesTheTrieKeepsThePrefixesMetOnTheWay() {
        PhraseStarts starts = starts();
        assertThat(starts.exact("warm")).isEmpty();
        assertThat(list(starts.prefixed("warm"))).containsExactly(3, 9);
        assertThat(list(starts.prefixed("peace"))).isEmpty();
        assertThat(list(starts.exact("trade"))).containsExactly(4, 5);
    }
}
