package io.newswire.ingest.feed;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.DTDInfo;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.IllegalAddException;
import org.jdom2.Namespace;
import org.jdom2.UncheckedJDOMFactory;

/**
 * Reads a feed of any size item by item, in memory bounded by the largest item rather than the file: a StAX pull
 * parser (Woodstox: no DTD processing, no external entities, any entity declaration refused) builds one small JDOM
 * element per item, which goes to {@link XmlItemReader} and {@link ArticleNormaliser}, the same as in the
 * whole-document path, and then to the sink before the next item is read. Rome reads the feed's header (the root and
 * what precedes the first item). Text is taken in segments and capped per field and per item as it arrives, so a
 * 300 MB title costs no more than the cap; markup is capped by {@link MarkupGuard}.
 *
 * <p>XML that is not well-formed is read again from the start through Rome's {@link XmlFixerReader} (HTML entities,
 * bare ampersands), skipping the items already delivered, as the whole-document path heals it.
 */
public final class StreamingFeedReader {
    private static final UncheckedJDOMFactory JDOM = new UncheckedJDOMFactory();
    private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s+(%\\s*)?(\\S+)\\s+(SYSTEM|PUBLIC)?");

    /** Opens the input afresh (it is read again when it must be healed). */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** Where items go as they are read. */
    public interface Sink {
        void item(ParsedItem item);

        /** An item refused by a limit; the message names the source, the item and the cap. */
        void refused(String message);
    }

    /** What was read. */
    public record Summary(String format, String title, Duration ttl, long items, long refused) {
    }

    private StreamingFeedReader() {
    }

    /**
     * @param source names the input in refusals (a file name)
     * @param contentType an HTTP Content-Type whose charset counts, or null
     * @param feedUrl the feed's address, or null for a file (its stated address is used, else {@code fallbackFeedUrl})
     */
    public static Summary read(String source, Source input, String contentType, URI feedUrl, String fallbackFeedUrl,
            Instant fetchedAt, FeedLimits limits, Sink sink) throws IOException, FeedFormatException {
        byte[] head = new byte[4096];
        int headLength;
        try (InputStream in = input.open()) {
            headLength = in.readNBytes(head, 0, head.length);
            int first = FeedParser.firstSignificantByte(head, headLength);
            if (first < 0 && headLength < head.length) {
                throw new FeedFormatException("empty document");
            }
            if (first >= 0 && head[first] == '{') {
                return json(in, head, headLength, source, feedUrl, fallbackFeedUrl, fetchedAt, limits, sink);
            }
            if (first >= 0) {
                FeedParser.checkXml(head, first);
            }
        }
        Pass plain = new Pass(source, contentType, feedUrl, fallbackFeedUrl, fetchedAt, limits, sink, false, 0);
        try {
            return plain.run(input);
        } catch (Malformed first) {
            Pass healing = new Pass(source, contentType, feedUrl, fallbackFeedUrl, fetchedAt, limits, sink, true,
                    plain.completed);
            try {
                return healing.run(input);
            } catch (Malformed second) {
                throw new FeedFormatException("not well-formed XML: " + second.getMessage());
            }
        }
    }

