package io.newswire.store.write;

/**
 * A tombstone read on the visits topic: the enricher deleted visit {@code id} (its last reporting article withdrew
 * it). Where it was read decides, like for {@link VisitRow}, whether it is newer than the stored row.
 */
public record VisitTombstone(String id, String sourceTopic, int sourcePartition, long sourceOffset) {
}
