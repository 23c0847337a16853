package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static Vocabulary parse(String... lines) {
        return Vocabulary.parse("test.txt", List.of(lines));
    }

    @Test
    void readsNamedSetsWithTheirDocumentation() {
        Vocabulary v = parse(
                "# a file comment before any set",
                "",
                "[ARRIVE] # coming into a place",
                "# \"arrived in Rome\"",
                "arrive arrived",
                "landed   reached",
                "# a free comment between the words is no member",
                "",
                "[TOP]",
                "# offices",
                "prime_minister president");
        assertThat(v.words("ARRIVE")).containsExactlyInAnyOrder("arrive", "arrived", "landed", "reached");
        assertThat(v.wordSet("ARRIVE").doc()).isEqualTo("coming into a place \"arrived in Rome\"");
        assertThat(v.words("TOP")).containsExactlyInAnyOrder("prime minister", "president");
        assertThat(v.all()).extracting(Vocabulary.WordSet::name).containsExactly("ARRIVE", "TOP");
    }

    @Test
    void includesASetDefinedAbove() {
        Vocabulary v = parse("[CONTRAST]", "# contrast", "but while", "[BREAK]", "# breaks", "@CONTRAST which");
        assertThat(v.words("BREAK")).containsExactlyInAnyOrder("but", "while", "which");
    }

    @Test
    void anUnknownSetNameFailsAtOnce() {
        assertThatThrownBy(() -> Vocabulary.standard().words("ARIVE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[ARIVE]")
                .hasMessageContaining("ARRIVE");
    }

    @Test
    void aSetDefinedTwiceIsALoadError() {
        assertThatThrownBy(() -> parse("[A]", "# a", "x", "", "[A]", "# again", "y"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.txt:5: set [A] defined twice (first at line 1)");
    }

    @Test
    void aWordListedTwiceInOneSetIsALoadError() {
        assertThatThrownBy(() -> parse("[A]", "# a", "x y", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessage("test.txt:4: [A] lists \"x\" twice");
        assertThatThrownBy(() -> parse("[A]", "# a", "x", "[B]", "# b", "@A x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[B] lists \"x\" twice");
        assertThatThrownBy(() -> parse("[A]", "# a", "x", "[B]", "# b", "x @A"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice (also in @A)");
        assertThat(parse("[A]", "# a", "x y", "[B]", "# b", "y z", "[C]", "# c", "@A @B").words("C"))
                .as("included sets may overlap").containsExactlyInAnyOrder("x", "y", "z");
    }

    @Test
    void mistakesInTheFileAreLoadErrorsNamingTheLine() {
        assertThatThrownBy(() -> parse("x y", "[A]", "# a", "z")).hasMessageStartingWith("test.txt:1: words before");
        assertThatThrownBy(() -> parse("[A]", "x")).hasMessageContaining("[A] (line 1) has no # documentation");
        assertThatThrownBy(() -> parse("[A]", "", "# too late", "x")).hasMessageContaining("no # documentation");
        assertThatThrownBy(() -> parse("[A]", "# a", "[B]", "# b", "x"))
                .hasMessageContaining("[A] (line 1) has no words");
        assertThatThrownBy(() -> parse("[A]", "# a", "@B")).hasMessageContaining("includes @B");
        assertThatThrownBy(() -> parse("[lower]", "# a", "x")).hasMessageContaining("set header is [NAME]");
        assertThatThrownBy(() -> parse("[A] x", "# a", "y")).hasMessageContaining("only a # comment");
    }

    @Test
    void theStandardVocabularyDocumentsEverySet() {
        List<Vocabulary.WordSet> sets = Vocabulary.standard().all();
        assertThat(sets).extracting(Vocabulary.WordSet::name).contains("ARRIVE", "TRAVEL", "FUTURE", "CANCEL",
                "HONORIFIC", "CLAUSE_BREAK");
        for (Vocabulary.WordSet s : sets) {
            assertThat(s.doc()).as(s.name()).hasSizeGreaterThan(20);
            assertThat(s.words()).as(s.name()).allSatisfy(w -> assertThat(w).isEqualTo(w.toLowerCase()).isNotBlank());
        }
    }

    @Test
    void includedSetsAreSubsetsOfTheirUnion() {
        Vocabulary v = Vocabulary.standard();
        assertThat(v.words("HONORIFIC")).containsAll(v.words("ROYAL_TITLE")).contains("gen", "excellency");
        assertThat(v.words("CLAUSE_BREAK")).containsAll(v.words("CONTRAST")).contains("which");
        assertThat(v.words("FUTURE_VERB")).containsAll(v.words("FUTURE")).contains("to");
        assertThat(v.words("FUTURE")).doesNotContain("to");
    }
}
