package io.newswire.ingest.feed;

import io.newswire.model.Article;
import java.net.URI;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FeedItem} to the {@link Article} it becomes, given the feed it came from: links resolved and made canonical,
 * HTML made plain text, the id and content hash. The one normaliser: live polling, replay and {@code parse}, whole
 * document or streamed item by item, all come through here.
 *
 * <p>The publication date is the item's published date, else its updated date (which takes {@code dc:date} where
 * there is no other), else the feed's own date, else the fetch time, marked as estimated.
 */
public final class ArticleNormaliser {
    private static final Logger log = LoggerFactory.getLogger(ArticleNormaliser.class);
    /** The feedUrl of articles whose feed states no address and was given none. */
    public static final String UNKNOWN_FEED = "urn:newswire:unknown-feed";

    private final URI base;
    private final String feedKey;
    private final String feedTitle;
    private final String feedLanguage;
    private final Instant feedDate;
    private final Instant fetchedAt;

    /**
     * @param feed the feed's header (its items are not used)
     * @param feedUrl the feed's address: relative links resolve against it; null for a file, whose stated address
     *        (self link, else site link) is used
     * @param fallbackFeedUrl the articles' {@code feedUrl} when there is neither (e.g. the file's URI)
     * @param fetchedAt when the bytes were read: the date of last resort
     */
    public ArticleNormaliser(FeedDocument feed, URI feedUrl, String fallbackFeedUrl, Instant fetchedAt) {
        this.base = feedUrl != null ? feedUrl : statedAddress(feed);
        this.feedKey = base != null ? base.toString() : fallbackFeedUrl != null ? fallbackFeedUrl : UNKNOWN_FEED;
        this.feedTitle = HtmlText.toPlainLine(feed.title());
        this.feedLanguage = feed.language();
        this.feedDate = feed.updated();
        this.fetchedAt = fetchedAt;
    }

    /** The feed's address for a document read from a file: its self link, else its site link, else null. */
    public static URI statedAddress(FeedDocument doc) {
        URI self = CanonicalUrl.resolve(doc.selfUrl(), null);
        return self != null ? self : CanonicalUrl.resolve(doc.link(), null);
    }

    public String feedTitle() {
        return feedTitle;
    }

    public ParsedItem normalise(FeedItem item) {
        String url = CanonicalUrl.of(item.link(), base);
        String title = HtmlText.toPlainLine(item.title());
        String summary = HtmlText.toPlainText(item.summaryHtml());
        String body = HtmlText.toPlainText(item.contentHtml());
        Instant own = item.published() != null ? item.published() : item.updated();
        Instant stated = own != null ? own : feedDate;
        boolean estimated = stated == null;
        if (estimated) {
            log.debug("feed {}: item '{}' has no usable date; using the fetch time {}", feedKey, title, fetchedAt);
        }
        String guid = item.guid() == null || item.guid().isBlank() ? null : item.guid().strip();
        // the id must depend on nothing that changes between two reads of the item: not the fetch time, nor the
        // feed's date, so only the item's own date (possibly null) goes into it
        String id = ArticleIds.id(url, guid, feedKey, title, own);
        Article article = new Article(Article.SCHEMA_VERSION, id, url, guid, feedKey, feedTitle,
                title == null ? "" : title, summary, body,
                item.language() != null ? item.language() : feedLanguage,
                item.authors(), item.categories(), estimated ? fetchedAt : stated, fetchedAt,
                ArticleIds.contentHash(title, summary, body));
        return new ParsedItem(article, estimated);
    }
}
