package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer's table of words met before: a word found there is exactly the word in the text. */
class TokenizerWordsTest {
    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void wordsWithTheSameHashStayApart() {
        // "Aa" and "BB" have the same String.hashCode, and so do all strings made of as many of those blocks:
        // the same slot of the table, told apart by their packed characters or, past 16, by their strings
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        for (int blocks : new int[] {1, 4, 5, 8, 9, 12}) {
            String a = "Aa".repeat(blocks);
            String b = "BB".repeat(blocks);
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
            assertThat(texts(a + " " + b + " " + a + " " + b)).as(a).containsExactly(a, b, a, b);
        }
    }

    @Test
    void aWordMetAgainKeepsItsTextAndNorm() {
        String text = "Türkiye's Hakan Fidan met Şehbaz in İslamabad; Türkiye and Ha Noi (Hà Nội), "
                + "counterrevolutionaries, internationalisation, Ĳssel";
        List<Token> first = Tokenizer.tokenize(text);
        List<Token> again = Tokenizer.tokenize(text);
        assertThat(again).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            Token a = first.get(i);
            Token b = again.get(i);
            assertThat(b.text()).isEqualTo(a.text()).isEqualTo(text.substring(a.start(), a.end()));
            assertThat(b.norm()).isEqualTo(a.norm()).isEqualTo(Tokenizer.normalize(a.text()));
            assertThat(b.capitalized()).isEqualTo(a.capitalized());
        }
    }

    @Test
    void packingTellsWordsOfOneLengthApart() {
        Tokenizer.Words.Word w = new Tokenizer.Words.Word("minister", "minister".hashCode());
        assertThat(w.packedLength()).isEqualTo(8);
        String s = "ministers minister ministe";
        assertThat(w.is(s, 10, 8, 8, Tokenizer.Words.pack("minister", 0), 0)).isTrue();
        assertThat(w.is(s, 0, 9, 9, Tokenizer.Words.pack("ministers", 0), Tokenizer.Words.pack("ministers", 8)))
                .isFalse();
        assertThat(Tokenizer.Words.packableLength("Hà Nội")).isEqualTo(-1); // ộ is not Latin-1
        assertThat(Tokenizer.Words.packableLength("Hà")).isEqualTo(2);
        assertThat(Tokenizer.Words.packableLength("x".repeat(17))).isEqualTo(-1);
    }
}
