package io.newswire.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    private final LanguageCheck check = LanguageCheck.standard();

    private static Article article(String language, String title, String body) {
        return new Article(Article.SCHEMA_VERSION, "a1", "https://harbourtimes.example/a1", null, null, null, title,
                null, body, language, List.of(), List.of(), Instant.parse("2025-07-09T08:00:00Z"), null, null);
    }

    @Test
    void anEnglishArticleWithoutALanguageGetsEnglishAndIsTagged() {
        LanguageCheck.Checked c = check.check(article(null, "Minister arrives in Valdoria for talks",
                "The foreign minister of Ostrava arrived in the capital on Tuesday for two days of talks on trade, "
                        + "energy and security with her counterpart, officials said."));
        assertThat(c.article().language()).isEqualTo("en");
        assertThat(c.tagged()).isTrue();
    }

    @Test
    void aFeedThatCallsAFrenchArticleEnglishIsCorrectedAndTheArticleSkipped() {
        LanguageCheck.Checked c = check.check(article("en", "Le ministre arrive à Valdoria pour des entretiens",
                "Le ministre des affaires étrangères d'Ostrava est arrivé mardi dans la capitale pour deux jours "
                        + "d'entretiens sur le commerce, l'énergie et la sécurité avec son homologue."));
        assertThat(c.article().language()).isEqualTo("fr");
        assertThat(c.tagged()).isFalse();
    }

    @Test
    void otherScriptsAreToldApartToo() {
        assertThat(check.detect("وصل وزير الخارجية إلى العاصمة يوم الثلاثاء لإجراء محادثات حول التجارة والطاقة"))
                .hasValue("ar");
        assertThat(check.detect("Министр иностранных дел прибыл в столицу во вторник для переговоров о торговле"))
                .hasValue("ru");
        assertThat(check.detect("Dışişleri bakanı ticaret ve enerji görüşmeleri için salı günü başkente geldi"))
                .hasValue("tr");
    }

    @Test
    void aFeedsRegionalTagIsKeptWhenTheTextAgrees() {
        LanguageCheck.Checked c = check.check(article("en-GB", "Prime minister to visit Valdoria next week",
                "The prime minister will travel to Valdoria next week to meet the president, the government said."));
        assertThat(c.article().language()).isEqualTo("en-GB");
        assertThat(c.tagged()).isTrue();
    }

    @Test
    void whenTheDetectorCannotTellTheFeedsLanguageStands() {
        LanguageCheck.Checked empty = check.check(article("de", "", null));
        assertThat(empty.article().language()).isEqualTo("de");
        assertThat(empty.tagged()).isFalse();
        LanguageCheck.Checked none = check.check(article(null, "", ""));
        assertThat(none.article().language()).isNull();
        assertThat(none.tagged()).isTrue();
    }

    @Test
    void primaryLanguageOfATag() {
        assertThat(LanguageCheck.primary("en-US")).isEqualTo("en");
        assertThat(LanguageCheck.primary("EN_gb")).isEqualTo("en");
        assertThat(LanguageCheck.primary("fr")).isEqualTo("fr");
    }
}