    /** JSON Feeds are read whole (with Jackson's tree), so their files are capped. */
    private static Summary json(InputStream rest, byte[] head, int headLength, String source, URI feedUrl,
            String fallbackFeedUrl, Instant fetchedAt, FeedLimits limits, Sink sink)
            throws IOException, FeedFormatException {
        long room = limits.maxFileBytes() - headLength;
        byte[] tail = rest.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, Math.max(0, room) + 1));
        if (tail.length > room) {
            throw new FeedFormatException("a JSON Feed larger than " + limits.maxFileBytes()
                    + " bytes (cap --max-file-bytes / FEED_MAX_FILE_BYTES; JSON Feeds are read whole)");
        }
        byte[] all = new byte[headLength + tail.length];
        System.arraycopy(head, 0, all, 0, headLength);
        System.arraycopy(tail, 0, all, headLength, tail.length);
        FeedDocument doc = JsonFeedReader.read(all);
        ArticleNormaliser normaliser = new ArticleNormaliser(doc, feedUrl, fallbackFeedUrl, fetchedAt);
        for (FeedItem item : doc.items()) {
            sink.item(normaliser.normalise(item));
        }
        return new Summary(doc.format(), normaliser.feedTitle(), doc.ttl(), doc.items().size(), 0);
    }

    /** Not well-formed: worth one more pass through the healer. */
    private static final class Malformed extends Exception {
        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One read of the input from the start. */
    private static final class Pass {
        final String source;
        final String contentType;
        final URI feedUrl;
        final String fallbackFeedUrl;
        final Instant fetchedAt;
        final FeedLimits limits;
        final Sink sink;
        final boolean healing;
        final long skip;
        long position;
        long completed;
        long delivered;
        long refused;
        // the header, gathered until the first item
        Element root;
        Element channel;
        String rootKind;
        boolean atomize;
        org.jdom2.DocType docType;
        URI rootBase;
        URI channelBase;
        FeedDocument header;
        ArticleNormaliser normaliser;
        long headerChars;
        // where the event loop is: the element depth, and the element being built (an item, a header element, or
        // one discarded) with everything under it
        int depth;
        Builder building;
        boolean buildingItem;

        Pass(String source, String contentType, URI feedUrl, String fallbackFeedUrl, Instant fetchedAt,
                FeedLimits limits, Sink sink, boolean healing, long skip) {
            this.source = source;
            this.contentType = contentType;
            this.feedUrl = feedUrl;
            this.fallbackFeedUrl = fallbackFeedUrl;
            this.fetchedAt = fetchedAt;
            this.limits = limits;
            this.sink = sink;
            this.healing = healing;
            this.skip = skip;
        }

        Summary run(Source input) throws IOException, FeedFormatException, Malformed {
            try (InputStream in = new BufferedInputStream(input.open(), 65536)) {
                Reader chars = XmlFeedReader.decode(in, contentType);
                if (healing) {
                    chars = new XmlFixerReader(chars);
                }
                XMLStreamReader x = factory(limits).createXMLStreamReader(new MarkupGuard(chars,
                        limits.maxItemChars()));
                try {
                    loop(x);
                } finally {
                    x.close();
                }
            } catch (XMLStreamException | WstxLazyException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof MarkupGuard.TooLong tooLong) {
                        throw new FeedFormatException(tooLong.getMessage());
                    }
                    if (t instanceof IOException io) {
                        throw io; // a cap of the input (InflationCap) or a read error
                    }
                }
                throw new Malformed(oneLine(e.getMessage()), e);
            }
            finishHeader();
            return new Summary(header.format(), normaliser.feedTitle(), header.ttl(), delivered, refused);
        }

        private void loop(XMLStreamReader x) throws XMLStreamException, FeedFormatException {
            while (x.hasNext()) {
                switch (x.next()) {
                    case XMLStreamConstants.DTD -> checkDtd(x);
                    case XMLStreamConstants.START_ELEMENT -> start(x);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (building != null) {
                            building.text(x);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments, processing instructions, entity references: nothing to keep
                    }
                }
            }
        }

        /**
         * An element starts: inside an element being built it is part of it; otherwise it is the root (RSS, RDF,
         * Atom feed, or an Atom entry alone), RSS's channel, an item (by the format's rules, {@link #isItem}), an
         * element of the header while no item has come, or something to skip whole.
         */
        private void start(XMLStreamReader x) throws FeedFormatException {
            depth++;
            if (building != null) {
                building.start(x);
            } else if (depth == 1) {
                startRoot(x);
                if (rootKind.equals("entry")) {
                    startItem(x, null);
                }
            } else if (rootKind.equals("rss") && depth == 2 && x.getLocalName().equals("channel")) {
                channel = shell(x);
                channelBase = XmlItemReader.baseOf(channel, rootBase);
                root.addContent(channel);
            } else if (isItem(x, depth)) {
                startItem(x, depth == 3 ? channelBase : rootBase);
            } else if (header == null && (depth == 2 || depth == 3 && channel != null)) {
                // RSS 1.0's channel lists its items' addresses, which nothing reads: left out of the header
                boolean rdfChannel = rootKind.equals("RDF") && x.getLocalName().equals("channel");
                building = new Builder(x, this, limits, rdfChannel ? "items" : null, null);
                buildingItem = false;
            } else {
                building = new Builder(x, this, limits, null, null).discarding();
                buildingItem = false;
            }
        }

        /** The first item ends the header; each item is built with the xml:base in scope at its parent. */
        private void startItem(XMLStreamReader x, URI inheritedBase) throws FeedFormatException {
            finishHeader();
            building = new Builder(x, this, limits, null, inheritedBase);
            buildingItem = true;
            position++;
        }

        /** An element ends: when it is the one being built, the item is delivered or the header element kept. */
        private void end() throws FeedFormatException {
            depth--;
            if (building == null || !building.end()) {
                return;
            }
            if (buildingItem) {
                deliver(building);
            } else if (!building.discarding) {
                addToHeader(building);
            }
            building = null;
        }

        private void addToHeader(Builder element) throws FeedFormatException {
            headerChars += element.total;
            if (element.violation != null || headerChars > limits.maxItemChars()) {
                throw new FeedFormatException("the feed's header (what comes before the first item): "
                        + (element.violation != null ? element.violation
                        : ItemLimits.itemTooLong(limits.maxItemChars())));
            }
            (depth == 2 ? channel : root).addContent(element.top);
        }

        private boolean isItem(XMLStreamReader x, int depth) {
            String name = x.getLocalName();
            return switch (rootKind) {
                case "rss" -> name.equals("item") && (depth == 2 || depth == 3 && channel != null);
                case "RDF" -> name.equals("item") && depth == 2;
                case "feed" -> name.equals("entry") && depth == 2 && isAtomNamespace(x.getNamespaceURI());
                default -> false;
            };
        }

        private boolean isAtomNamespace(String uri) {
            return uri == null || uri.isEmpty() ? atomize
                    : uri.equals(XmlItemReader.ATOM_10) || uri.equals(XmlItemReader.ATOM_03);
        }

        private void startRoot(XMLStreamReader x) throws FeedFormatException {
            String qualified = x.getPrefix() == null || x.getPrefix().isEmpty() ? x.getLocalName()
                    : x.getPrefix() + ":" + x.getLocalName();
            XmlFeedReader.checkRoot(x.getLocalName(), qualified);
            atomize = x.getLocalName().equals("feed") && (x.getNamespaceURI() == null
                    || x.getNamespaceURI().isEmpty());
            rootKind = x.getLocalName();
            root = shell(x);
            rootBase = XmlItemReader.baseOf(root, null);
        }

        private Element shell(XMLStreamReader x) {
            Element e = element(x, atomize);
            for (int i = 0; i < x.getAttributeCount(); i++) {
                JDOM.setAttribute(e, attribute(x, i));
            }
            for (int i = 0; i < x.getNamespaceCount(); i++) {
                String prefix = x.getNamespacePrefix(i);
                try {
                    e.addNamespaceDeclaration(Namespace.getNamespace(prefix == null ? "" : prefix,
                            x.getNamespaceURI(i)));
                } catch (IllegalAddException | org.jdom2.IllegalNameException ignored) {
                    // a declaration JDOM cannot hold changes nothing Rome reads
                }
            }
            return e;
        }

        private void checkDtd(XMLStreamReader x) throws FeedFormatException {
            String subset = x.getText();
            Matcher m = ENTITY_DECL.matcher(subset == null ? "" : subset);
            if (m.find()) {
                throw new FeedFormatException(m.group(3) != null || m.group(1) != null
                        ? "XML external entity <!ENTITY " + m.group(2) + "> refused (XXE)"
                        : "XML entity declaration <!ENTITY " + m.group(2) + "> refused (entity expansion)");
            }
            if (x instanceof DTDInfo dtd) {
                docType = XmlFeedReader.docType(dtd.getDTDRootName(), dtd.getDTDPublicId(), dtd.getDTDSystemId());
            }
        }

        private void finishHeader() throws FeedFormatException {
            if (header != null) {
                return;
            }
            if (root == null) {
                throw new FeedFormatException("empty document");
            }
            Element headerRoot = rootKind.equals("entry") ? new Element("entry", XmlFeedReader.ATOM) : root;
            header = XmlFeedReader.header(new Document(headerRoot, docType));
            normaliser = new ArticleNormaliser(header, feedUrl, fallbackFeedUrl, fetchedAt);
        }

        private void deliver(Builder item) {
            completed = position;
            if (position <= skip) {
                return; // delivered by the pass before healing
            }
            if (item.violation != null) {
                refused++;
                sink.refused(ItemLimits.refusal(source, position, XmlItemReader.hint(item.top), item.violation));
                return;
            }
            delivered++;
            sink.item(normaliser.normalise(XmlItemReader.read(item.top, item.inheritedBase)));
        }
    }

    /** Builds one element's subtree from the parser's events, within the limits. */
    private static final class Builder {
        final Element top;
        final FeedLimits limits;
        final String skipped;
        final URI inheritedBase;
        final boolean atomize;
        final List<Element> open = new ArrayList<>();
        long[] ownText = new long[16];
        long total;
        int skipDepth;
        boolean discarding;
        String violation;

        /**
         * @param skippedChild a child element left out (RSS 1.0's list of item addresses), or null
         * @param inheritedBase the xml:base in scope at the element's parent
         */
        Builder(XMLStreamReader x, Pass pass, FeedLimits limits, String skippedChild, URI inheritedBase) {
            this.limits = limits;
            this.skipped = skippedChild;
            this.inheritedBase = inheritedBase;
            this.atomize = pass.atomize;
            this.top = element(x, atomize);
            open.add(top);
            count(FeedLimits.ELEMENT_CHARS);
            attributes(x, top);
        }

        Builder discarding() {
            discarding = true;
            return this;
        }

        void start(XMLStreamReader x) {
            if (skipDepth > 0 || discarding || violation != null
                    || open.size() == 1 && skipped != null && x.getLocalName().equals(skipped)) {
                skipDepth++;
                return;
            }
            if (!count(FeedLimits.ELEMENT_CHARS)) {
                skipDepth++;
                return;
            }
            Element e = element(x, atomize);
            open.get(open.size() - 1).addContent(e);
            open.add(e);
            if (open.size() > ownText.length) {
                ownText = java.util.Arrays.copyOf(ownText, ownText.length * 2);
            }
            ownText[open.size() - 1] = 0;
            attributes(x, e);
        }

        private void attributes(XMLStreamReader x, Element e) {
            for (int i = 0; i < x.getAttributeCount(); i++) {
                String value = x.getAttributeValue(i);
                String local = x.getAttributeLocalName(i);
                if (value.length() > limits.maxFieldChars()) {
                    violation = ItemLimits.fieldTooLong("attribute " + local + " of <" + e.getQualifiedName() + ">",
                            limits.maxFieldChars());
                    return;
                }
                if (!count(value.length())) {
                    return;
                }
                JDOM.setAttribute(e, attribute(x, i));
            }
        }

        void text(XMLStreamReader x) {
            if (skipDepth > 0 || discarding || violation != null) {
                return;
            }
            int length = x.getTextLength();
            int level = open.size() - 1;
            ownText[level] += length;
            if (ownText[level] > limits.maxFieldChars()) {
                violation = ItemLimits.fieldTooLong("<" + open.get(level).getQualifiedName() + ">",
                        limits.maxFieldChars());
                return;
            }
            if (count(length)) {
                open.get(level).addContent(JDOM.text(new String(x.getTextCharacters(), x.getTextStart(), length)));
            }
        }

        private boolean count(long chars) {
            total += chars;
            if (total > limits.maxItemChars()) {
                violation = ItemLimits.itemTooLong(limits.maxItemChars());
                return false;
            }
            return true;
        }

        /** True when the top element ended. */
        boolean end() {
            if (skipDepth > 0) {
                skipDepth--;
                return false;
            }
            open.remove(open.size() - 1);
            return open.isEmpty();
        }
    }

    private static Element element(XMLStreamReader x, boolean atomize) {
        String uri = x.getNamespaceURI();
        Namespace ns;
        if (uri == null || uri.isEmpty()) {
            ns = atomize ? XmlFeedReader.ATOM : Namespace.NO_NAMESPACE;
        } else {
            String prefix = x.getPrefix();
            ns = Namespace.getNamespace(prefix == null ? "" : prefix, uri);
        }
        return JDOM.element(x.getLocalName(), ns);
    }

    private static org.jdom2.Attribute attribute(XMLStreamReader x, int i) {
        String uri = x.getAttributeNamespace(i);
        Namespace ns = uri == null || uri.isEmpty() ? Namespace.NO_NAMESPACE
                : Namespace.getNamespace(x.getAttributePrefix(i), uri);
        return JDOM.attribute(x.getAttributeLocalName(i), x.getAttributeValue(i), ns);
    }

    private static XMLInputFactory factory(FeedLimits limits) {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        // text comes in segments of at most this much, so a huge text node is never held whole
        f.setProperty(WstxInputProperties.P_MIN_TEXT_SEGMENT, 32 * 1024);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxItemChars());
        return f;
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replace('\n', ' ').strip();
    }
}
