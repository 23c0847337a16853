package io.newswire.ingest.feed;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jdom2.DocType;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.EntityRef;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Reads RSS 0.90 to 2.0, RSS 1.0 and Atom 0.3/1.0 held whole in memory (live fetches, which the body cap bounds). The
 * bytes are decoded by Rome's {@link XmlReader} (HTTP charset, BOM, XML declaration, in the order RFC 3023 gives),
 * healed by {@link XmlFixerReader} (HTML entities, bare ampersands) when not well-formed as they stand, and built by
 * {@link SafeXml}, which refuses entity declarations. Rome reads the feed's header (format, title, links, ttl); each
 * item goes to {@link XmlItemReader}, exactly as the streaming path ({@link StreamingFeedReader}) does.
 */
public final class XmlFeedReader {
    static final Namespace ATOM = Namespace.getNamespace(XmlItemReader.ATOM_10);
    private static final Set<String> ROOTS = Set.of("rss", "RDF", "feed", "entry");

    private XmlFeedReader() {
    }

    /**
     * @param contentType the HTTP {@code Content-Type}, or null for a file
     * @param source names the feed in refusals of items
     */
    public static FeedDocument read(byte[] bytes, String contentType, FeedLimits limits, String source)
            throws FeedFormatException {
        Document document = build(bytes, contentType);
        repairAtom(document);
        Element root = document.getRootElement();
        checkRoot(root.getName(), root.getQualifiedName());
        List<Element> items = itemElements(root);
        FeedDocument header = header(headerOf(document));
        List<FeedItem> read = new ArrayList<>(items.size());
        List<String> refused = new ArrayList<>();
        URI parentBase = null;
        Element parent = null;
        int position = 0;
        for (Element item : items) {
            position++;
            if (item.getParentElement() != parent) {
                parent = item.getParentElement();
                parentBase = inheritedBase(item);
            }
            String why = ItemLimits.violation(item, limits);
            if (why != null) {
                refused.add(ItemLimits.refusal(source, position, XmlItemReader.hint(item), why));
                continue;
            }
            read.add(XmlItemReader.read(item, parentBase));
        }
        return header.withItems(read, refused);
    }

    static void checkRoot(String localName, String qualifiedName) throws FeedFormatException {
        if (!ROOTS.contains(localName)) {
            throw new FeedFormatException("not a feed: root element <" + qualifiedName
                    + "> is not RSS, RDF or Atom");
        }
    }

    /** The items in document order: RSS {@code channel/item} (and stray {@code rss/item}), RDF items, Atom entries. */
    private static List<Element> itemElements(Element root) {
        List<Element> items = new ArrayList<>();
        switch (root.getName()) {
            case "rss" -> {
                for (Element child : root.getChildren()) {
                    if (child.getName().equals("channel")) {
                        child.getChildren().stream().filter(XmlFeedReader::isRssItem).forEach(items::add);
                    } else if (isRssItem(child)) {
                        items.add(child);
                    }
                }
            }
            case "RDF" -> root.getChildren().stream().filter(XmlFeedReader::isRssItem).forEach(items::add);
            case "feed" -> root.getChildren().stream().filter(XmlItemReader::isAtomEntry).forEach(items::add);
            default -> items.add(root); // a lone Atom entry
        }
        return items;
    }

    private static boolean isRssItem(Element e) {
        return e.getName().equals("item");
    }

    /**
     * The document without its items, as the streaming path sees it when its first item begins: the root, and of the
     * channel (or feed) the elements before the first item. RSS 1.0's list of item addresses is left out.
     */
    private static Document headerOf(Document document) {
        Element root = document.getRootElement();
        Element shell = shallowCopy(root);
        if (!XmlItemReader.isAtomEntry(root)) {
            for (Element child : root.getChildren()) {
                if (isItemOf(root, child)) {
                    break;
                }
                if (root.getName().equals("rss") && child.getName().equals("channel")) {
                    Element channel = shallowCopy(child);
                    for (Element c : child.getChildren()) {
                        if (isRssItem(c)) {
                            break;
                        }
                        channel.addContent(c.clone());
                    }
                    shell.addContent(channel);
                    if (child.getChildren().stream().anyMatch(XmlFeedReader::isRssItem)) {
                        break;
                    }
                } else {
                    Element copy = child.clone();
                    if (root.getName().equals("RDF") && child.getName().equals("channel")) {
                        copy.removeChildren("items", child.getNamespace());
                    }
                    shell.addContent(copy);
                }
            }
        }
        return new Document(shell, document.getDocType() == null ? null : document.getDocType().clone());
    }

