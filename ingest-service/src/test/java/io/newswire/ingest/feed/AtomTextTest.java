package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.jdom2.Element;
import org.jdom2.input.SAXBuilder;
import org.junit.jupiter.api.Test;

/** Atom text constructs and content as HTML, by type and (Atom 0.3) mode. */
class AtomTextTest {

    private static String atomText(String xml) throws Exception {
        Element e = new SAXBuilder().build(new StringReader(xml)).getRootElement().detach();
        return XmlItemReader.atomText(e);
    }

    @Test
    void htmlAndEscapedTextIsHtmlAsItIs() throws Exception {
        assertThat(atomText("<t type='html'>&lt;b&gt;bold&lt;/b&gt;</t>")).isEqualTo("<b>bold</b>");
        assertThat(atomText("<t type='text/html'>&lt;i&gt;x&lt;/i&gt;</t>")).isEqualTo("<i>x</i>");
        assertThat(atomText("<t type='escaped'>a &amp;amp; b</t>")).isEqualTo("a &amp; b");
        assertThat(atomText("<t mode='escaped'>&lt;p&gt;esc&lt;/p&gt;</t>")).isEqualTo("<p>esc</p>");
        assertThat(atomText("<t type=' HTML '>up</t>")).isEqualTo("up");
    }

    @Test
    void textAndXmlMediaTypesAreEscapedAsText() throws Exception {
        assertThat(atomText("<t>plain &lt; text</t>")).isEqualTo("plain &lt; text");
        assertThat(atomText("<t type='text/plain'>tp</t>")).isEqualTo("tp");
        assertThat(atomText("<t type='application/atom+xml'>ax</t>")).isEqualTo("ax");
        assertThat(atomText("<t type='image/svg+xml'>sv</t>")).isEqualTo("sv");
        assertThat(atomText("<t type='text'>   </t>")).isNull();
    }

    @Test
    void xhtmlAndInlineXmlAreSerialised() throws Exception {
        assertThat(atomText("<t type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>x</p></div></t>"))
                .as("the wrapping div is left out").isEqualTo("<p xmlns=\"http://www.w3.org/1999/xhtml\">x</p>");
        assertThat(atomText("<t type='application/xhtml+xml'><p xmlns='http://www.w3.org/1999/xhtml'>y</p></t>"))
                .isEqualTo("<p xmlns=\"http://www.w3.org/1999/xhtml\">y</p>");
        assertThat(atomText("<t><b>inline</b> xml</t>")).isEqualTo("<b>inline</b> xml");
        assertThat(atomText("<t type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'> </div></t>")).isNull();
    }

    @Test
    void base64ModeIsDecodedAndKeptAsHtmlWhenItLooksLikeHtml() throws Exception {
        assertThat(atomText("<t mode='base64'>PGI+aGk8L2I+</t>")).isEqualTo("<b>hi</b>");
        assertThat(atomText("<t mode='base64'>aGVsbG8gJiB3b3JsZA==</t>")).isEqualTo("hello &amp; world");
        assertThat(atomText("<t mode='base64' type='html'>aGVsbG8=</t>")).isEqualTo("hello");
        assertThat(atomText("<t type='text/html' mode='base64'>PHA+cDwvcD4=</t>")).isEqualTo("<p>p</p>");
        assertThat(atomText("<t type='text/plain' mode='base64'>YSA8IGI=</t>")).isEqualTo("a &lt; b");
        assertThat(atomText("<t mode='base64'>!!!</t>")).as("the MIME decoder skips what is not base64").isEmpty();
    }

    @Test
    void otherMediaTypesAreBase64AndTheirTextIsEscaped() throws Exception {
        assertThat(atomText("<t type='application/octet-stream'>aGVsbG8gb2N0ZXQ=</t>")).isEqualTo("hello octet");
        assertThat(atomText("<t type='image/png'>PGI+aGk8L2I+</t>")).isEqualTo("&lt;b&gt;hi&lt;/b&gt;");
        assertThat(atomText("<t type='application/pdf'>%%%</t>")).isEmpty();
    }
}
