package org.plnkit.report.workbook.kit;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;

/**
 * The XML of a package's relationship parts and of its core properties ({@code docProps/core.xml}) as POI writes
 * them, made as text: POI builds a DOM for each and serializes it with an XSLT transformer (the JDK's), a tenth of a
 * participant's workbook (issue 17). The same elements, attributes (in the order the JDK's serializer puts them:
 * by name), declaration and escaping, so the same bytes.
 *
 * <p>Only "plain" text is written here: printable characters, escaped as the JDK's serializer escapes them ({@code &
 * < > "} in attributes, {@code & < >} in text). Text with anything else in it (control characters, C1 controls,
 * U+2028, characters outside the Basic Multilingual Plane, which the serializer writes as character references of
 * its own choosing) gives {@link Optional#empty()}, and the caller leaves that part to POI.
 */
final class OpcXml {
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private OpcXml() {
    }

    /**
     * The relationship part {@code relPart} holding {@code rels}, as POI's {@code
     * ZipPartMarshaller.marshallRelationshipPart} writes it: each relationship's id, target (relative to the source
     * part unless external or a hyperlink), {@code TargetMode="External"} for external ones, and type.
     */
    static Optional<String> relationships(PackageRelationshipCollection rels, PackagePartName relPart) {
        URI source = PackagingURIHelper.getSourcePartUriFromRelationshipPartUri(relPart.getURI());
        StringBuilder b = new StringBuilder(256 + 160 * rels.size()).append(DECLARATION)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"");
        if (rels.isEmpty()) {
            return Optional.of(b.append("/>").toString());
        }
        b.append('>');
        for (PackageRelationship rel : rels) {
            boolean external = rel.getTargetMode() == TargetMode.EXTERNAL;
            String target = external || Objects.equals(rel.getRelationshipType(),
                    PackageRelationshipTypes.HYPERLINK_PART) ? rel.getTargetURI().toString()
                    : PackagingURIHelper.relativizeURI(source, rel.getTargetURI(), true).toString();
            b.append("<Relationship");
            if (!attribute(b, "Id", rel.getId()) || !attribute(b, "Target", target)) {
                return Optional.empty();
            }
            if (external) {
                b.append(" TargetMode=\"External\"");
            }
            if (!attribute(b, "Type", rel.getRelationshipType())) {
                return Optional.empty();
            }
            b.append("/>");
        }
        return Optional.of(b.append("</Relationships>").toString());
    }

    /**
     * The core properties as POI's {@code PackagePropertiesMarshaller} writes them: the set properties in its order,
     * the dates typed {@code dcterms:W3CDTF}.
     */
    static Optional<String> coreProperties(PackagePropertiesPart p) {
        StringBuilder b = new StringBuilder(1024).append(DECLARATION).append("<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        boolean plain = element(b, "cp:category", p.getCategoryProperty(), null)
                && element(b, "cp:contentStatus", p.getContentStatusProperty(), null)
                && element(b, "cp:contentType", p.getContentTypeProperty(), null)
                && element(b, "dcterms:created", p.getCreatedProperty().map(d -> p.getCreatedPropertyString()),
                        "dcterms:W3CDTF")
                && element(b, "dc:creator", p.getCreatorProperty(), null)
                && element(b, "dc:description", p.getDescriptionProperty(), null)
                && element(b, "dc:identifier", p.getIdentifierProperty(), null)
                && element(b, "cp:keywords", p.getKeywordsProperty(), null)
                && element(b, "dc:language", p.getLanguageProperty(), null)
                && element(b, "cp:lastModifiedBy", p.getLastModifiedByProperty(), null)
                && element(b, "cp:lastPrinted", p.getLastPrintedProperty().map(d -> p.getLastPrintedPropertyString()),
                        null)
                && element(b, "dcterms:modified", p.getModifiedProperty().map(d -> p.getModifiedPropertyString()),
                        "dcterms:W3CDTF")
                && element(b, "cp:revision", p.getRevisionProperty(), null)
                && element(b, "dc:subject", p.getSubjectProperty(), null)
                && element(b, "dc:title", p.getTitleProperty(), null)
                && element(b, "cp:version", p.getVersionProperty(), null);
        return plain ? Optional.of(b.append("</cp:coreProperties>").toString()) : Optional.empty();
    }

    /** Appends {@code <name xsi:type="type">text</name>} when the value is there; false if its text is not plain. */
    private static boolean element(StringBuilder b, String name, Optional<String> value, String xsiType) {
        if (value.isEmpty()) {
            return true;
        }
        String text = value.get();
        b.append('<').append(name);
        if (xsiType != null) {
            b.append(" xsi:type=\"").append(xsiType).append('"');
        }
        if (text == null || text.isEmpty()) {
            b.append("/>");
            return true;
        }
        b.append('>');
        if (!escaped(b, text, false)) {
            return false;
        }
        b.append("</").append(name).append('>');
        return true;
    }

    /** Appends {@code  name="value"}; false if the value is not plain. */
    static boolean attribute(StringBuilder b, String name, String value) {
        b.append(' ').append(name).append("=\"");
        if (!escaped(b, value, true)) {
            return false;
        }
        b.append('"');
        return true;
    }

    /**
     * Appends {@code text} with {@code & < >} escaped (and {@code "} in an attribute), as POI's serializer writes
     * them; false, with part of the text appended, when a character is not plain.
     */
    private static boolean escaped(StringBuilder b, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (entity != null) {
                b.append(entity);
            } else if (plain(c)) {
                b.append(c);
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the JDK's serializer writes {@code c} as it is (in UTF-8) in text and attributes: printable ASCII and
     * the Basic Multilingual Plane's characters from U+00A0, but for U+2028 and the surrogates.
     */
    static boolean plain(char c) {
        return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xD800 && c != 0x2028) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
