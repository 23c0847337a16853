package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.knowledge.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word sets of the sentence splitter and of {@link Doc}'s cities and datelines, on invented texts: each test
 * shows a member doing its job and a word outside the set that does not.
 */
class MentionWordsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
    private static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");

    private static Doc doc(String title, String body) {
        return new Doc(title, body, LocalDate.of(2024, 5, 6), GAZETTEER, ROLES, World.bundled().places(), null);
    }

    private static List<String> sentences(String text) {
        Doc d = doc("", text);
        List<String> out = new ArrayList<>();
        for (Sentence s : d.sentences) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    /** The cities Doc found, as "text=CC". */
    private static List<String> cities(Doc d) {
        List<String> out = new ArrayList<>();
        for (Gazetteer.Match m : d.countryAt) {
            if (m != null && m.kind() == Gazetteer.Kind.CITY) {
                out.add(d.text.substring(d.tok(m.from()).start(), d.tok(m.to() - 1).end()) + "=" + m.code());
            }
        }
        return out;
    }

    @Test
    void sentenceStopsClosersAndOpeners() {
        // SENTENCE_CLOSER keeps the closing quote and bracket with the sentence; SENTENCE_OPENER lets one start
        assertThat(sentences("He said: \"We agree.\" The talks ended (as planned.) \u201cGood,\u201d she said."))
                .containsExactly("He said: \"We agree.\"", "The talks ended (as planned.)",
                        "\u201cGood,\u201d she said.");
        // SENTENCE_END: a question and an exclamation mark end sentences; a colon or semicolon does not
        assertThat(sentences("Is it over? Yes! They left; Others stayed: Many did."))
                .containsExactly("Is it over?", "Yes!", "They left; Others stayed: Many did.");
        // a curly quote is an opener too, a hyphen is not
        assertThat(sentences("They met. \u201cIt went well,\u201d he said. - Reuters"))
                .containsExactly("They met.", "\u201cIt went well,\u201d he said. - Reuters");
    }

    @Test
    void aCityAfterALeadWordIsAPlaceAfterAnyOtherCapitalisedWordItIsAName() {
        // CITY_LEAD: "Arrives", "In", "of" leave the city a place; after "Mount" (no lead word) it is part of a name,
        // and so it is before another capitalised word ("Faisalabad Smith")
        assertThat(cities(doc("Minister Arrives Faisalabad", "Talks In Faisalabad went well. The mayor of Faisalabad "
                + "spoke."))).containsExactly("Faisalabad=PK", "Faisalabad=PK", "Faisalabad=PK");
        assertThat(cities(doc("", "They climbed Mount Faisalabad. They met Faisalabad Smith."))).isEmpty();
    }

    @Test
    void aDatelineEndsInItsPunctuation() {
        // DATELINE_END: "/", "(", "-", ":" and the dashes after the place opening a paragraph
        assertThat(doc("Talks", "ISLAMABAD/LONDON - The ministers met.").datelineCountry).isEqualTo("PK");
        assertThat(doc("Talks", "Nairobi (Reuters) - The ministers met.").datelineCountry).isEqualTo("KE");
        assertThat(doc("Talks", "HANOI \u2013 The ministers met.").datelineCountry).isEqualTo("VN");
        // a place followed by a word is the start of a sentence, not a dateline
        assertThat(doc("Talks", "Nairobi hosted the ministers.").datelineCountry).isNull();
        assertThat(doc("Talks", "Nairobi. The ministers met.").datelineCountry).isNull();
    }
}
