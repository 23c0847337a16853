package io.newswire.ingest.feed;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Reads RSS 0.90 to 2.0, RSS 1.0 and Atom 0.3/1.0 through Rome. The bytes are decoded by Rome's {@link XmlReader}
 * (HTTP charset, BOM, XML declaration, in the order RFC 3023 gives) and healed by {@link XmlFixerReader} (HTML
 * entities, bare ampersands); the document is built by {@link SafeXml}, which refuses entity declarations.
 */
public final class XmlFeedReader {
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    private XmlFeedReader() {
    }

    /** @param contentType the HTTP {@code Content-Type}, or null for a file */
    public static FeedDocument read(byte[] bytes, String contentType) throws FeedFormatException {
        Document document;
        try (Reader reader = new XmlFixerReader(contentType == null
                ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true))) {
            document = SafeXml.parse(reader);
        } catch (IOException e) {
            throw new FeedFormatException("cannot decode XML: " + e.getMessage(), e);
        }
        repairAtom(document);
        resolveXmlBase(document.getRootElement(), null);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            feed = input.build(document);
        } catch (IllegalArgumentException e) {
            throw new FeedFormatException("not a feed: root element <" + document.getRootElement().getQualifiedName()
                    + "> is not RSS, RDF or Atom");
        } catch (FeedException | RuntimeException e) {
            throw new FeedFormatException("unreadable feed: " + e.getMessage(), e);
        }
        return toDocument(feed, rssItemDates(document));
    }

    /**
     * Atom as some publishers write it, made into Atom Rome recognises: a {@code <feed>} without the Atom namespace
     * gets it, and a lone {@code <entry>} document becomes a feed of one entry.
     */
    private static void repairAtom(Document document) {
        Element root = document.getRootElement();
        if (root.getName().equals("feed") && root.getNamespace() == Namespace.NO_NAMESPACE) {
            for (Element e : root.getDescendants(Filters.element(Namespace.NO_NAMESPACE))) {
                e.setNamespace(ATOM);
            }
            root.setNamespace(ATOM);
        } else if (root.getName().equals("entry") && root.getNamespace().equals(ATOM)) {
            Element feed = new Element("feed", ATOM);
            document.setRootElement(feed);
            feed.addContent(root);
        }
    }

    /**
     * Makes relative {@code link}s absolute against the {@code xml:base} in scope, where there is one (Rome can do
     * this for Atom, but with a JVM-wide switch and a "null/" in the result when no base is found). Links with no
     * base in scope stay relative and are resolved against the feed URL later.
     */
    private static void resolveXmlBase(Element element, URI inherited) {
        URI base = inherited;
        String declared = element.getAttributeValue("base", Namespace.XML_NAMESPACE);
        if (declared != null && !declared.isBlank()) {
            try {
                URI d = new URI(declared.strip());
                base = base == null ? d : base.resolve(d);
            } catch (URISyntaxException | IllegalArgumentException e) {
                // an unusable base resolves nothing
            }
        }
        if (base != null && base.isAbsolute() && element.getName().equals("link")) {
            String href = element.getAttributeValue("href");
            if (href != null) {
                element.setAttribute("href", absolute(base, href));
            } else if (element.getChildren().isEmpty() && !element.getTextTrim().isEmpty()) {
                element.setText(absolute(base, element.getTextTrim()));
            }
        }
        for (Element child : element.getChildren()) {
            resolveXmlBase(child, base);
        }
    }

    private static String absolute(URI base, String link) {
        try {
            return base.resolve(new URI(link.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }

    /** The pubDate (or dc:date) text of each RSS item, in document order, for dates Rome cannot read. */
    private static List<String> rssItemDates(Document document) {
        List<String> dates = new ArrayList<>();
        for (Element item : document.getRootElement().getDescendants(Filters.element("item", null))) {
            String date = null;
            for (Element child : item.getChildren()) {
                if (child.getName().equals("pubDate") || child.getName().equals("date")) {
                    date = child.getTextTrim();
                    break;
                }
            }
            dates.add(date);
        }
        return dates;
    }

    private static FeedDocument toDocument(SyndFeed feed, List<String> rssDates) {
        List<FeedItem> items = new ArrayList<>(feed.getEntries().size());
        boolean datesAligned = feed.getFeedType().startsWith("rss") && rssDates.size() == feed.getEntries().size();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            items.add(toItem(feed.getEntries().get(i), datesAligned ? rssDates.get(i) : null));
        }
        Duration ttl = null;
        if (feed.originalWireFeed() instanceof Channel channel && channel.getTtl() > 0) {
            ttl = Duration.ofMinutes(channel.getTtl());
        }
        String self = feed.getLinks().stream().filter(l -> "self".equals(l.getRel())).map(SyndLink::getHref)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return new FeedDocument(feed.getFeedType(), feed.getTitle(), feed.getLink(), self, feed.getLanguage(), ttl,
                items);
    }

    private static FeedItem toItem(SyndEntry e, String rawDate) {
        String link = e.getLink();
        if (link == null || link.isBlank()) {
            link = e.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null && !h.isBlank())
                    .findFirst().orElse(null);
        }
        Instant published = instant(e.getPublishedDate());
        if (published == null && e.getUpdatedDate() == null) {
            published = FeedDates.parse(rawDate);
        }
        StringBuilder content = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                if (!content.isEmpty()) {
                    content.append('\n');
                }
                content.append(c.getValue());
            }
        }
        List<String> authors = new ArrayList<>();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                authors.add(p.getName().strip());
            }
        }
        if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
            authors.add(e.getAuthor().strip());
        }
        List<String> categories = e.getCategories().stream().map(SyndCategory::getName)
                .filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        return new FeedItem(link, e.getUri(), e.getTitle(),
                e.getDescription() == null ? null : e.getDescription().getValue(),
                content.isEmpty() ? null : content.toString(),
                authors, categories, published, instant(e.getUpdatedDate()), null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
