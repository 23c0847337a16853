package io.newswire.ingest.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Feed HTML to plain text: tags and scripts dropped, entities decoded, paragraphs kept as blank-line breaks. */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "tr", "table", "section", "article", "header", "footer", "figure",
            "figcaption", "hr", "dd", "dt");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object");

    private HtmlText() {
    }

    /** Plain text made safe to pass through {@link #toPlainText}: markup-like characters escaped, lines kept. */
    public static String fromPlainText(String text) {
        return text == null ? null : org.jsoup.nodes.Entities.escape(text).replace("\n", "<br>");
    }

    /** As {@link #toPlainText}, on one line: for titles, where a paragraph break means nothing. */
    public static String toPlainLine(String html) {
        String text = toPlainText(html);
        return text == null || text.indexOf('\n') < 0 ? text : text.replace("\n\n", " ").replace('\n', ' ');
    }

    /** Null or blank in, null out. */
    public static String toPlainText(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        if (html.indexOf('<') < 0) {
            return nullIfEmpty(collapse(html.indexOf('&') < 0 ? html : unescape(html)));
        }
        String simple = simpleMarkup(html);
        if (simple != null) {
            return nullIfEmpty(collapse(simple));
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideSkipped(text)) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, body);
        String text = collapse(out.toString());
        return text.isEmpty() ? null : text;
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    /**
     * Most feed HTML is plain paragraphs, links and emphasis: for that, the text is the runs between tags (entities
     * decoded) with a line break at each block tag, and building a DOM for it would cost most of the time a feed
     * takes to read. Returns null at anything beyond that (comments, scripts, declarations, unclosed tags), for
     * jsoup to read.
     */
    private static String simpleMarkup(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (textEnd > i) {
                appendText(out, html, i, textEnd);
            }
            if (lt < 0) {
                break;
            }
            i = simpleTag(html, lt, out);
            if (i < 0) {
                return null;
            }
        }
        return out.toString();
    }

    /**
     * What the {@code <} at {@code lt} opens, for {@link #simpleMarkup}: a tag (a line break out for a block), or a
     * plain {@code <} of the text. Returns where the text goes on, or -1 at markup that is not simple.
     */
    private static int simpleTag(String html, int lt, StringBuilder out) {
        int n = html.length();
        if (lt + 1 >= n) {
            return -1;
        }
        char c = html.charAt(lt + 1);
        boolean closing = c == '/';
        int nameStart = closing ? lt + 2 : lt + 1;
        if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
            if (closing || c == '!' || c == '?') {
                return -1; // a comment, a declaration, or markup jsoup knows better
            }
            out.append('<'); // "a < b": text
            return lt + 1;
        }
        int nameEnd = tagNameEnd(html, nameStart);
        int gt = tagEnd(html, nameEnd);
        if (gt < 0) {
            return -1;
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
        if (SKIPPED.contains(name)) {
            return -1;
        }
        if (BLOCKS.contains(name) && !(closing && name.equals("br"))) {
            out.append('\n');
        }
        return gt + 1;
    }

    /** Where the tag name that starts at {@code from} (a letter) ends: after its letters and digits. */
    private static int tagNameEnd(String html, int from) {
        int end = from;
        while (end < html.length() && (isAsciiLetter(html.charAt(end)) || Character.isDigit(html.charAt(end)))) {
            end++;
        }
        return end;
    }

    /** The '>' that ends the tag whose name ends at {@code from}, over quoted attribute values; -1 when none. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int j = from; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static void appendText(StringBuilder out, String html, int from, int to) {
        int amp = html.indexOf('&', from);
        if (amp < 0 || amp >= to) {
            out.append(html, from, to);
        } else {
            out.append(unescape(html.substring(from, to)));
        }
    }

    /**
     * Character references decoded: {@code &name;} by jsoup's table of HTML entities and {@code &#n;}/{@code &#xh;}
     * directly; text with any other use of {@code &} (a reference without its semicolon, say) goes to jsoup's own
     * lenient decoder, which is exact but builds a tokeniser per call.
     */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int amp = text.indexOf('&', i);
            if (amp < 0) {
                out.append(text, i, n);
                break;
            }
            out.append(text, i, amp);
            int semi = text.indexOf(';', amp + 1);
            if (semi < 0 || semi - amp > 33 || semi == amp + 1) {
                return Parser.unescapeEntities(text, false);
            }
            String decoded = reference(text, amp + 1, semi);
            if (decoded == null) {
                return Parser.unescapeEntities(text, false);
            }
            out.append(decoded);
            i = semi + 1;
        }
        return out.toString();
    }

    /** The text of the reference between {@code &} and {@code ;}, or null when it is none jsoup's table knows. */
    private static String reference(String text, int from, int to) {
        return text.charAt(from) == '#' ? numericReference(text, from + 1, to)
                : namedReference(text.substring(from, to));
    }

    /** {@code &#n;} or {@code &#xh;}: the code point, or null for NUL, a code point past Unicode's, or no number. */
    private static String numericReference(String text, int from, int to) {
        boolean hex = from < to && (text.charAt(from) == 'x' || text.charAt(from) == 'X');
        try {
            int code = Integer.parseInt(text, hex ? from + 1 : from, to, hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code &name;}: the five of XML and {@code nbsp} at once, the rest from jsoup's table of HTML entities. */
    private static String namedReference(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> {
                String value = Entities.getByName(name);
                yield value == null || value.isEmpty() ? null : value;
            }
        };
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean insideSkipped(TextNode text) {
        for (Node p = text.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && SKIPPED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Runs of spaces become one space; runs of line breaks become one blank line; lines are trimmed. */
    private static String collapse(String s) {
        int length = s.length();
        char[] out = new char[length];
        int o = 0;
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\u00a0' && (c < '\u0085' || !Character.isWhitespace(c))) {
                if (o > 0) {
                    if (newlines > 0) {
                        if (newlines > 1) {
                            out[o++] = '\n';
                        }
                        out[o++] = '\n';
                    } else if (space) {
                        out[o++] = ' ';
                    }
                }
                out[o++] = c;
                newlines = 0;
                space = false;
            } else if (c == '\n' || c == '\r') {
                newlines++;
                space = false;
            } else {
                space = true;
            }
        }
        return new String(out, 0, o);
    }
}
