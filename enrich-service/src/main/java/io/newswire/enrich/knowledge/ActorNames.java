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
        String ascii = asciiKey(name);
        if (ascii != null) {
            return ascii;
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        folded = folded.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("ß", "ss");
        return NOT_NAME.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The same key without the Unicode machinery for a plain-ASCII name (the common case, and on the hot path). */
    private static String asciiKey(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 127) {
                return null;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !sb.isEmpty()) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                if (gap && !sb.isEmpty()) {
                    sb.append(' ');
                }
                gap = false;
                sb.append((char) (c + 32));
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }
}
