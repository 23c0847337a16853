package io.newswire.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). */
public final class JsonFeedReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .build();

    static {
        // a feed is small; deeply nested or huge documents are hostile
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private JsonFeedReader() {
    }

    public static FeedDocument read(byte[] bytes) throws FeedFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new FeedFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedFormatException("cannot read JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FeedFormatException("not a JSON Feed: the document is not an object");
        }
        String version = text(root, "version");
        if (version == null || !version.startsWith("https://jsonfeed.org/version/")) {
            throw new FeedFormatException("not a JSON Feed: missing or unknown \"version\"");
        }
        if (!root.path("items").isArray()) {
            throw new FeedFormatException("not a JSON Feed: \"items\" is not an array");
        }
        String feedLanguage = text(root, "language");
        List<String> feedAuthors = authors(root);
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.get("items")) {
            if (!item.isObject()) {
                continue;
            }
            String link = text(item, "url");
            if (link == null) {
                link = text(item, "external_url");
            }
            String content = text(item, "content_html");
            if (content == null) {
                content = HtmlText.fromPlainText(text(item, "content_text"));
            }
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(t -> {
                if (t.isTextual() && !t.asText().isBlank()) {
                    tags.add(t.asText().strip());
                }
            });
            List<String> itemAuthors = authors(item);
            items.add(new FeedItem(link, text(item, "id"), text(item, "title"),
                    HtmlText.fromPlainText(text(item, "summary")),
                    content, itemAuthors.isEmpty() ? feedAuthors : itemAuthors, tags,
                    date(item, "date_published"), date(item, "date_modified"),
                    text(item, "language") != null ? text(item, "language") : feedLanguage));
        }
        String format = "json_feed_" + version.substring("https://jsonfeed.org/version/".length());
        return new FeedDocument(format, text(root, "title"), text(root, "home_page_url"), text(root, "feed_url"),
                feedLanguage, null, null, items, List.of());
    }

    private static List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.path("authors").forEach(a -> {
            String name = text(a, "name");
            if (name != null) {
                names.add(name);
            }
        });
        String single = text(node.path("author"), "name"); // JSON Feed 1.0
        if (names.isEmpty() && single != null) {
            names.add(single);
        }
        return names;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isValueNode() ? v.asText() : null;
        return s == null || s.isBlank() ? null : s;
    }

    private static Instant date(JsonNode node, String field) {
        // the spec says RFC 3339; feeds in the wild also write RFC 822
        return FeedDates.parse(text(node, field));
    }
}
