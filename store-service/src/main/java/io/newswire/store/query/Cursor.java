package io.newswire.store.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset position: the sort key and id of the last row a page returned; the next page starts after it.
 * Clients see it as an opaque string and send it back unchanged.
 *
 * @param kind    which list it belongs to, so that a cursor of one list is refused by another
 * @param sortKey the row's sort value (epoch microseconds for articles, epoch day for visits)
 * @param id      the row's id, which breaks ties between equal sort values
 */
public record Cursor(String kind, long sortKey, String id) {
    public static final String PARAMETER = "cursor";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + sortKey + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String kind, String text) {
        if (text == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length == 3 && parts[0].equals(kind) && !parts[2].isEmpty()) {
                return new Cursor(kind, Long.parseLong(parts[1]), Params.id(parts[2]));
            }
        } catch (IllegalArgumentException | BadParameter e) {
            // not base64, not a number, or a bad id: all the same to the client
        }
        throw new BadParameter(PARAMETER, "not a cursor of this list: pass nextCursor from the previous page");
    }
}
