package io.newswire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollPlanTest {
    private final PollSettings s = PollSettings.defaults();

    @Test
    void theIntervalIsJitteredTenPercentEitherWay() {
        assertThat(PollPlan.afterSuccess(s, null, null, 0.0)).isEqualTo(Duration.ofMinutes(15).multipliedBy(9)
                .dividedBy(10));
        assertThat(PollPlan.afterSuccess(s, null, null, 0.5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(PollPlan.afterSuccess(s, null, null, 0.999)).isLessThan(Duration.ofMinutes(15).multipliedBy(11)
                .dividedBy(10));
    }

    @Test
    void ttlAndMaxAgeLengthenTheWaitButNeverShortenItAndAreCapped() {
        assertThat(PollPlan.afterSuccess(s, Duration.ofMinutes(60), null, 0.5)).isEqualTo(Duration.ofMinutes(60));
        assertThat(PollPlan.afterSuccess(s, null, Duration.ofMinutes(40), 0.5)).isEqualTo(Duration.ofMinutes(40));
        assertThat(PollPlan.afterSuccess(s, Duration.ofMinutes(5), Duration.ofSeconds(10), 0.5))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(PollPlan.afterSuccess(s, Duration.ofDays(30), null, 0.5)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theIntervalHasAFloor() {
        PollSettings fast = new PollSettings(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(24), 1,
                Duration.ofSeconds(1), Duration.ofHours(6), Duration.ofSeconds(30));
        assertThat(fast.interval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCapAndRetryAfterIsHonoured() {
        assertThat(PollPlan.afterFailure(s, 1, null, 0.5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(PollPlan.afterFailure(s, 2, null, 0.5)).isEqualTo(Duration.ofMinutes(30));
        assertThat(PollPlan.afterFailure(s, 4, null, 0.5)).isEqualTo(Duration.ofMinutes(120));
        assertThat(PollPlan.afterFailure(s, 30, null, 0.5)).isEqualTo(Duration.ofHours(6));
        assertThat(PollPlan.afterFailure(s, 1, Duration.ofHours(2), 0.0)).isEqualTo(Duration.ofHours(2));
        assertThat(PollPlan.afterFailure(s, 3, Duration.ofSeconds(5), 0.5)).isEqualTo(Duration.ofMinutes(60));
    }
}
