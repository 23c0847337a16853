package io.newswire.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newswire.model.Article;
import java.util.Locale;
import java.util.Optional;

/**
 * The language stage in front of the tagger: detects the language of an article's text with Lingua (restricted to
 * {@link #LANGUAGES}, trigram models only, loaded once per JVM) and corrects {@code language} when the feed gave none
 * or one the text contradicts. A feed's more specific tag ({@code en-GB}) is kept when the text agrees with its primary
 * language, and the feed's value stands when the detector cannot tell (short or mixed text).
 *
 * <p>The tagger reads English: {@link Checked#tagged()} says whether the article goes to it. An article whose
 * language stays unknown is tagged (the benefit of the doubt: a headline-only item has little to lose).
 */
public final class LanguageCheck {
    /**
     * The languages news feeds here carry: English, the other languages of the outlets in the countries the pipeline
     * follows most (Europe, the Middle East, South and South-East Asia, East Asia, East Africa), and the world's
     * wire-service languages. Each one added costs memory (its trigram model, about 1 MB) and time per article.
     */
    public static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE, Language.GERMAN, Language.ITALIAN,
        Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.TURKISH, Language.ARABIC,
        Language.PERSIAN, Language.URDU, Language.HINDI, Language.INDONESIAN, Language.MALAY, Language.CHINESE,
        Language.JAPANESE, Language.KOREAN, Language.SWAHILI,
    };
    /** The language the tagger reads. */
    public static final String TAGGED = "en";
    /** Enough text to tell a language apart reliably; more only costs time. */
    static final int SAMPLE_CHARS = 400;
    /** How far the best language must lead the next one for the detector to commit (Lingua's relative distance). */
    static final double MIN_LEAD = 0.05;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode().withMinimumRelativeDistance(MIN_LEAD).withPreloadedLanguageModels().build();
    }

    private static final LanguageCheck STANDARD = new LanguageCheck();

    private LanguageCheck() {
    }

    /** The one instance; the first call loads the models (well under a second). */
    public static LanguageCheck standard() {
        Holder.DETECTOR.hashCode(); // load now, not under the first article
        return STANDARD;
    }

    /** An article with its language set from its text, and whether the tagger should read it. */
    public record Checked(Article article, boolean tagged) {
    }

    public Checked check(Article article) {
        Optional<String> detected = detect(sample(article));
        String stated = article.language() == null || article.language().isBlank() ? null : article.language().strip();
        String language = detected.filter(d -> stated == null || !d.equals(primary(stated))).orElse(stated);
        Article out = language == null || language.equals(article.language()) ? article : withLanguage(article, language);
        return new Checked(out, language == null || primary(language).equals(TAGGED));
    }

    /** The ISO 639-1 code of the language of {@code text}, if the detector can tell. */
    public Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Language l = Holder.DETECTOR.detectLanguageOf(text);
        return l == Language.UNKNOWN ? Optional.empty()
                : Optional.of(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }

    /** "en-GB", "EN_us" and "en" all have the primary language "en". */
    static String primary(String tag) {
        int cut = 0;
        while (cut < tag.length() && Character.isLetter(tag.charAt(cut))) {
            cut++;
        }
        return tag.substring(0, cut).toLowerCase(Locale.ROOT);
    }

    /** The title and the start of the text: what the detector reads. */
    static String sample(Article a) {
        StringBuilder sb = new StringBuilder(SAMPLE_CHARS + 200);
        for (String part : new String[] {a.title(), a.summary(), a.body()}) {
            if (part != null && !part.isBlank() && sb.length() < SAMPLE_CHARS) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(part, 0, Math.min(part.length(), SAMPLE_CHARS - sb.length() + 1));
            }
        }
        return sb.toString();
    }

    private static Article withLanguage(Article a, String language) {
        return new Article(a.schemaVersion(), a.id(), a.url(), a.guid(), a.feedUrl(), a.feedTitle(), a.title(),
                a.summary(), a.body(), language, a.authors(), a.categories(), a.publishedAt(), a.fetchedAt(),
                a.contentHash(), a.sourceCountry());
    }
}
