package io.newswire.ingest.feed;

import org.jdom2.Attribute;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Text;

/**
 * The per-item caps of {@link FeedLimits}, with the words of their refusals, shared by the whole-document path (which
 * checks a built item) and the streaming path (which checks while building, and so never holds more than the cap).
 */
final class ItemLimits {
    private ItemLimits() {
    }

    static String fieldTooLong(String what, int cap) {
        return what + " has more than " + cap + " characters (cap --max-field-chars / FEED_MAX_FIELD_CHARS)";
    }

    static String itemTooLong(int cap) {
        return "its text has more than " + cap + " characters in all (cap --max-item-chars / FEED_MAX_ITEM_CHARS)";
    }

    /** "SOURCE: item N (hint): why; item skipped". */
    static String refusal(String source, long position, String hint, String why) {
        return source + ": item " + position + (hint == null ? "" : " (" + hint + ")") + ": " + why + "; item skipped";
    }

    /** Null when the built item is within the limits, else why not. */
    static String violation(Element item, FeedLimits limits) {
        long[] total = {0};
        return check(item, limits, total);
    }

    private static String check(Element e, FeedLimits limits, long[] total) {
        long own = 0;
        for (Content c : e.getContent()) {
            if (c instanceof Text t) {
                own += t.getText().length();
            }
        }
        if (own > limits.maxFieldChars()) {
            return fieldTooLong("<" + e.getQualifiedName() + ">", limits.maxFieldChars());
        }
        for (Attribute a : e.getAttributes()) {
            if (a.getValue().length() > limits.maxFieldChars()) {
                return fieldTooLong("attribute " + a.getQualifiedName() + " of <" + e.getQualifiedName() + ">",
                        limits.maxFieldChars());
            }
            own += a.getValue().length();
        }
        total[0] += own + FeedLimits.ELEMENT_CHARS;
        if (total[0] > limits.maxItemChars()) {
            return itemTooLong(limits.maxItemChars());
        }
        for (Element child : e.getChildren()) {
            String why = check(child, limits, total);
            if (why != null) {
                return why;
            }
        }
        return null;
    }
}
