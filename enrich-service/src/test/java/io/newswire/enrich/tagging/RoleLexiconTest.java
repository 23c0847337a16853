package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleLexiconTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load("/tagging/countries.tsv");
    private static final RoleLexicon ROLES = RoleLexicon.load("/tagging/roles.tsv");

    private static RoleLexicon.Match match(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return ROLES.match(tokens, 0, GAZETTEER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Secretary of State Jane Roe|foreign minister",
        "External Affairs Minister A. Singh|foreign minister",
        "Minister of Foreign Affairs Jane Roe|foreign minister",
        "Foreign Secretary Jane Roe|foreign minister",
        "Chief of Army Staff General Roe|army chief",
        "army chief Roe|army chief",
        "Chief of the Army Staff Roe|army chief",
        "Defence Minister Roe|defense minister",
        "Secretary of Defense Roe|defense minister",
        "Chancellor Roe|chancellor",
        "Premier Roe|prime minister",
        "Crown Prince Roe|crown prince",
        "Speaker of the National Assembly Roe|speaker of parliament",
        "Special Envoy Roe|special envoy",
        "Commerce Minister Roe|trade minister",
        "Minister of State Roe|minister of state"})
    void mapsTitlesToCanonicalRoles(String text, String role) {
        RoleLexicon.Match m = match(text);
        assertThat(m).isNotNull();
        assertThat(m.role()).isEqualTo(role);
    }

    @Test
    void takesTheCountryFromInsideTheTitle() {
        RoleLexicon.Match m = match("Commander of Pakistan's Land Forces Gen. Roe");
        assertThat(m.role()).isEqualTo("army chief");
        assertThat(m.country()).isEqualTo("PK");
        assertThat(match("Prime Minister of New Zealand Jane Roe").country()).isEqualTo("NZ");
        assertThat(match("Prince of Wales").country()).isEqualTo("GB");
    }

    @Test
    void anOrganisationAfterTheCountryIsNotTheCountrysOffice() {
        RoleLexicon.Match m = match("president of the China Council for trade");
        assertThat(m.role()).isEqualTo("president");
        assertThat(m.country()).isNull();
    }

    @Test
    void ambassadorsAndSpokespeopleAreOfficialsWhoseTravelIsNoVisit() {
        assertThat(match("ambassador Roe").rank()).isEqualTo(RoleLexicon.Rank.OFFICIAL);
        assertThat(match("spokesman Roe").rank()).isEqualTo(RoleLexicon.Rank.OFFICIAL);
        assertThat(match("President Roe").rank()).isEqualTo(RoleLexicon.Rank.VISITOR);
    }

    @Test
    void shortTitlesMustBeWrittenInCapitals() {
        assertThat(match("PM Roe")).extracting(RoleLexicon.Match::role, RoleLexicon.Match::from, RoleLexicon.Match::to)
                .containsExactly("prime minister", 0, 1);
        assertThat(match("pm local time")).isNull();
    }

    @Test
    void pluralsMatchTheSingularTitle() {
        RoleLexicon.Match m = match("defense ministers met");
        assertThat(m.role()).isEqualTo("defense minister");
        assertThat(m.plural()).isTrue();
    }
}
