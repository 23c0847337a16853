package io.newswire.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newswire.enrich.tagging.ResourceLines;
import io.newswire.model.Article;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The language stage in front of the tagger: detects the language of an article's text with Lingua (restricted to
 * {@link #LANGUAGES}, trigram models only, loaded once per JVM) and corrects {@code language} when the feed gave none
 * or one the text contradicts. A feed's more specific tag ({@code en-GB}) is kept when the text agrees with its primary
 * language, and the feed's value stands when the text is too short to tell ({@link #MIN_LETTERS}). Skipping an English
 * article loses its visits, tagging a foreign one costs little, so the check leans to English: a text is English
 * whenever Lingua finds English nearly as likely as the likeliest language ({@link #ENGLISH_MARGIN}; short English
 * texts full of foreign names score close to Italian or German). Otherwise Lingua's likeliest language stands, even
 * when a close relative is nearly as likely (Malay and Indonesian): either way not English.
 *
 * <p>The tagger reads English: {@link Checked#tagged()} says whether the article goes to it. An article whose
 * language stays unknown is tagged (the benefit of the doubt: a headline-only item has little to lose).
 *
 * <p>Speed: Lingua costs 50-100 µs an article, as much as a third of tagging. Most articles here are plainly English,
 * so a text whose words are for a large part English function words ({@code english-function-words.txt}, words other
 * Latin-script languages rarely use) is accepted as English at a glance, in a few microseconds; every other text goes
 * to Lingua. The glance only ever says English, and only where Lingua agrees (tested on texts in the detector's
 * languages).
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
    static final int SAMPLE_CHARS = 160;
    /** Below this many letters a text says too little about its language ("Title of a1. Shares rose."). */
    static final int MIN_LETTERS = 40;
    /** English wins when its confidence is at least this share of the likeliest language's. */
    static final double ENGLISH_MARGIN = 0.9;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    /** Share of a sample's words that must be English function words for the glance to call it English. */
    static final double GLANCE_SHARE = 0.15;
    /** The glance needs at least this many words and this many function words among them. */
    static final int GLANCE_WORDS = 20;
    static final int GLANCE_HITS = 5;
    /** The glance reads this much of the text (more than Lingua: counting words is cheap). */
    static final int GLANCE_CHARS = 600;
    /** A longer word never counts as a function word at a glance. */
    static final int GLANCE_LONGEST = 7;
    /** what {@link #pack} returns for a word it cannot pack */
    private static final long NOT_PACKED = -1;
    static final Set<String> FUNCTION_WORDS = Set.copyOf(
            ResourceLines.read("/language/english-function-words.txt").stream().map(String::strip).toList());
    /**
     * The function words of at most {@link #GLANCE_LONGEST} ASCII characters, each packed into a long (one byte a
     * character), in an open-addressing table (0 marks a free slot; no packed word is 0): the glance looks a word up
     * straight from the text, without cutting and lower-casing a string for each of its hundred-odd words (#9
     * speed). Seven non-zero bytes make the packing one-to-one.
     */
    private static final long[] PACKED_FUNCTION_WORDS = packedTable(FUNCTION_WORDS.stream()
            .filter(w -> w.equals(w.toLowerCase(Locale.ROOT))) // a word in capitals would never match
            .mapToLong(w -> pack(w, 0, w.length())).filter(p -> p != NOT_PACKED).toArray());

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
        Optional<String> detected = englishAtAGlance(article) ? Optional.of(TAGGED) : detect(sample(article));
        String stated = article.language() == null || article.language().isBlank() ? null : article.language().strip();
        String language = detected.filter(d -> stated == null || !d.equals(primary(stated))).orElse(stated);
        Article out = language == null || language.equals(article.language()) ? article : withLanguage(article, language);
        return new Checked(out, language == null || primary(language).equals(TAGGED));
    }

    /** The ISO 639-1 code of the language of {@code text}, if it is long enough and the detector can tell. */
    public Optional<String> detect(String text) {
        if (text == null || !hasLetters(text, MIN_LETTERS)) {
            return Optional.empty();
        }
        SortedMap<Language, Double> confidence = Holder.DETECTOR.computeLanguageConfidenceValues(text);
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        Language top = confidence.firstKey();
        double english = confidence.getOrDefault(Language.ENGLISH, 0.0);
        Language l = english >= ENGLISH_MARGIN * confidence.get(top) ? Language.ENGLISH : top;
        return l == Language.UNKNOWN ? Optional.empty()
                : Optional.of(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code text} has at least {@code n} letters (code points), read only as far as the n-th. */
    static boolean hasLetters(String text, int n) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < n; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters >= n;
    }

    /** Whether the start of the article's text is plainly English: many of its words are English function words. */
    static boolean englishAtAGlance(Article a) {
        String text = a.body() != null && !a.body().isBlank() ? a.body() : a.summary();
        if (text == null) {
            return false;
        }
        int end = Math.min(text.length(), GLANCE_CHARS);
        int words = 0;
        int hits = 0;
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < end && (isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            words++;
            if (i - start <= GLANCE_LONGEST && isFunctionWord(text, start, i)) {
                hits++;
            }
        }
        return words >= GLANCE_WORDS && hits >= GLANCE_HITS && hits >= GLANCE_SHARE * words;
    }

    /** {@link Character#isLetter(char)}, answering ASCII (most of an English text) without the Unicode tables. */
    static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    /** {@code text[start, end)} lower-cased is one of the {@link #FUNCTION_WORDS}. */
    static boolean isFunctionWord(String text, int start, int end) {
        long packed = pack(text, start, end);
        if (packed == NOT_PACKED) {
            // a letter beyond ASCII may still lower-case to ASCII (the Kelvin sign to 'k'): the slow, exact way
            return FUNCTION_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
        int mask = PACKED_FUNCTION_WORDS.length - 1;
        for (int slot = slot(packed, mask);; slot = slot + 1 & mask) {
            long w = PACKED_FUNCTION_WORDS[slot];
            if (w == packed) {
                return true;
            }
            if (w == 0) {
                return false;
            }
        }
    }

    private static int slot(long packed, int mask) {
        return (int) (packed * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }

    /** The packed words in a power-of-two table at most a quarter full, so a miss ends at a free slot at once. */
    private static long[] packedTable(long[] packed) {
        long[] table = new long[Integer.highestOneBit(Math.max(4, packed.length * 4) - 1) << 1];
        int mask = table.length - 1;
        for (long p : packed) {
            int slot = slot(p, mask);
            while (table[slot] != 0 && table[slot] != p) {
                slot = slot + 1 & mask;
            }
            table[slot] = p;
        }
        return table;
    }

    /**
     * {@code s[start, end)} lower-cased (as {@code toLowerCase(Locale.ROOT)} does ASCII), one byte a character, the
     * first in the highest byte used; {@link #NOT_PACKED} when it is empty, longer than {@link #GLANCE_LONGEST} or
     * has a character beyond ASCII or a NUL.
     */
    static long pack(String s, int start, int end) {
        if (end <= start || end - start > GLANCE_LONGEST) {
            return NOT_PACKED;
        }
        long packed = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c == 0 || c >= 128) {
                return NOT_PACKED;
            }
            packed = packed << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return packed;
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
