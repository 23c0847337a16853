package io.newswire.ingest.feed;

import io.newswire.model.Article;

/**
 * A normalised article and whether its {@code publishedAt} is the fetch time standing in for a date the feed did not
 * give (said in a record header, since the Article contract has no field for it).
 */
public record ParsedItem(Article article, boolean publishedEstimated) {
}
