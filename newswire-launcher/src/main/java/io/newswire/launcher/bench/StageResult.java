package io.newswire.launcher.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured stage: how many items it handled of how many it was given, in how long, and which stage is its
 * baseline (null for a baseline).
 *
 * @param details further figures of the stage (start-up times, percentiles), in the order they are printed
 */
record StageResult(String name, String measures, long items, long expected, double seconds, String baseline,
        Map<String, Object> details) {
    StageResult {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    double perSecond() {
        return seconds > 0 ? items / seconds : 0;
    }

    /** Every item handled before the stage's time ran out. */
    boolean complete() {
        return items >= expected;
    }
}
