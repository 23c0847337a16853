package io.newswire.ingest.feed;

import java.io.IOException;
import java.io.Reader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.SAXException;

/**
 * Builds JDOM documents from untrusted XML. A DOCTYPE is accepted (RSS 0.91 feeds carry Netscape's), but no DTD is
 * loaded, nothing external is resolved, and any entity declaration stops the parse at the declaration, before the
 * entity can be referenced or expanded: that refuses XXE and billion laughs alike without reading anything.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** Thrown from inside the SAX handler; unchecked because JDOM's entity-declaration callbacks declare none. */
    static final class EntityRefused extends RuntimeException {
        EntityRefused(String message) {
            super(message, null, false, false);
        }
    }

    /** Not well-formed XML (as opposed to refused XML): worth a second try through an XML healer. */
    static final class Malformed extends Exception {
        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Document parse(Reader reader) throws FeedFormatException {
        try {
            return build(reader);
        } catch (Malformed e) {
            throw new FeedFormatException(e.getMessage(), e.getCause());
        }
    }

    static Document build(Reader reader) throws FeedFormatException, Malformed {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        // explicit: Rome's own builders switch this on, and the parser factory JDOM shares can carry it over
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new EntityRefused("external entity " + systemId + " refused");
        });
        builder.setSAXHandlerFactory(factory -> new SAXHandler(factory) {
            @Override
            public void internalEntityDecl(String name, String value) {
                throw new EntityRefused("XML entity declaration <!ENTITY " + name + "> refused (entity expansion)");
            }

            @Override
            public void externalEntityDecl(String name, String publicId, String systemId) {
                throw new EntityRefused("XML external entity <!ENTITY " + name + "> refused (XXE)");
            }
        });
        try {
            return builder.build(reader);
        } catch (EntityRefused e) {
            throw new FeedFormatException(e.getMessage());
        } catch (JDOMException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EntityRefused refused) {
                throw new FeedFormatException(refused.getMessage());
            }
            throw new Malformed("not well-formed XML: " + oneLine(cause instanceof SAXException s
                    ? s.getMessage() : e.getMessage()), e);
        } catch (IOException e) {
            throw new FeedFormatException("cannot read XML: " + oneLine(e.getMessage()), e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replace('\n', ' ').strip();
    }
}
