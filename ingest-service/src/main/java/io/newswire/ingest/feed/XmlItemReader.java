package io.newswire.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * One RSS item or Atom entry, as a JDOM element, to a {@link FeedItem}, with the fallbacks real feeds rely on: where
 * the core element is missing, Dublin Core, {@code content:encoded}, Atom elements inside RSS, Media RSS and iTunes
 * stand in (see the ingest README, "How items are read"). Both the live (whole document) and the streaming (item by
 * item) paths hand their item elements here, so an item reads the same whichever way it arrives.
 */
final class XmlItemReader {
    static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";

    /** The vocabularies an item's elements come from, by namespace URI. */
    enum Vocabulary { CORE, ATOM, DC, DCTERMS, CONTENT, MEDIA, ITUNES, XHTML, OTHER }

    private static final Pattern NAME_ANGLE_EMAIL = Pattern.compile("^(.*?)\\s*<\\s*(?:mailto:)?([^<>\\s]+@[^<>\\s]+)\\s*>$");
    private static final Pattern EMAIL_PAREN_NAME = Pattern.compile("^(?:mailto:)?(\\S+@\\S+)\\s*\\((.+)\\)$");
    private static final Pattern NAME_PAREN_EMAIL = Pattern.compile("^(.+?)\\s*\\((?:mailto:)?(\\S+@\\S+)\\)$");
    private static final XMLOutputter XML = new XMLOutputter(Format.getRawFormat().setOmitDeclaration(true));

    private XmlItemReader() {
    }

    static Vocabulary vocabulary(String uri, boolean atomEntry) {
        return switch (uri) {
            case ATOM_10, ATOM_03 -> atomEntry ? Vocabulary.CORE : Vocabulary.ATOM;
            case "", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
                    "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss" ->
                    atomEntry ? Vocabulary.OTHER : Vocabulary.CORE;
            case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/" -> Vocabulary.DC;
            case "http://purl.org/dc/terms/" -> Vocabulary.DCTERMS;
            case "http://purl.org/rss/1.0/modules/content/" -> Vocabulary.CONTENT;
            case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss" -> Vocabulary.MEDIA;
            case "http://www.itunes.com/dtds/podcast-1.0.dtd", "http://www.itunes.com/DTDs/Podcast-1.0.dtd" ->
                    Vocabulary.ITUNES;
            case "http://www.w3.org/1999/xhtml" -> Vocabulary.XHTML;
            default -> Vocabulary.OTHER;
        };
    }

    static boolean isAtomEntry(Element item) {
        String ns = item.getNamespaceURI();
        return item.getName().equals("entry") && (ns.equals(ATOM_10) || ns.equals(ATOM_03));
    }

    /**
     * @param inheritedBase the {@code xml:base} in scope at the item's parent (null when none): relative links are
     *        resolved against it here, and against the feed's address later
     */
    static FeedItem read(Element item, URI inheritedBase) {
        Reading r = new Reading(item, inheritedBase);
        return r.atom ? r.atomEntry() : r.rssItem();
    }

    /** What an item is called in a refusal: its guid, id or link when it has one. */
    static String hint(Element item) {
        for (Element child : item.getChildren()) {
            String n = child.getName();
            if (n.equals("guid") || n.equals("id") || n.equals("link")) {
                String v = child.getAttributeValue("href") != null ? child.getAttributeValue("href")
                        : child.getTextTrim();
                if (!v.isEmpty()) {
                    return v.length() > 200 ? v.substring(0, 200) + "…" : v;
                }
            }
        }
        return null;
    }

    private static final class Reading {
        final Element item;
        final boolean atom;
        final URI base;
        final List<Element> children;
        final Vocabulary[] vocabularies;
        final List<Element> media = new ArrayList<>();

        Reading(Element item, URI inheritedBase) {
            this.item = item;
            this.atom = isAtomEntry(item);
            this.base = baseOf(item, inheritedBase);
            this.children = List.copyOf(item.getChildren());
            this.vocabularies = new Vocabulary[children.size()];
            for (int i = 0; i < children.size(); i++) {
                vocabularies[i] = vocabulary(children.get(i).getNamespaceURI(), atom);
                if (vocabularies[i] == Vocabulary.MEDIA) {
                    collectMedia(children.get(i), 0);
                }
            }
        }

        private void collectMedia(Element e, int depth) {
            media.add(e);
            if (depth < 3 && (e.getName().equals("group") || e.getName().equals("content"))) {
                for (Element c : e.getChildren()) {
                    if (vocabulary(c.getNamespaceURI(), false) == Vocabulary.MEDIA) {
                        collectMedia(c, depth + 1);
                    }
                }
            }
        }

