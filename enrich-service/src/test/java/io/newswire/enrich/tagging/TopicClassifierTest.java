package io.newswire.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.TopicTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {
    private static List<String> codes(String title, String body) {
        return Articles.TAGGER.tag(Articles.article("t", "2024-05-05", title, body)).topics().stream()
                .map(TopicTag::code).toList();
    }

    @Test
    void everyTopicHasItsIptcCode() {
        String text = "The defence ministers discussed military exercises and weapons. Border security and "
                + "intelligence sharing dominated, with the terrorism threat and militant groups. Trade and "
                + "investment grew, with exports up. Oil and gas pipelines and energy supply were on the table. "
                + "The war and the conflict raged; shelling continued. Peace talks on a ceasefire and a truce "
                + "resumed. The territorial dispute over sovereignty flared. Humanitarian aid and relief for "
                + "famine reached refugees. Migration and migrants, asylum and immigration were debated. Climate "
                + "change and emissions mattered to the environment. Health officials tracked the pandemic and "
                + "the virus. Technology firms showed artificial intelligence and digital tools. The summit of "
                + "the United Nations was multilateral. Bilateral relations between the two countries improved.";
        // twice over: a theme needs more than one sentence
        List<TopicTag> tags = Articles.TAGGER.tag(Articles.article("t", "2024-05-05", "", text + " " + text))
                .topics();
        assertThat(tags).extracting(TopicTag::code).contains("defense", "security", "counter_terrorism",
                "trade_investment", "energy", "armed_conflict", "peace_process", "territorial_dispute",
                "humanitarian", "migration", "climate_environment", "health", "technology", "multilateral",
                "bilateral_relations");
        assertThat(tags).allSatisfy(t -> {
            assertThat(t.iptc()).startsWith("medtop:");
            assertThat(t.score()).isBetween(0.0, 1.0);
        });
    }

    /** A combining mark standing alone folds to an empty word; the classifier once failed on it. */
    @Test
    void aStrayCombiningMarkChangesNothing() {
        String title = "Trade talks on investment";
        String body = "Exports and investment grew, and trade with the region rose. Trade talks on tariffs went on.";
        assertThat(codes(title.replace(" on ", " \u0301 on "), body.replace(" with ", " \u0301 with ")))
                .isNotEmpty().isEqualTo(codes(title, body));
    }

    @Test
    void aTopicNeedsMoreThanOneWord() {
        assertThat(codes("", "The ministers met in a room about health.")).doesNotContain("health");
        assertThat(codes("Virus outbreak strains hospitals", "Health officials said the virus outbreak was "
                + "spreading and hospitals were full.")).contains("health");
    }

    @Test
    void aListOfFieldsIsNotADiscussionOfEach() {
        List<String> found = codes("", "The leaders agreed to cooperate in politics, defence, trade, technology, "
                + "energy, health and climate change.");
        assertThat(found).doesNotContain("technology", "health", "climate_environment", "energy");
    }

    @Test
    void wordsInsideNamesDoNotCount() {
        assertThat(codes("", "He opened the Institute of Science and Technology and the Technology Park "
                + "at the University of Health Sciences.")).doesNotContain("technology", "health");
    }

    @Test
    void namesOfMultilateralBodiesCountInsideNames() {
        // invented: the body's own name is the evidence, even though its words are capitalised inside a name
        assertThat(codes("Leaders head for regional talks", "The premier flew to Apia for the Pacific Islands "
                + "Forum Leaders Meeting. She will also attend the Commonwealth Heads of Government Meeting later "
                + "in the month.")).contains("multilateral");
        assertThat(codes("", "The president returned from the Eurasian Economic Union Summit. At the EAEU "
                + "Summit he met the heads of the member states.")).contains("multilateral");
        // an office named after a body is not a meeting of it
        assertThat(codes("", "He met Ms Okoth, Director General of the United Nations Office in Nairobi. "
                + "Ms Okoth heads the United Nations Environment Office.")).doesNotContain("multilateral");
    }

    @Test
    void aBilateralVisitIsAboutBilateralRelations() {
        assertThat(codes("", "Estonian Prime Minister Kaja Tamm arrived in Oslo on Monday.")).contains(
                "bilateral_relations");
        assertThat(codes("", "Trade between the two countries rose 5 percent; bilateral trade hit a record."))
                .doesNotContain("bilateral_relations");
    }

    @Test
    void aTradeWarIsNoWar() {
        assertThat(codes("", "The trade war hurt exports. The trade war went on.")).doesNotContain("armed_conflict");
    }

    @Test
    void aPassingMentionInOneSentenceIsNotATheme() {
        assertThat(codes("", "The minister praised the port workers. Shipments of copper, timber and renewable "
                + "energy equipment rose last year.")).doesNotContain("energy");
        assertThat(codes("", "The new power plant will burn less coal. Energy ministers said the solar farm and "
                + "the hydrogen pilot would cut electricity prices.")).contains("energy");
    }

    @Test
    void theLeadSentenceSaysWhatTheArticleIsAbout() {
        // invented: a news lead states the theme once, like a headline; the same sentence later in the body does not
        String theme = "The visit is aimed at deepening defence and security cooperation between the two countries.";
        String rest = "The general was received at the airport by the ambassador. He will also lay a wreath.";
        assertThat(codes("General arrives in Male", "General Rao arrived in the Maldives on Sunday. " + theme
                + " " + rest)).doesNotContain("security");
        assertThat(codes("General arrives in Male", "General Rao arrived in the Maldives on Sunday on a visit aimed "
                + "at deepening defence and security cooperation between the two countries. " + rest))
                .contains("security");
    }

    @Test
    void wholeThemesAreRecognisedFromTheirOwnVocabulary() {
        assertThat(codes("", "Rivers burst their banks after a week of monsoon rain. Floods cut roads to the "
                + "valley, and campaigners blamed deforestation upstream.")).contains("climate_environment");
        assertThat(codes("", "Envoys from the two neighbours tried to mediate between the rival factions. A "
                + "go-between carried messages so that indirect talks could resume.")).contains("peace_process");
        assertThat(codes("", "The factory will make batteries for electric vehicles. Engineers will also refine "
                + "rare earths used in semiconductors.")).contains("technology");
        assertThat(codes("", "Ministers of the Mercosur bloc met in the capital. The regional bloc is "
                + "negotiating a tariff deal.")).contains("multilateral");
        assertThat(codes("", "The two leaders spoke by phone on Monday. Both leaders agreed that ties between "
                + "the two countries should deepen.")).contains("bilateral_relations");
    }

    @Test
    void troopsInACoupAreNotDefencePolicy() {
        assertThat(codes("", "Soldiers seized the presidential palace in a coup on Sunday. The junta said troops "
                + "would patrol the capital, and the army closed the borders.")).doesNotContain("defense")
                .contains("security");
    }

    @Test
    void anInstituteNamedForScienceIsNotTechnology() {
        assertThat(codes("", "The ambassador visited a science and technology institute in the suburbs. Students "
                + "at the institute showed him their garden.")).doesNotContain("technology");
    }

    @Test
    void aVisitToASummitIsAboutTheSummitNotBilateralTies() {
        assertThat(codes("", "Chilean President Rosa Fuentes arrived in Lima on Monday for the regional summit. "
                + "The summit of the Pacific bloc will discuss fisheries.")).contains("multilateral")
                .doesNotContain("bilateral_relations");
    }

    @Test
    void nuclearProgrammesAndAirDefenceAreSecurity() {
        assertThat(codes("", "The envoy carried proposals on the nuclear program and uranium enrichment. Allies "
                + "have deployed air defence batteries along the border.")).contains("security");
    }

    @Test
    void disasterResponseIsHumanitarian() {
        assertThat(codes("", "The minister toured storm-hit villages where survivors were sleeping in tents. The "
                + "army handed out food packages and promised to relocate homeless families.")).contains("humanitarian");
    }
}
