package io.newswire.ingest.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

    /** Null or blank in, null out. */
    public static String toPlainText(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapse(html);
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
        StringBuilder out = new StringBuilder(s.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                newlines++;
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (!out.isEmpty()) {
                    if (newlines > 0) {
                        out.append(newlines > 1 ? "\n\n" : "\n");
                    } else if (space) {
                        out.append(' ');
                    }
                }
                out.append(c);
                newlines = 0;
                space = false;
            }
        }
        return out.toString();
    }
}