        FeedItem rssItem() {
            String link = rssLink(first(Vocabulary.CORE, "link"));
            Element guidElement = first(Vocabulary.CORE, "guid");
            String guid = firstText(guidElement, first(Vocabulary.ATOM, "id"), first(Vocabulary.DC, "identifier"));
            if (link == null) {
                link = atomLink(Vocabulary.ATOM);
            }
            if (link == null && guidElement != null && !"false".equalsIgnoreCase(
                    guidElement.getAttributeValue("isPermaLink", "true").strip()) && looksLikeUrl(guid)) {
                link = guid;
            }
            String title = firstNonNull(raw(first(Vocabulary.CORE, "title")), raw(first(Vocabulary.DC, "title")),
                    raw(firstMedia("title")), atomText(first(Vocabulary.ATOM, "title")),
                    raw(first(Vocabulary.ITUNES, "title")));
            String summary = firstNonNull(raw(first(Vocabulary.CORE, "description")),
                    raw(first(Vocabulary.DC, "description")), atomText(first(Vocabulary.ATOM, "summary")),
                    raw(firstMedia("description")), raw(first(Vocabulary.ITUNES, "summary")),
                    raw(first(Vocabulary.ITUNES, "subtitle")));
            String content = firstNonNull(raw(first(Vocabulary.CONTENT, "encoded")),
                    atomContent(first(Vocabulary.ATOM, "content")), xhtmlBody());
            List<String> authors = firstNonEmpty(authors(all(Vocabulary.CORE, "author")),
                    authors(all(Vocabulary.DC, "creator")), authors(all(Vocabulary.ATOM, "author")),
                    authors(all(Vocabulary.ITUNES, "author")));
            Set<String> categories = new LinkedHashSet<>();
            all(Vocabulary.CORE, "category").forEach(c -> addCategory(categories, c.getTextNormalize()));
            addCategoriesCommon(categories);
            Instant published = firstDate(first(Vocabulary.CORE, "pubDate"), first(Vocabulary.ATOM, "published"),
                    first(Vocabulary.ATOM, "issued"), first(Vocabulary.DCTERMS, "issued"),
                    first(Vocabulary.DCTERMS, "created"), first(Vocabulary.ATOM, "created"));
            Instant updated = firstDate(first(Vocabulary.ATOM, "updated"), first(Vocabulary.ATOM, "modified"),
                    first(Vocabulary.DCTERMS, "modified"), first(Vocabulary.DC, "date"));
            return new FeedItem(link, guid, title, summary, content, authors, List.copyOf(categories), published,
                    updated, language());
        }

        FeedItem atomEntry() {
            String link = atomLink(Vocabulary.CORE);
            String guid = firstText(first(Vocabulary.CORE, "id"), first(Vocabulary.DC, "identifier"));
            String title = firstNonNull(atomText(first(Vocabulary.CORE, "title")), raw(firstMedia("title")),
                    raw(first(Vocabulary.DC, "title")));
            String summary = firstNonNull(atomText(first(Vocabulary.CORE, "summary")), raw(firstMedia("description")),
                    raw(first(Vocabulary.DC, "description")), raw(first(Vocabulary.ITUNES, "summary")));
            String content = null;
            for (Element c : all(Vocabulary.CORE, "content")) {
                content = firstNonNull(content, atomContent(c));
            }
            content = firstNonNull(content, raw(first(Vocabulary.CONTENT, "encoded")), xhtmlBody());
            List<String> authors = firstNonEmpty(authors(all(Vocabulary.CORE, "author")),
                    authors(all(Vocabulary.DC, "creator")), authors(all(Vocabulary.ITUNES, "author")));
            Set<String> categories = new LinkedHashSet<>();
            all(Vocabulary.CORE, "category").forEach(c -> addCategory(categories, atomCategory(c)));
            addCategoriesCommon(categories);
            Instant published = firstDate(first(Vocabulary.CORE, "published"), first(Vocabulary.CORE, "issued"),
                    first(Vocabulary.CORE, "created"), first(Vocabulary.DCTERMS, "issued"),
                    first(Vocabulary.DCTERMS, "created"));
            Instant updated = firstDate(first(Vocabulary.CORE, "updated"), first(Vocabulary.CORE, "modified"),
                    first(Vocabulary.DCTERMS, "modified"), first(Vocabulary.DC, "date"));
            return new FeedItem(link, guid, title, summary, content, authors, List.copyOf(categories), published,
                    updated, language());
        }

        private void addCategoriesCommon(Set<String> categories) {
            all(Vocabulary.DC, "subject").forEach(c -> addCategory(categories, c.getTextNormalize()));
            all(Vocabulary.ATOM, "category").forEach(c -> addCategory(categories, atomCategory(c)));
            for (Element k : all(Vocabulary.ITUNES, "keywords")) {
                for (String word : k.getText().split(",")) {
                    addCategory(categories, word);
                }
            }
            all(Vocabulary.ITUNES, "category").forEach(c -> addCategory(categories, c.getAttributeValue("text")));
            for (Element k : media) {
                if (k.getName().equals("keywords")) {
                    for (String word : k.getText().split(",")) {
                        addCategory(categories, word);
                    }
                }
            }
        }

