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
        // too short to overrule the feed, whatever it looks like
        LanguageCheck.Checked shortText = check.check(article("en", "Title of a1", "article 1"));
        assertThat(shortText.article().language()).isEqualTo("en");
        assertThat(shortText.tagged()).isTrue();
    }

    @Test
    void primaryLanguageOfATag() {
        assertThat(LanguageCheck.primary("en-US")).isEqualTo("en");
        assertThat(LanguageCheck.primary("EN_gb")).isEqualTo("en");
        assertThat(LanguageCheck.primary("fr")).isEqualTo("fr");
    }

    @Test
    void theGlanceSaysEnglishOnlyForEnglishAndOnlyWhereLinguaAgrees() {
        List<String> english = List.of(
                "The president of Valdoria left for Ostrava on Monday, where he will hold talks with the prime minister "
                        + "about trade and the border, his office said in a statement after the cabinet meeting.",
                "Officials said that the visit, which had been planned for months, would focus on energy. They added "
                        + "that the two leaders were expected to sign several agreements on their first day.");
        List<String> others = List.of(
                "Le président de la Valdorie est parti lundi pour Ostrava, où il tiendra des entretiens avec le "
                        + "premier ministre sur le commerce et la frontière, a indiqué son bureau dans un communiqué.",
                "El presidente de Valdoria partió el lunes hacia Ostrava, donde mantendrá conversaciones con el primer "
                        + "ministro sobre el comercio y la frontera, según informó su oficina en un comunicado.",
                "O presidente da Valdória partiu na segunda-feira para Ostrava, onde terá conversações com o "
                        + "primeiro-ministro sobre o comércio e a fronteira, informou o seu gabinete num comunicado.",
                "Der Präsident von Valdorien ist am Montag nach Ostrava gereist, wo er mit dem Ministerpräsidenten über "
                        + "Handel und die Grenze sprechen wird, teilte sein Büro in einer Erklärung mit.",
                "Il presidente della Valdoria è partito lunedì per Ostrava, dove terrà colloqui con il primo ministro "
                        + "sul commercio e sul confine, ha dichiarato il suo ufficio in un comunicato.",
                "De president van Valdorië is maandag naar Ostrava vertrokken, waar hij met de premier zal praten over "
                        + "handel en de grens, of over energie, zo meldde zijn kantoor in een verklaring.",
                "Prezydent Valdorii wyjechał w poniedziałek do Ostrawy, gdzie przeprowadzi rozmowy z premierem na temat "
                        + "handlu i granicy, to poinformowało jego biuro w oświadczeniu po posiedzeniu rządu.",
                "Valdorya cumhurbaşkanı pazartesi günü Ostrava'ya gitti, burada başbakanla ticaret ve sınır konusunda "
                        + "görüşmeler yapacak, her iki taraf da anlaşma bekliyor, dedi ofisi bir açıklamada.",
                "Presiden Valdoria berangkat ke Ostrava pada hari Senin, di mana ia akan mengadakan pembicaraan dengan "
                        + "perdana menteri tentang perdagangan dan perbatasan, kata kantornya dalam sebuah pernyataan.",
                "Rais wa Valdoria aliondoka Jumatatu kwenda Ostrava, ambako atafanya mazungumzo na waziri mkuu kuhusu "
                        + "biashara na mpaka, ofisi yake ilisema katika taarifa baada ya mkutano wa baraza.");
        for (String text : english) {
            Article a = article(null, "", text);
            assertThat(LanguageCheck.englishAtAGlance(a)).as(text).isTrue();
            assertThat(check.detect(text)).as(text).hasValue("en");
        }
        for (String text : others) {
            Article a = article(null, "", text);
            assertThat(LanguageCheck.englishAtAGlance(a)).as(text).isFalse();
            assertThat(check.check(a).tagged()).as(text).isFalse();
            assertThat(check.detect(text)).as(text).isPresent().get().isNotEqualTo("en");
        }
    }

    /** The glance's lookup straight from the text agrees with its definition: the word lower-cased is in the list. */
    @Test
    void aFunctionWordIsFoundInTheTextAsTheListHasIt() {
        List<String> words = new java.util.ArrayList<>();
        for (String w : LanguageCheck.FUNCTION_WORDS) {
            words.addAll(List.of(w, w.toUpperCase(java.util.Locale.ROOT), Character.toUpperCase(w.charAt(0))
                    + w.substring(1), w + "s", w.substring(1), "x" + w));
        }
        // beyond ASCII: the Kelvin sign lower-cases to 'k', the dotted capital I to two characters
        words.addAll(List.of("\u212Aey", "\u0130ts", "\u0131ts", "th\u00e9", "\u00e9t\u00e9", "o'clock", "'", "a"));
        String text = " " + String.join(" ", words) + " ";
        int start = 1;
        for (String w : words) {
            boolean expected = LanguageCheck.FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
            assertThat(LanguageCheck.isFunctionWord(text, start, start + w.length())).as(w).isEqualTo(expected);
            start += w.length() + 1;
        }
        assertThat(LanguageCheck.isFunctionWord("Their", 0, 5)).isTrue();
        assertThat(LanguageCheck.isFunctionWord("Theirs", 0, 5)).isTrue();
        assertThat(LanguageCheck.isFunctionWord("Theirs", 0, 6)).isFalse();
    }

    @Test
    void lettersAreCountedByCodePoint() {
        assertThat(LanguageCheck.hasLetters("ab, c", 3)).isTrue();
        assertThat(LanguageCheck.hasLetters("ab, 1", 3)).isFalse();
        assertThat(LanguageCheck.hasLetters("", 1)).isFalse();
        // a letter beyond the Basic Multilingual Plane is one letter in two chars
        assertThat(LanguageCheck.hasLetters("\uD835\uDC00a", 2)).isTrue();
        assertThat(LanguageCheck.hasLetters("\uD835\uDC00", 2)).isFalse();
    }

    @Test
    void aLetterIsWhatCharacterSaysIsOne() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(LanguageCheck.isLetter(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetter(c));
        }
    }

    /** The runnable jar keeps only these languages' models (the shade filter in enrich-service/pom.xml). */
    @Test
    void theRunnableJarKeepsTheModelsOfEveryLanguageChecked() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.Set<String> kept = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<include>language-models/(\\w+)/\\*\\*</include>")
                .matcher(pom);
        while (m.find()) {
            kept.add(m.group(1));
        }
        java.util.Set<String> checked = new java.util.TreeSet<>();
        for (var l : LanguageCheck.LANGUAGES) {
            checked.add(l.getIsoCode639_1().toString().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(kept).isEqualTo(checked);
    }
}
