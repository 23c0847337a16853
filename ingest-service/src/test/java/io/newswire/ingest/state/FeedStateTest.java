package io.newswire.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.feed.ArticleIds;
import io.newswire.ingest.feed.ParsedItem;
import io.newswire.model.Article;
import io.newswire.model.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedStateTest {
    private static ParsedItem item(String id, String text) {
        return new ParsedItem(new Article(1, id, null, null, "f", null, id, text, null, null, null, null,
                Instant.EPOCH, Instant.EPOCH, ArticleIds.contentHash(id, text, null)), false);
    }

    @Test
    void newAndChangedItemsAreUnseenRepeatsAreNot() {
        FeedState s = FeedState.initial("f");
        List<ParsedItem> first = List.of(item("a", "1"), item("b", "1"), item("a", "1"));
        assertThat(s.unseen(first)).extracting(i -> i.article().id()).containsExactly("a", "b");
        FeedState after = s.succeeded(null, null, s.remember(first), Instant.EPOCH, Instant.EPOCH);
        assertThat(after.unseen(List.of(item("a", "1"), item("b", "2"), item("c", "1"))))
                .extracting(i -> i.article().id()).containsExactly("b", "c");
    }

    @Test
    void everyCurrentItemIsRememberedEvenBeyondTheMinimum() {
        List<ParsedItem> many = new ArrayList<>();
        for (int i = 0; i < FeedState.MIN_RECENT + 500; i++) {
            many.add(item("id" + i, "t"));
        }
        FeedState s = FeedState.initial("f");
        FeedState after = s.succeeded(null, null, s.remember(many), Instant.EPOCH, Instant.EPOCH);
        assertThat(after.unseen(many)).isEmpty();
        List<ParsedItem> next = List.of(item("new", "t"));
        // once the feed is short again, the oldest are forgotten down to the minimum
        assertThat(after.remember(next)).hasSize(FeedState.MIN_RECENT).last().extracting(FeedState.Seen::id)
                .isEqualTo("new");
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        FeedState s = new FeedState("https://f.example/rss", "\"e\"", "Mon, 01 Jan 2024 00:00:00 GMT",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:15:00Z"), 2, "timeout",
                List.of(new FeedState.Seen("a", "0123456789abcdef")), 7);
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsBytes(s), FeedState.class)).isEqualTo(s);
    }
}