        private String language() {
            String lang = item.getAttributeValue("lang", Namespace.XML_NAMESPACE);
            if (lang == null || lang.isBlank()) {
                Element dc = first(Vocabulary.DC, "language");
                lang = dc == null ? null : dc.getTextTrim();
            }
            return lang == null || lang.isBlank() ? null : lang.strip();
        }

        private Element first(Vocabulary v, String name) {
            for (int i = 0; i < vocabularies.length; i++) {
                if (vocabularies[i] == v && children.get(i).getName().equals(name)) {
                    return children.get(i);
                }
            }
            return null;
        }

        private List<Element> all(Vocabulary v, String name) {
            List<Element> found = new ArrayList<>(2);
            for (int i = 0; i < vocabularies.length; i++) {
                if (vocabularies[i] == v && children.get(i).getName().equals(name)) {
                    found.add(children.get(i));
                }
            }
            return found;
        }

        private Element firstMedia(String name) {
            for (Element m : media) {
                if (m.getName().equals(name) && !m.getTextTrim().isEmpty()) {
                    return m;
                }
            }
            return null;
        }

        /** RSS {@code <link>} text, resolved against the xml:base in scope. */
        private String rssLink(Element link) {
            if (link == null) {
                return null;
            }
            String href = link.getAttributeValue("href"); // Atom-style links in the RSS namespace happen
            String text = href != null && !href.isBlank() ? href : link.getTextTrim();
            return text.isEmpty() ? null : resolve(baseOf(link, base), text);
        }

        /** The alternate link, else the first with an href, resolved against the xml:base in scope. */
        private String atomLink(Vocabulary v) {
            Element chosen = null;
            Element firstWithHref = null;
            for (Element l : all(v, "link")) {
                String href = l.getAttributeValue("href");
                if (href == null || href.isBlank()) {
                    if (v == Vocabulary.CORE && !l.getTextTrim().isEmpty() && firstWithHref == null) {
                        firstWithHref = l; // Atom 0.3 as some wrote it: <link>url</link>
                    }
                    continue;
                }
                if (firstWithHref == null) {
                    firstWithHref = l;
                }
                String rel = l.getAttributeValue("rel", "alternate").strip().toLowerCase(Locale.ROOT);
                if ((rel.equals("alternate") || rel.equals("http://www.iana.org/assignments/relation/alternate"))
                        && chosen == null) {
                    chosen = l;
                }
            }
            Element l = chosen != null ? chosen : firstWithHref;
            if (l == null) {
                return null;
            }
            String href = l.getAttributeValue("href");
            return resolve(baseOf(l, base), href != null ? href.strip() : l.getTextTrim());
        }

        private String xhtmlBody() {
            for (int i = 0; i < vocabularies.length; i++) {
                Element c = children.get(i);
                if (vocabularies[i] == Vocabulary.XHTML && (c.getName().equals("body") || c.getName().equals("div"))) {
                    String html = XML.outputString(c.getContent());
                    return html.isBlank() ? null : html;
                }
            }
            return null;
        }
    }

    /** Atom {@code content}: as a text construct, but out-of-line content ({@code src}) has no text here. */
    private static String atomContent(Element content) {
        if (content == null || content.getAttributeValue("src") != null) {
            return null;
        }
        return atomText(content);
    }

    /**
     * An Atom text construct (or content) as HTML: {@code text} escaped, {@code html} as it is, {@code xhtml} (and
     * inline XML) serialised, base64 (Atom 0.3 {@code mode="base64"}, or an Atom 1.0 type that is neither text nor
     * XML) decoded.
     */
    static String atomText(Element e) {
        if (e == null) {
            return null;
        }
        String type = e.getAttributeValue("type", "text").strip().toLowerCase(Locale.ROOT);
        String mode = e.getAttributeValue("mode", "").strip().toLowerCase(Locale.ROOT);
        boolean html = type.equals("html") || type.equals("text/html") || type.equals("escaped");
        if (mode.equals("base64")) {
            return base64Mode(e.getText(), type, html);
        }
        if (type.equals("xhtml") || type.equals("application/xhtml+xml") || !e.getChildren().isEmpty()) {
            return inlineXml(e);
        }
        String text = e.getText();
        if (text.isBlank()) {
            return null;
        }
        return html || mode.equals("escaped") ? text : byMediaType(text, type);
    }

