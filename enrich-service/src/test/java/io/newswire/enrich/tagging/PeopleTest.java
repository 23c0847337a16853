package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Enrichment;
import io.newswire.model.Official;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Officials from the ways news names them, on sentences written for these tests. */
class PeopleTest {
    private static List<Official> people(String body) {
        return Articles.tag("2024-05-06", body).people();
    }

    @Test
    void titleCountryAndNameBeforeTheVerb() {
        assertThat(people("Chilean Foreign Minister Marta Solis met reporters."))
                .containsExactly(new Official("Marta Solis", "foreign minister", "CL"));
    }

    @Test
    void possessiveCountryBeforeTheTitle() {
        assertThat(people("Norway's Prime Minister Erik Dahl spoke first."))
                .containsExactly(new Official("Erik Dahl", "prime minister", "NO"));
    }

    @Test
    void titleAfterTheName() {
        assertThat(people("Ana Ferreira, Portugal's defence minister, opened the session."))
                .containsExactly(new Official("Ana Ferreira", "defense minister", "PT"));
        assertThat(people("The talks were led by Omar Haddad, the Jordanian foreign minister."))
                .containsExactly(new Official("Omar Haddad", "foreign minister", "JO"));
    }

    @Test
    void titleOfCountryBeforeTheName() {
        assertThat(people("The President of Ghana, Kofi Mensah, will speak."))
                .containsExactly(new Official("Kofi Mensah", "president", "GH"));
    }

    @Test
    void militaryTitleWithCountryInsideAndRankBeforeName() {
        assertThat(people("Commander of Egypt's Land Forces Gen. Karim Nasser inspected the troops."))
                .containsExactly(new Official("Karim Nasser", "army chief", "EG"));
    }

    @Test
    void nationalVariantsOfTitles() {
        assertThat(people("US Secretary of State Laura Whitfield flew home.")).containsExactly(
                new Official("Laura Whitfield", "foreign minister", "US"));
        assertThat(people("Indian External Affairs Minister Ravi Menon spoke.")).containsExactly(
                new Official("Ravi Menon", "foreign minister", "IN"));
        assertThat(people("Nepal's army chief Gen. Bikram Thapa retired.")).containsExactly(
                new Official("Bikram Thapa", "army chief", "NP"));
    }

    @Test
    void aListSharesTheCountryOfItsFirstTitle() {
        assertThat(people("They met Kenyan President Daniel Otieno, Foreign Minister Grace Wanjiru and Defence "
                + "Minister Peter Kamau.")).containsExactly(
                new Official("Daniel Otieno", "president", "KE"),
                new Official("Grace Wanjiru", "foreign minister", "KE"),
                new Official("Peter Kamau", "defense minister", "KE"));
    }

    @Test
    void aCounterpartHoldsTheSameOffice() {
        assertThat(people("Swedish Trade Minister Lena Berg held talks with her Vietnamese counterpart Tran Van Minh."))
                .contains(new Official("Tran Van Minh", "trade minister", "VN"));
    }

    @Test
    void laterSurnameAndTitleMentionsAreTheSamePerson() {
        List<Official> found = people("Greek Prime Minister Nikos Pappas arrived on Monday. Pappas then met "
                + "students. The Greek prime minister left at noon.");
        assertThat(found).containsExactly(new Official("Nikos Pappas", "prime minister", "GR"));
    }

    @Test
    void aTitleMentionGivesTheCountryOfTheHolder() {
        List<Official> found = people("President Amadou Diallo left Dakar. The Senegalese President will return "
                + "on Friday.");
        assertThat(found).containsExactly(new Official("Amadou Diallo", "president", "SN"));
    }

    @Test
    void aDelegationGivesItsMembersTheirCountry() {
        List<Official> found = people("The Irish delegation led by special envoy Sean Byrne arrived.");
        assertThat(found).containsExactly(new Official("Sean Byrne", "special envoy", "IE"));
    }

    @Test
    void peopleWithoutOfficeAreNotOfficials() {
        assertThat(people("Billionaire investor Carl Jansen, head of a car maker, met the press.")).isEmpty();
    }

    /** The people stage runs before the visit stage, and nothing the visit stage concludes flows back. */
    @Test
    void thePeopleDoNotDependOnWhetherAVisitIsFound() {
        Enrichment withVisit = Articles.tag("2024-05-06",
                "President Amadou Diallo received Kenyan President Daniel Otieno in Dakar on Monday.");
        Enrichment withoutVisit = Articles.tag("2024-05-06",
                "President Amadou Diallo received Kenyan business leaders in Dakar on Monday.");
        assertThat(withVisit.visits()).as("the visit stage does find a visit here").hasSize(1);
        assertThat(withVisit.visits().getFirst().hosts()).extracting(Official::country).containsExactly("SN");
        assertThat(withoutVisit.visits()).isEmpty();
        assertThat(withVisit.people()).containsExactly(new Official("Amadou Diallo", "president", null),
                new Official("Daniel Otieno", "president", "KE"));
        assertThat(withoutVisit.people()).containsExactly(new Official("Amadou Diallo", "president", null));
    }
}
