package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.knowledge.ActorMemory;
import io.newswire.enrich.knowledge.City;
import io.newswire.enrich.knowledge.CityTable;
import io.newswire.enrich.knowledge.KnownActor;
import io.newswire.enrich.knowledge.OfficeHolder;
import io.newswire.enrich.knowledge.OfficialsTable;
import io.newswire.enrich.knowledge.World;
import io.newswire.model.Article;
import io.newswire.model.Enrichment;
import io.newswire.model.Official;
import io.newswire.model.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tagger asking its knowledge "who is this name at this date" and "which country is this place": invented
 * office holders and towns, so that only the tables (not the lexicons) can resolve them.
 */
class WorldKnowledgeTest {
    private static final World WORLD = new World(OfficialsTable.of(List.of(
            new OfficeHolder("MW", "president", "Chikondi Banda-Mwale", List.of("Banda-Mwale"),
                    LocalDate.of(2020, 7, 6), LocalDate.of(2025, 10, 4)),
            new OfficeHolder("MW", "president", "Thoko Lungu", List.of("Lungu"), LocalDate.of(2025, 10, 4), null),
            new OfficeHolder("NA", "prime minister", "Ndapewa Amukoto", List.of("Amukoto"),
                    LocalDate.of(2021, 3, 1), null))),
            CityTable.of(List.of(new City("Okavela", "ZM", 240_000, false), new City("Marlow", "GB", 110_000, false),
                    new City("Marlow", "US", 20_000, false), new City("Chiroma", "MW", 90_000, false))));
    private static final RuleTagger TAGGER = RuleTagger.withWorld(WORLD);

    private static Article article(String published, String body, String sourceCountry) {
        return new Article(Article.SCHEMA_VERSION, "k", null, null, null, null, "", null, body, "en", List.of(),
                List.of(), LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant(), null, null,
                sourceCountry);
    }

    private static List<Visit> visits(String published, String body) {
        return TAGGER.tag(article(published, body, null)).visits();
    }

    /** Each visit as "visitor>host". */
    private static List<String> pairs(List<Visit> visits) {
        return visits.stream().map(v -> String.join("+", v.visitorCountries()) + ">" + v.hostCountry()).toList();
    }

    @Test
    void aLeaderNamedBareIsResolvedBySurnameAtTheArticlesDate() {
        List<Visit> v = visits("2023-05-02", "Banda-Mwale arrived in Okavela on Tuesday for two days of talks.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitorCountries()).containsExactly("MW");
            assertThat(x.hostCountry()).isEqualTo("ZM");
            assertThat(x.visitors()).extracting(Official::name, Official::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Banda-Mwale", "president"));
            assertThat(x.startDate()).isEqualTo(LocalDate.of(2023, 5, 2));
        });
    }

    @Test
    void notAtADateOutsideTheTerm() {
        assertThat(visits("2026-05-05", "Banda-Mwale arrived in Okavela on Tuesday for two days of talks."))
                .isEmpty();
        assertThat(visits("2026-05-05", "Lungu arrived in Okavela on Tuesday for two days of talks."))
                .extracting(Visit::hostCountry).containsExactly("ZM");
    }

    @Test
    void aFormerLeaderTravellingIsNoStateVisitor() {
        assertThat(visits("2023-05-02", "Former president Banda-Mwale arrived in Okavela on Tuesday for a"
                + " conference.")).isEmpty();
    }

    @Test
    void aCityGivesTheHostCountry() {
        assertThat(pairs(visits("2023-05-02", "Namibian Prime Minister Ndapewa Amukoto arrived in Okavela on"
                + " Tuesday."))).containsExactly("NA>ZM");
    }

    @Test
    void aSharedCityNameGoesByPopulationByTheCountriesNamedAndNeverOverAnExplicitCountry() {
        assertThat(visits("2023-05-02", "Amukoto arrived in Marlow on Tuesday for talks on trade."))
                .extracting(Visit::hostCountry).containsExactly("GB");
        assertThat(visits("2023-05-02", "Amukoto arrived in Marlow on Tuesday for talks on trade with the"
                + " United States.")).extracting(Visit::hostCountry).containsExactly("US");
        assertThat(visits("2023-05-02", "Amukoto arrived in Marlow, Canada, on Tuesday for talks on trade."))
                .extracting(Visit::hostCountry).containsExactly("CA");
    }

    @Test
    void departingFromACityGivesTheVisitorsHome() {
        assertThat(pairs(visits("2023-05-02", "Foreign Minister Yamikani Phiri departed Chiroma for Okavela on"
                + " Monday."))).containsExactly("MW>ZM");
    }

