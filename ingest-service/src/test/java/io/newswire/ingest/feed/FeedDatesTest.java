package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
    @Test
    void readsTheDatesFeedsWrite() {
        Instant t = Instant.parse("2025-02-03T07:00:00Z");
        assertThat(FeedDates.parse("Mon, 03 Feb 2025 10:00:00 +0300")).isEqualTo(t);
        assertThat(FeedDates.parse("lun, 03 feb 2025 07:00:00 GMT")).isEqualTo(t);
        assertThat(FeedDates.parse("3 Feb 2025 02:00:00 EST")).isEqualTo(t);
        assertThat(FeedDates.parse("Mon, 03 Feb 25 07:00 Z")).isEqualTo(t);
        assertThat(FeedDates.parse("2025-02-03T07:00:00Z")).isEqualTo(t);
        assertThat(FeedDates.parse("2025-02-03T08:00:00.000+01:00")).isEqualTo(t);
        assertThat(FeedDates.parse("2025-02-03T08:00:00+0100")).isEqualTo(t);
        assertThat(FeedDates.parse("2025-02-03 07:00:00")).isEqualTo(t);
        assertThat(FeedDates.parse("2025-02-03T07:00Z")).isEqualTo(t);
        assertThat(FeedDates.parse("2025-02-03")).isEqualTo(Instant.parse("2025-02-03T00:00:00Z"));
        assertThat(FeedDates.parse("yesterday")).isNull();
        assertThat(FeedDates.parse("31 Foo 2025 10:00:00 GMT")).isNull();
        assertThat(FeedDates.parse("2025-02-30")).isNull();
        assertThat(FeedDates.parse(" ")).isNull();
    }
}
