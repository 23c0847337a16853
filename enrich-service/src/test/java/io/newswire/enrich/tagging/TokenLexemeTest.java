package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.tagging.pattern.FrozenWords;
import io.newswire.enrich.tagging.pattern.Lexemes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens carry their word's lexeme, and word sets answer a token as they answer its folded form. */
class TokenLexemeTest {
    private static String fresh(String stem) {
        return stem + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "");
    }

    @Test
    void aTokenCarriesTheLexemeOfItsNorm() {
        List<Token> tokens = Tokenizer.tokenize("The Minister’s visit to Türkiye, (again) 'tis");
        for (Token t : tokens) {
            assertThat(t.lexeme()).as(t.text()).isEqualTo(Lexemes.lookup(t.norm()));
        }
    }

    @Test
    void aWordMetBeforeASetTookItIsInTheSet() {
        String word = fresh("xenovisit");
        Token before = Tokenizer.tokenize("They " + word + " today").get(1); // cached as unknown
        FrozenWords set = FrozenWords.of(List.of(word.toLowerCase(java.util.Locale.ROOT)));
        assertThat(before.in(set)).isTrue();
        Token after = Tokenizer.tokenize("They " + word + " again").get(1); // the cache looks it up again
        assertThat(after.lexeme()).isNotNegative();
        assertThat(after.in(set)).isTrue();
        assertThat(Tokenizer.tokenize("They " + fresh("other") + " today").get(1).in(set)).isFalse();
    }

    @Test
    void setsOfEveryKindAnswerAsTheirStrings() {
        Set<String> frozen = Vocabulary.set("ARTICLE");
        Set<String> plain = new HashSet<>(frozen);
        for (Token t : Tokenizer.tokenize("A state visit, the first by an envoy: THE talks. 's ' ,")) {
            assertThat(t.in(frozen)).as(t.text()).isEqualTo(frozen.contains(t.norm()));
            assertThat(t.in(plain)).as(t.text()).isEqualTo(plain.contains(t.norm()));
        }
    }

    @Test
    void isComparesTheNorm() {
        Token t = Tokenizer.tokenize("Visited").getFirst();
        assertThat(t.is("visited")).isTrue();
        assertThat(t.is("Visited")).isFalse();
        assertThat(t.is("visit")).isFalse();
    }
}