    @Test
    void theOutletsCountryIsOnlyTheLastResortForAVisitorNamedByOffice() {
        String bare = "The President arrived in Okavela on Monday for a two-day state visit.";
        assertThat(TAGGER.tag(article("2026-02-02", bare, null)).visits()).isEmpty();
        List<Visit> v = TAGGER.tag(article("2026-02-02", bare, "MW")).visits();
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitorCountries()).containsExactly("MW");
            assertThat(x.hostCountry()).isEqualTo("ZM");
            assertThat(x.visitors()).extracting(Official::name).containsExactly("Thoko Lungu");
        });
        // any country the story gives the visitor comes first
        assertThat(TAGGER.tag(article("2026-02-02", "The Namibian President arrived in Okavela on Monday for a"
                + " two-day state visit.", "MW")).visits()).extracting(Visit::visitorCountries)
                .containsExactly(List.of("NA"));
        // and the outlet's country is never the host
        assertThat(TAGGER.tag(article("2026-02-02", "The President received the visiting Zambian foreign minister,"
                + " Mulenga Zulu, on Monday.", "MW")).visits()).extracting(Visit::hostCountry)
                .doesNotContain("MW");
    }

    @Test
    void aLearnedMinisterResolvesALaterBareMention() {
        Map<String, KnownActor> learned = Map.of("mulenga zulu",
                new KnownActor("Mulenga Zulu", "ZM", "foreign minister", Instant.parse("2025-01-10T00:00:00Z")));
        ActorMemory memory = key -> Optional.ofNullable(learned.get(key));
        String body = "Mulenga Zulu arrived in Chiroma on Monday for talks on the border.";
        assertThat(TAGGER.tag(article("2025-03-03", body, null)).visits()).isEmpty();
        assertThat(TAGGER.tag(article("2025-03-03", body, null), memory).visits())
                .extracting(Visit::visitorCountries, Visit::hostCountry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("ZM"), "MW"));
        // an entry not seen for 18 months is forgotten
        assertThat(TAGGER.tag(article("2027-03-03", body, null), memory).visits()).isEmpty();
    }

    @Test
    void officialsResolvedFromTheTextComeOutWithCountryAndRoleWhetherOrNotThereIsAVisit() {
        Enrichment visit = TAGGER.tag(article("2025-03-03", "Zambian Foreign Minister Mulenga Zulu arrived in"
                + " Chiroma on Monday.", null));
        Enrichment none = TAGGER.tag(article("2025-03-03", "Zambian Foreign Minister Mulenga Zulu praised the"
                + " harvest on Monday.", null));
        Official zulu = new Official("Mulenga Zulu", "foreign minister", "ZM");
        assertThat(visit.visits()).hasSize(1);
        assertThat(none.visits()).isEmpty();
        assertThat(visit.people()).contains(zulu);
        assertThat(none.people()).contains(zulu);
    }

    @Test
    void aCountrysOfficeNamedAloneIsItsHolderAtTheDate() {
        List<Visit> v = visits("2024-02-02", "The Namibian Prime Minister will travel to Zambia next week for talks"
                + " on the railway.");
        assertThat(v).singleElement().satisfies(x -> assertThat(x.visitors()).extracting(Official::name)
                .containsExactly("Ndapewa Amukoto"));
        // before the term, nobody is known to have held it
        assertThat(visits("2020-02-02", "The Namibian Prime Minister will travel to Zambia next week for talks"
                + " on the railway.")).singleElement().satisfies(x -> assertThat(x.visitors()).isEmpty());
    }

    @Test
    void aTitlesAbbreviationBetweenTitleAndNameIsSkipped() {
        assertThat(TAGGER.tag(article("2024-02-02", "Namibian External Affairs Minister (EAM) Selma Haufiku"
                + " arrived in Lusaka on Friday.", null)).people())
                .contains(new Official("Selma Haufiku", "foreign minister", "NA"));
    }

    @Test
    void aFullNameWithAnotherMiddleNameIsStillTheHolder() {
        assertThat(visits("2023-05-02", "Chikondi Tamanda Banda-Mwale arrived in Okavela on Tuesday."))
                .extracting(Visit::visitorCountries).containsExactly(List.of("MW"));
    }

    @Test
    void meetingLeadersInSeveralCountriesIsATour() {
        List<Visit> v = visits("2024-02-02", "Amukoto plans to meet leaders in Kenya, Uganda and Rwanda to discuss"
                + " the regional grid.");
        assertThat(v).extracting(Visit::hostCountry).containsExactlyInAnyOrder("KE", "UG", "RW");
        assertThat(v).allSatisfy(x -> assertThat(x.visitorCountries()).containsExactly("NA"));
    }

    @Test
    void afterAVisitTheNameThatFollowsIsTheVisitorAndTheVisitIsOver() {
        List<Visit> v = visits("2024-02-02", "After a two-day visit to Angola, Prime Minister Amukoto returned to"
                + " Windhoek on Thursday evening.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitorCountries()).containsExactly("NA");
            assertThat(x.hostCountry()).isEqualTo("AO");
            assertThat(x.status()).isEqualTo(io.newswire.model.VisitStatus.COMPLETED);
        });
    }

    @Test
    void aWireHeadlineFiledUnderACountryStandsForItsDateline() {
        Article a = new Article(Article.SCHEMA_VERSION, "w", null, null, null, null,
                "Namibia: Trade Minister Heads to Luanda", null, "Trade Minister Penda Shikongo will on Monday"
                + " travel to Luanda for talks on the corridor.", "en", List.of(), List.of(),
                LocalDate.parse("2024-02-02").atStartOfDay(ZoneOffset.UTC).toInstant(), null, null, null);
        assertThat(TAGGER.tag(a).visits()).extracting(Visit::visitorCountries, Visit::hostCountry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("NA"), "AO"));
    }
}
