package io.newswire.store.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.newswire.model.Json;
import java.io.IOException;

/**
 * Text as PostgreSQL takes it. A {@code text} or {@code jsonb} value cannot hold the NUL character, nor a UTF-16
 * surrogate without its pair (no UTF-8 encodes it); a feed can carry either, and one such character would make the
 * database refuse the whole article. They are removed, every other character is kept.
 *
 * <p>The bounds: an article's body is stored up to {@value #MAX_BODY_CHARS} characters (more cannot arrive anyway:
 * a record is at most 1 MiB), and the full-text vector is built from the first 100,000 characters of the body (2,000
 * of the title, 20,000 of the summary; see migration V2), since a vector holds at most 1 MB.
 */
public final class StoredText {
    public static final int MAX_BODY_CHARS = 1_000_000;

    /** Serialises rows for {@code json_to_recordset}: every string, nested ones included, cleaned. */
    static final ObjectMapper MAPPER = Json.mapper().copy().registerModule(new SimpleModule("stored-text")
            .addSerializer(String.class, new StdSerializer<>(String.class) {
                @Override
                public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
                        throws IOException {
                    gen.writeString(clean(value));
                }
            }));

    private StoredText() {
    }

    /** The text without NUL characters and unpaired surrogates; null stays null. */
    public static String clean(String s) {
        if (s == null || !needsCleaning(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                }
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The body as stored: cleaned, and cut at {@link #MAX_BODY_CHARS} (never inside a surrogate pair). */
    public static String body(String body) {
        String b = clean(body);
        if (b == null || b.length() <= MAX_BODY_CHARS) {
            return b;
        }
        int end = Character.isHighSurrogate(b.charAt(MAX_BODY_CHARS - 1)) ? MAX_BODY_CHARS - 1 : MAX_BODY_CHARS;
        return b.substring(0, end);
    }

    private static boolean needsCleaning(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0' || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
