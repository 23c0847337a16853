package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The markup cap: which runs of characters count as markup, and where each kind of markup ends. */
class MarkupGuardTest {
    private static final int CAP = 40;
    private static final String LONG = "x".repeat(100);

    /** Read through the guard both ways: in blocks (the parser's way) and a character at a time. */
    private static String pass(String xml) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader in = new MarkupGuard(new StringReader(xml), CAP)) {
            in.transferTo(out);
        }
        StringBuilder one = new StringBuilder();
        try (Reader in = new MarkupGuard(new StringReader(xml), CAP)) {
            for (int c = in.read(); c >= 0; c = in.read()) {
                one.append((char) c);
            }
        }
        assertThat(one.toString()).isEqualTo(out.toString());
        return out.toString();
    }

    private static void refused(String xml) {
        assertThatThrownBy(() -> pass(xml)).as(xml).isInstanceOf(MarkupGuard.TooLong.class)
                .hasMessageContaining("longer than " + CAP);
        assertThatThrownBy(() -> {
            try (Reader in = new MarkupGuard(new StringReader(xml), CAP)) {
                while (in.read() >= 0) {
                    // one character at a time
                }
            }
        }).as(xml).isInstanceOf(MarkupGuard.TooLong.class);
    }

    @Test
    void textAndCdataAreNotMarkupHoweverLong() throws IOException {
        String xml = "<a>" + LONG + "</a><![CDATA[" + LONG + "]]>";
        assertThat(pass(xml)).isEqualTo(xml);
    }

    @Test
    void aLongTagCommentOrProcessingInstructionIsRefused() {
        refused("<a " + "b='1' ".repeat(10) + ">");
        refused("<!--" + LONG + "-->");
        refused("<?pi " + LONG + "?>");
        refused("<!DOCTYPE " + LONG + ">");
    }

    @Test
    void aCommentEndsOnlyAtTwoDashesAndAnAngle() throws IOException {
        assertThat(pass("<!-- a - > b --><p>" + LONG)).endsWith(LONG);
        refused("<!-- a - > b -- c " + LONG + "-->");
    }

    @Test
    void aProcessingInstructionEndsOnlyAtAQuestionMarkAndAnAngle() throws IOException {
        assertThat(pass("<? a > b ?>" + LONG)).endsWith(LONG);
        refused("<? a > b ? > " + LONG + "?>");
    }

    @Test
    void cdataEndsOnlyAtTwoBracketsAndAnAngle() throws IOException {
        assertThat(pass("<![CDATA[ a ]> b ] ]> ]]>" + LONG)).endsWith(LONG);
        // after a false end, what follows is still CDATA (not counted); after the real end, a long tag is markup
        assertThat(pass("<![CDATA[ ]] > " + LONG + "]]>")).endsWith("]]>");
        refused("<![CDATA[ x ]]><a" + " ".repeat(60) + ">");
    }

    @Test
    void eachMarkupIsCountedFromItsOwnStart() throws IOException {
        String tag = "<a " + "b".repeat(30) + ">";
        assertThat(pass(tag.repeat(10))).isEqualTo(tag.repeat(10));
    }
}
