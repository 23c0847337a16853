package io.newswire.enrich.visits;

import io.newswire.model.Official;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Unites the officials that several reports name, one entry per person. Outlets spell the same person differently
 * ("Yaşar Güler", "Yasar Guler") or by surname only ("Fidan"), so names are compared folded (no accents, case or
 * punctuation), and a name that is the trailing part of a fuller one is the same person when country and role do not
 * contradict each other. Earlier officials take precedence; a later one only fills in what they lack.
 */
final class OfficialUnion {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Official> officials = new ArrayList<>();
    private final List<String[]> keys = new ArrayList<>();

    void addAll(List<Official> more) {
        more.forEach(this::add);
    }

    void add(Official official) {
        String[] key = fold(official.name());
        if (key.length == 0) {
            return;
        }
        for (int i = 0; i < officials.size(); i++) {
            Official kept = officials.get(i);
            String[] keptKey = keys.get(i);
            if (Arrays.equals(keptKey, key) && compatible(kept.country(), official.country())
                    || sameBySurname(keptKey, key) && compatible(kept.country(), official.country())
                            && compatible(kept.role(), official.role())) {
                boolean fuller = key.length > keptKey.length;
                officials.set(i, new Official(fuller ? official.name() : kept.name(),
                        kept.role() != null ? kept.role() : official.role(),
                        kept.country() != null ? kept.country() : official.country()));
                if (fuller) {
                    keys.set(i, key);
                }
                return;
            }
        }
        officials.add(official);
        keys.add(key);
    }

    List<Official> toList() {
        return List.copyOf(officials);
    }

    /** Lower-case words without accents; Turkish dotless i folds to i, which NFD alone leaves alone. */
    static String[] fold(String name) {
        String s = Normalizer.normalize(name.replace('ı', 'i').replace('İ', 'I'), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = NOT_LETTER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    /** One name is the other's last words, e.g. "fidan" in "hakan fidan" (never two different full names). */
    private static boolean sameBySurname(String[] a, String[] b) {
        String[] shorter = a.length <= b.length ? a : b;
        String[] longer = a.length <= b.length ? b : a;
        if (shorter.length == longer.length) {
            return false;
        }
        int offset = longer.length - shorter.length;
        for (int i = 0; i < shorter.length; i++) {
            if (!shorter[i].equals(longer[offset + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || Objects.equals(a, b);
    }
}
