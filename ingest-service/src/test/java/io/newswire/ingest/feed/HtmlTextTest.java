package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Feed HTML to text: the fast path for simple markup and the references it decodes, against what jsoup would say. */
class HtmlTextTest {

    @Test
    void simpleMarkupKeepsTheTextAndBreaksAtBlocks() {
        assertThat(HtmlText.toPlainText("<p>One &amp; two</p><p>Three</p>")).isEqualTo("One & two\n\nThree");
        assertThat(HtmlText.toPlainText("<p>a</p><br/>b<br>c</br>d")).as("</br> breaks nothing")
                .isEqualTo("a\n\nb\ncd");
        assertThat(HtmlText.toPlainText("<div class=\"x>y\">quoted</div>")).as("a '>' inside a quoted attribute")
                .isEqualTo("quoted");
        assertThat(HtmlText.toPlainText("<P>Upper</P>")).isEqualTo("Upper");
        assertThat(HtmlText.toPlainText("<h2>Head</h2>body")).isEqualTo("Head\nbody");
        assertThat(HtmlText.toPlainText("<em>caf&eacute; &copy; 2025</em>")).isEqualTo("café © 2025");
    }

    @Test
    void aLessThanSignThatOpensNoTagIsText() {
        assertThat(HtmlText.toPlainText("a < b and c > d")).isEqualTo("a < b and c > d");
        assertThat(HtmlText.toPlainText("a <1 b")).isEqualTo("a <1 b");
        assertThat(HtmlText.toPlainText("x <")).isEqualTo("x <");
    }

    @Test
    void markupBeyondTheSimpleKindIsLeftToJsoup() {
        assertThat(HtmlText.toPlainText("<!-- c --><p>t</p>")).isEqualTo("t");
        assertThat(HtmlText.toPlainText("<?php x ?>y")).isEqualTo("y");
        assertThat(HtmlText.toPlainText("</ >x")).isEqualTo("x");
        assertThat(HtmlText.toPlainText("<p>unclosed <b")).isEqualTo("unclosed");
        assertThat(HtmlText.toPlainText("<script>bad()</script>ok")).isEqualTo("ok");
    }

    @Test
    void numericAndNamedReferencesAreDecoded() {
        assertThat(HtmlText.toPlainText("&#65;&#x42;&#X43;&nbsp;&quot;&apos;&lt;&gt;&eacute;"))
                .isEqualTo("ABC \"'<>é");
        assertThat(HtmlText.toPlainText("&#0;")).as("NUL decodes to nothing").isNull();
        assertThat(HtmlText.toPlainText("&#1114112;")).as("past the last code point").isEqualTo("\ufffd");
    }

    @Test
    void referencesThatAreNotReferencesStayAsWritten() {
        assertThat(HtmlText.toPlainText("&#xZZ;")).isEqualTo("&#xZZ;");
        assertThat(HtmlText.toPlainText("&bogus;")).isEqualTo("&bogus;");
        assertThat(HtmlText.toPlainText("&;")).isEqualTo("&;");
        assertThat(HtmlText.toPlainText("&#;")).isEqualTo("&#;");
        assertThat(HtmlText.toPlainText("&#x;")).isEqualTo("&#x;");
        assertThat(HtmlText.toPlainText("&amp x")).as("no semicolon: jsoup's lenient reading").isEqualTo("& x");
        assertThat(HtmlText.toPlainText("a &notanentityatallreallylongname123456; b"))
                .as("a reference too long to look up: jsoup's lenient reading")
                .isEqualTo("a ¬anentityatallreallylongname123456; b");
    }
}
