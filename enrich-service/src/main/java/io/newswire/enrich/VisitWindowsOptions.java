package io.newswire.enrich;

import io.newswire.enrich.visits.VisitWindows;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The visit merge's windows as flags and environment, shared by {@code run} and the offline {@code tag}. */
public final class VisitWindowsOptions {
    @Option(names = "--visit-date-slack", defaultValue = "${env:VISIT_DATE_SLACK:-P3D}", paramLabel = "DURATION",
            description = "Dated reports of one country pair whose days overlap or lie this far apart are one visit, "
                    + "ISO-8601 days (env VISIT_DATE_SLACK, default ${DEFAULT-VALUE}).")
    Duration dateSlack;

    @Option(names = "--visit-undated-before", defaultValue = "${env:VISIT_UNDATED_BEFORE:-P7D}",
            paramLabel = "DURATION",
            description = "An undated report joins its pair's nearest visit from this long before its publication; "
                    + "undated reports this close together are one visit (env VISIT_UNDATED_BEFORE, "
                    + "default ${DEFAULT-VALUE}).")
    Duration undatedBefore;

    @Option(names = "--visit-undated-after", defaultValue = "${env:VISIT_UNDATED_AFTER:-P30D}",
            paramLabel = "DURATION",
            description = "... up to this long after its publication (env VISIT_UNDATED_AFTER, "
                    + "default ${DEFAULT-VALUE}).")
    Duration undatedAfter;

    /** @throws IllegalArgumentException when the windows are not whole days */
    public VisitWindows windows() {
        return new VisitWindows(dateSlack, undatedBefore, undatedAfter);
    }
}
