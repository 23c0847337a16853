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
import org.jdom2.EntityRef;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Reads RSS 0.90 to 2.0, RSS 1.0 and Atom 0.3/1.0 through Rome. The bytes are decoded by Rome's {@link XmlReader}
 * (HTTP charset, BOM, XML declaration, in the order RFC 3023 gives), healed by {@link XmlFixerReader} (HTML
 * entities, bare ampersands) when it is not well-formed as it stands, and built by {@link SafeXml}, which refuses
 * entity declarations. Entry dates are read by {@link FeedDates}.
 */
public final class XmlFeedReader {
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    private XmlFeedReader() {
    }

    /** @param contentType the HTTP {@code Content-Type}, or null for a file */
    public static FeedDocument read(byte[] bytes, String contentType) throws FeedFormatException {
        Document document = build(bytes, contentType);
        repairAtom(document);
        resolveXmlBase(document.getRootElement(), null);
        List<StatedDates> dates = takeDates(document.getRootElement());
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
        return toDocument(feed, dates.size() == feed.getEntries().size() ? dates : List.of());
    }

    /**
     * Well-formed XML is parsed as it is; only XML that fails is read again through Rome's {@link XmlFixerReader},
     * which is slow (it heals character by character) and needed by few feeds.
     */
    private static Document build(byte[] bytes, String contentType) throws FeedFormatException {
        try (Reader plain = decode(bytes, contentType)) {
            Document document = SafeXml.build(plain);
            // behind a DOCTYPE, an undeclared entity such as &eacute; is skipped, not an error: heal those too
            if (document.getDocType() == null
                    || !document.getDescendants(Filters.fclass(EntityRef.class)).iterator().hasNext()) {
                return document;
            }
        } catch (SafeXml.Malformed first) {
            // heal below
        } catch (IOException e) {
            throw new FeedFormatException("cannot decode XML: " + e.getMessage(), e);
        }
        try (Reader healed = new XmlFixerReader(decode(bytes, contentType))) {
            return SafeXml.build(healed);
        } catch (SafeXml.Malformed second) {
            throw new FeedFormatException(second.getMessage(), second.getCause());
        } catch (IOException e) {
            throw new FeedFormatException("cannot decode XML: " + e.getMessage(), e);
        }
    }

    private static Reader decode(byte[] bytes, String contentType) throws IOException {
        return contentType == null
                ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true);
    }

    /** An entry's dates as we read them; null where we could not (Rome then has its try). */
    private record StatedDates(Instant published, Instant updated) {
    }

    /**
     * Reads each entry's dates with {@link FeedDates} and removes the date elements it could read before Rome sees
     * the document: Rome's date parser builds a SimpleDateFormat per attempt and dominated parse time. Dates we cannot
     * read are left for Rome. Entries are returned in document order, which is Rome's order.
     */
    private static List<StatedDates> takeDates(Element root) {
        List<Element> entries = new ArrayList<>();
        if (root.getName().equals("rss")) {
            for (Element channel : named(root, "channel")) {
                entries.addAll(named(channel, "item"));
            }
        } else if (root.getName().equals("RDF")) {
            entries.addAll(named(root, "item"));
        } else if (root.getName().equals("feed")) {
            entries.addAll(named(root, "entry"));
        }
        boolean atom = root.getName().equals("feed");
        List<StatedDates> dates = new ArrayList<>(entries.size());
        for (Element entry : entries) {
            Instant published = null;
            Instant updated = null;
            for (String name : atom ? List.of("published", "issued") : List.of("pubDate", "date")) {
                if (published == null) {
                    published = take(entry, name);
                }
            }
            if (atom) {
                for (String name : List.of("updated", "modified")) {
                    if (updated == null) {
                        updated = take(entry, name);
                    }
                }
            }
            dates.add(new StatedDates(published, updated));
        }
        return dates;
    }

    /** The date in the first child of that local name, removing the child when the date was read. */
    private static Instant take(Element parent, String localName) {
        for (Element child : named(parent, localName)) {
            Instant date = FeedDates.parse(child.getTextTrim());
            if (date != null) {
                child.detach();
            }
            return date;
        }
        return null;
    }

    private static List<Element> named(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(localName)) {
                found.add(child);
            }
        }
        return found;
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

    private static FeedDocument toDocument(SyndFeed feed, List<StatedDates> dates) {
        List<FeedItem> items = new ArrayList<>(feed.getEntries().size());
        for (int i = 0; i < feed.getEntries().size(); i++) {
            items.add(toItem(feed.getEntries().get(i), dates.isEmpty() ? null : dates.get(i)));
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

    private static FeedItem toItem(SyndEntry e, StatedDates ours) {
        String link = e.getLink();
        if (link == null || link.isBlank()) {
            link = e.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null && !h.isBlank())
                    .findFirst().orElse(null);
        }
        Instant published = ours != null && ours.published() != null ? ours.published()
                : instant(e.getPublishedDate());
        Instant updated = ours != null && ours.updated() != null ? ours.updated() : instant(e.getUpdatedDate());
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
                authors, categories, published, updated, null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
