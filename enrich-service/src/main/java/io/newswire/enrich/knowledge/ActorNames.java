package io.newswire.enrich.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one normal form of a person's name used as a key: accents folded, case folded, punctuation and spacing unified. */
public final class ActorNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ActorNames() {
    }

    /** "Recep Tayyip Erdoğan" and "recep  tayyip ERDOGAN" give the same key, "recep tayyip erdogan". */
    public static String key(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        folded = folded.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("ß", "ss");
        return NOT_NAME.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