    static boolean isItemOf(Element root, Element child) {
        return switch (root.getName()) {
            case "rss", "RDF" -> isRssItem(child);
            case "feed" -> XmlItemReader.isAtomEntry(child);
            default -> false;
        };
    }

    private static Element shallowCopy(Element e) {
        Element copy = new Element(e.getName(), e.getNamespace());
        for (Namespace ns : e.getAdditionalNamespaces()) {
            copy.addNamespaceDeclaration(ns);
        }
        e.getAttributes().forEach(a -> copy.setAttribute(a.clone()));
        return copy;
    }

    /** The xml:base in scope at the item's parent. */
    private static URI inheritedBase(Element item) {
        List<Element> ancestors = new ArrayList<>();
        for (Element p = item.getParentElement(); p != null; p = p.getParentElement()) {
            ancestors.add(0, p);
        }
        URI base = null;
        for (Element a : ancestors) {
            base = XmlItemReader.baseOf(a, base);
        }
        return base;
    }

    /**
     * The feed's header, read by Rome from a document that holds no items (a lone Atom entry gives an empty Atom
     * feed): the format, title, links, language, ttl; and the feed's own date, read with {@link FeedDates}.
     */
    static FeedDocument header(Document headerDocument) throws FeedFormatException {
        Element root = headerDocument.getRootElement();
        if (XmlItemReader.isAtomEntry(root)) {
            headerDocument = new Document(new Element("feed", ATOM));
            root = headerDocument.getRootElement();
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            feed = input.build(headerDocument);
        } catch (IllegalArgumentException e) {
            throw new FeedFormatException("not a feed: root element <" + root.getQualifiedName()
                    + "> is not RSS, RDF or Atom");
        } catch (FeedException | RuntimeException e) {
            throw new FeedFormatException("unreadable feed: " + e.getMessage(), e);
        }
        Duration ttl = null;
        if (feed.originalWireFeed() instanceof Channel channel && channel.getTtl() > 0) {
            ttl = Duration.ofMinutes(channel.getTtl());
        }
        String self = feed.getLinks().stream().filter(l -> "self".equals(l.getRel())).map(SyndLink::getHref)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (self == null) {
            self = atomSelfLink(root); // RSS with atom:link rel="self", which Rome leaves among foreign markup
        }
        return new FeedDocument(feed.getFeedType(), feed.getTitle(), feed.getLink(), self, feed.getLanguage(), ttl,
                feedDate(root), List.of(), List.of());
    }

    private static String atomSelfLink(Element root) {
        for (Element channel : root.getChildren()) {
            if (channel.getName().equals("channel")) {
                for (Element link : channel.getChildren("link", ATOM)) {
                    String href = link.getAttributeValue("href");
                    if ("self".equals(link.getAttributeValue("rel")) && href != null && !href.isBlank()) {
                        return href.strip();
                    }
                }
            }
        }
        return null;
    }

    private static Instant feedDate(Element root) {
        Element holder = root;
        if (!root.getName().equals("feed")) {
            for (Element c : root.getChildren()) {
                if (c.getName().equals("channel")) {
                    holder = c;
                    break;
                }
            }
        }
        for (String name : List.of("pubDate", "lastBuildDate", "date", "updated", "modified")) {
            for (Element c : holder.getChildren()) {
                if (c.getName().equals(name)) {
                    Instant t = FeedDates.parse(c.getTextTrim());
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Well-formed XML is parsed as it is; only XML that fails is read again through Rome's {@link XmlFixerReader},
     * which is slow (it heals character by character) and needed by few feeds.
     */
    private static Document build(byte[] bytes, String contentType) throws FeedFormatException {
        try (Reader plain = decode(new ByteArrayInputStream(bytes), contentType)) {
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
        try (Reader healed = new XmlFixerReader(decode(new ByteArrayInputStream(bytes), contentType))) {
            return SafeXml.build(healed);
        } catch (SafeXml.Malformed second) {
            throw new FeedFormatException(second.getMessage(), second.getCause());
        } catch (IOException e) {
            throw new FeedFormatException("cannot decode XML: " + e.getMessage(), e);
        }
    }

    /** Characters from bytes, the way RFC 3023 says: HTTP charset, BOM, XML declaration. */
    static Reader decode(InputStream bytes, String contentType) throws IOException {
        return contentType == null ? new XmlReader(bytes, true) : new XmlReader(bytes, contentType, true);
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
        }
    }

    /** A DOCTYPE as the streaming path saw it, for Rome (RSS 0.91 Netscape is told apart by it). */
    static DocType docType(String rootName, String publicId, String systemId) {
        return rootName == null ? null : new DocType(rootName, publicId, systemId);
    }
}
