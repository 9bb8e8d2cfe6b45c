package org.plnkit.report.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered SVG map, parsed, with the look-ups the tests need. */
final class SvgDocument {
    private static final Pattern FILL = Pattern.compile("fill:rgb\\((\\d+),(\\d+),(\\d+)\\)");

    final String text;
    final Document dom;

    SvgDocument(byte[] svg) {
        this.text = new String(svg, StandardCharsets.UTF_8);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            this.dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        } catch (Exception e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return dom.getDocumentElement();
    }

    /** All {@code <g>} elements with this class, in document order. */
    List<Element> groupsOfClass(String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = dom.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cls.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }

    Optional<Element> byId(String id) {
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The text of the {@code <title>} child of an element. */
    static String title(Element e) {
        NodeList titles = e.getElementsByTagName("title");
        return titles.getLength() == 0 ? "" : titles.item(0).getTextContent();
    }

    /** The text drawn inside an element (its {@code <text>} elements), line by line. */
    static List<String> texts(Element e) {
        List<String> out = new ArrayList<>();
        NodeList ts = e.getElementsByTagName("text");
        for (int i = 0; i < ts.getLength(); i++) {
            out.add(ts.item(i).getTextContent());
        }
        return out;
    }

    /** Every {@code fill:rgb(…)} colour used inside an element, as 0xRRGGBB. */
    static List<Integer> fills(Element e) {
        List<Integer> out = new ArrayList<>();
        NodeList all = e.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Matcher m = FILL.matcher(((Element) all.item(i)).getAttribute("style"));
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)) << 16 | Integer.parseInt(m.group(2)) << 8
                        | Integer.parseInt(m.group(3)));
            }
        }
        return out;
    }
}