    /** Atom 0.3's {@code mode="base64"}: decoded, and HTML when the type says so or the text looks like it. */
    private static String base64Mode(String text, String type, boolean html) {
        String decoded = base64(text);
        if (decoded == null) {
            return null;
        }
        return html || looksLikeHtml(type, decoded) ? decoded : HtmlText.fromPlainText(decoded);
    }

    /** XHTML, or inline XML of another type: serialised, without the wrapping XHTML {@code div} where there is one. */
    private static String inlineXml(Element e) {
        Element div = e.getChildren().size() == 1 && e.getChildren().get(0).getName().equals("div")
                ? e.getChildren().get(0) : e;
        String out = XML.outputString(div.getContent());
        return out.isBlank() ? null : out;
    }

    /**
     * Text of a media type that is not HTML: text and XML types as text; any other type is base64 (RFC 4287
     * 4.1.3.3), its decoded text taken as text.
     */
    private static String byMediaType(String text, String type) {
        if (type.equals("text") || type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("/xml")) {
            return HtmlText.fromPlainText(text);
        }
        String decoded = base64(text);
        return decoded == null ? null : HtmlText.fromPlainText(decoded);
    }

    private static boolean looksLikeHtml(String type, String s) {
        return type.contains("html") || s.indexOf('<') >= 0 && s.indexOf('>') > s.indexOf('<');
    }

    private static String base64(String text) {
        try {
            return new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The element's text, or its inline markup serialised when it has child elements (unescaped HTML). */
    private static String raw(Element e) {
        if (e == null) {
            return null;
        }
        String s = e.getChildren().isEmpty() ? e.getText() : XML.outputString(e.getContent());
        return s.isBlank() ? null : s;
    }

    private static String firstText(Element... elements) {
        for (Element e : elements) {
            if (e != null && !e.getTextTrim().isEmpty()) {
                return e.getTextTrim();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @SafeVarargs
    private static List<String> firstNonEmpty(List<String>... lists) {
        for (List<String> l : lists) {
            if (!l.isEmpty()) {
                return l;
            }
        }
        return List.of();
    }

    private static Instant firstDate(Element... elements) {
        for (Element e : elements) {
            if (e != null) {
                Instant t = FeedDates.parse(e.getTextTrim());
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * Authors as text ({@code Name}, {@code email (Name)}, {@code Name <email>}) or as Atom persons (name, email,
     * uri), whichever way the feed wrote them; several elements give several authors.
     */
    private static List<String> authors(List<Element> elements) {
        List<String> names = new ArrayList<>();
        for (Element e : elements) {
            String name = e.getChildren().isEmpty() ? personName(e.getTextNormalize()) : person(e);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String person(Element e) {
        String name = null;
        String email = null;
        String uri = null;
        for (Element c : e.getChildren()) {
            String v = c.getTextNormalize();
            if (v.isEmpty()) {
                continue;
            }
            switch (c.getName()) {
                case "name" -> name = name == null ? personName(v) : name;
                case "email" -> email = email == null ? v : email;
                case "uri", "url" -> uri = uri == null ? v : uri;
                default -> { }
            }
        }
        return name != null ? name : email != null ? email : uri;
    }

    /** The name in {@code Name}, {@code email (Name)}, {@code Name <email>} or {@code Name (email)}. */
    static String personName(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        Matcher m = NAME_ANGLE_EMAIL.matcher(s);
        if (m.matches()) {
            return m.group(1).isBlank() ? m.group(2) : unquote(m.group(1));
        }
        m = EMAIL_PAREN_NAME.matcher(s);
        if (m.matches()) {
            return unquote(m.group(2));
        }
        m = NAME_PAREN_EMAIL.matcher(s);
        if (m.matches()) {
            return unquote(m.group(1));
        }
        return s.startsWith("mailto:") ? s.substring(7) : s;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"') {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static String atomCategory(Element c) {
        String label = c.getAttributeValue("label");
        if (label != null && !label.isBlank()) {
            return label;
        }
        String term = c.getAttributeValue("term");
        return term != null && !term.isBlank() ? term : c.getTextNormalize(); // Atom 0.3 wrote text
    }

    private static void addCategory(Set<String> categories, String category) {
        if (category != null && !category.isBlank()) {
            categories.add(category.strip());
        }
    }

    private static boolean looksLikeUrl(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://"));
    }

    /** The xml:base in scope at the element: its own resolved against its parent's. */
    static URI baseOf(Element e, URI parentBase) {
        String declared = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
        if (declared == null || declared.isBlank()) {
            return parentBase;
        }
        try {
            URI d = new URI(declared.strip());
            return parentBase == null ? d : parentBase.resolve(d);
        } catch (URISyntaxException | IllegalArgumentException e1) {
            return parentBase; // an unusable base resolves nothing
        }
    }

    private static String resolve(URI base, String link) {
        if (base == null || link == null) {
            return link;
        }
        try {
            return base.resolve(new URI(link.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }
}
