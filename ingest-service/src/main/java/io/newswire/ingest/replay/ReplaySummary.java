package io.newswire.ingest.replay;

import java.util.List;

/**
 * What a replay did.
 *
 * @param published articles published (with {@code dryRun}: that would have been)
 * @param duplicatesSkipped items already on the topic with the same content, or repeated in the archive
 * @param outsideWindow items dated before {@code --since} or from {@code --until} on
 * @param failures the files that could not be read, each with the reason
 * @param itemsRefused items refused by a limit (each reported as it happened); their files went on
 */
public record ReplaySummary(boolean dryRun, int files, long itemsRead, long published, long duplicatesSkipped,
        long outsideWindow, List<FileFailure> failures, long itemsRefused) {

    public record FileFailure(String file, String reason) {
    }

    public ReplaySummary {
        failures = List.copyOf(failures);
    }

    /** A few lines for people. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("replay%s: %d files, %d items read, %d %s, %d duplicates skipped, %d outside the window,"
                + " %d files failed, %d items refused%n", dryRun ? " (dry run)" : "", files, itemsRead, published,
                dryRun ? "would be published" : "published", duplicatesSkipped, outsideWindow, failures.size(),
                itemsRefused));
        for (FileFailure f : failures) {
            sb.append("  failed: ").append(f.file()).append(": ").append(f.reason()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
