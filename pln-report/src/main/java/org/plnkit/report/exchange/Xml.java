package org.plnkit.report.exchange;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.plnkit.core.problem.Place;

/** StAX reading that is safe on files from anywhere: no DTDs, no external entities; places for every element. */
final class Xml {
    private Xml() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f.createXMLStreamReader(in);
    }

    static Place place(String file, XMLStreamReader r) {
        return place(file, r.getLocation());
    }

    static Place place(String file, Location l) {
        return l == null ? Place.file(file) : Place.text(file, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
    }

    /** The plain-words reason of a parse error, without the parser's "ParseError at [row,col]" prefix. */
    static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? "unknown reason" : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }

    /** An attribute's value by local name (any namespace), or null. */
    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Reads from a start tag to its end tag and gives the element's own text; text inside nested elements is
     * skipped unless the nested element's local name is {@code nestedText} (then the first such text is given).
     */
    static String text(XMLStreamReader r, String nestedText) throws XMLStreamException {
        StringBuilder own = new StringBuilder();
        String nested = null;
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (nested == null && r.getLocalName().equals(nestedText)) {
                    nested = text(r, null);
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE)) {
                own.append(r.getText());
            }
        }
        return nested != null ? nested : own.toString();
    }

    /** Skips the current element and everything in it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
        }
    }
}
