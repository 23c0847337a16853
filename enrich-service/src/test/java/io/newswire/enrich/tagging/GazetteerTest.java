package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");

    private static Gazetteer.Match first(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            Gazetteer.Match m = GAZETTEER.match(tokens, i);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    @Test
    void knowsEveryIso3166Country() {
        assertThat(GAZETTEER.codes()).containsAll(Set.of(Locale.getISOCountries()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Talks were held in Türkiye last year.|TR|NAME",
        "Talks were held in Turkey last year.|TR|NAME",
        "Talks were held in Turkiye last year.|TR|NAME",
        "a delegation from the U.S. arrived|US|NAME",
        "officials from the US said|US|NAME",
        "as America weighed its options|US|NAME",
        "the UK and its allies|GB|NAME",
        "ministers in Britain disagreed|GB|NAME",
        "an Emirati envoy|AE|ADJECTIVE",
        "a Filipino diplomat|PH|ADJECTIVE",
        "the Pakistani side|PK|ADJECTIVE",
        "Ankara said on Monday|TR|CAPITAL",
        "the Kremlin said|RU|CAPITAL",
        "officials in Islamabad|PK|CAPITAL",
        "a statement from Washington|US|CAPITAL",
        "talks in Viet Nam|VN|NAME",
        "the Republic of Korea and Japan|KR|NAME",
        "the Democratic Republic of the Congo|CD|NAME",
        "ULAANBAATAR, July 5|MN|CAPITAL"})
    void findsNamesVariantsDemonymsAndCapitals(String text, String code, Gazetteer.Kind kind) {
        Gazetteer.Match m = first(text);
        assertThat(m).isNotNull();
        assertThat(m.code()).isEqualTo(code);
        assertThat(m.kind()).isEqualTo(kind);
    }

    @Test
    void prefersTheLongestName() {
        Gazetteer.Match m = first("Prime Minister of Papua New Guinea");
        assertThat(m.code()).isEqualTo("PG");
        assertThat(first("the Dominican Republic").code()).isEqualTo("DO");
        assertThat(first("Guinea-Bissau's leader").code()).isEqualTo("GW");
    }

    @Test
    void blocksPhrasesThatOnlyLookLikeCountries() {
        Gazetteer.Match m = first("ships in the Indian Ocean");
        assertThat(m).isNotNull();
        assertThat(m.code()).isNull();
    }

    @Test
    void needsCapitalsForNamesAndExactCaseForAbbreviations() {
        assertThat(first("we ate turkey and chad")).isNull();
        assertThat(first("let us go")).isNull();
    }
}
