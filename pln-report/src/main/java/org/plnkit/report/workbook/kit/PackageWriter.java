package org.plnkit.report.workbook.kit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;

/**
 * Writes a new workbook's package into its zip as POI's {@code ZipPackage.saveImpl} does, with the content types
 * ({@code [Content_Types].xml}) and the package's relationships ({@code _rels/.rels}) written as text (issue 17):
 * POI writes both through a DOM and an XSLT transformer and offers no hook for them. The parts are written by {@link
 * PartWriters}; the bytes are POI's.
 *
 * <p>POI keeps the content types in a table of its own that it does not show: they are worked out here from the
 * parts, by POI's rule (an extension's first content type becomes its default, other parts are named one by one).
 * That rule depends on the order the parts were made in only when two extensions share a content type, or an
 * extension has two; such packages, and any other this writer is not sure of (a relationship part among the parts,
 * package relationships not numbered {@code rId1} to {@code rIdN}, upper-case extensions), are saved by POI instead.
 * Like POI, it adds the core properties ({@code docProps/core.xml}) when the package has none, with the next
 * relationship number, but only to what it writes: the package itself is not changed. It relies on a package whose
 * parts were only ever added (POI forgets a removed part's content type only partly), as the toolkit's are.
 */
final class PackageWriter {
    private static final Map<String, String> FIRST_DEFAULTS = Map.of("rels", ContentTypes.RELATIONSHIPS_PART,
            "xml", ContentTypes.PLAIN_OLD_XML);

    private PackageWriter() {
    }

    /** Writes {@code pkg} (its parts already committed) into {@code zos}, and finishes the zip. */
    static void write(OPCPackage pkg, ZipArchiveOutputStream zos) throws IOException {
        Optional<Plan> plan;
        try {
            plan = plan(pkg);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        if (plan.isEmpty()) {
            PartWriters.install(pkg);
            pkg.save(zos);
            return;
        }
        Plan p = plan.get();
        try {
            entry(zos, "[Content_Types].xml", p.contentTypes());
            PackagePartName root = PackagingURIHelper.PACKAGE_RELATIONSHIPS_ROOT_PART_NAME;
            Optional<String> rels = OpcXml.relationships(p.relationships(), root);
            if (rels.isEmpty()) {
                if (!ZipPartMarshaller.marshallRelationshipPart(p.relationships(), root, zos)) {
                    throw new IOException("cannot write the package's relationships");
                }
            } else {
                entry(zos, ZipHelper.getZipURIFromOPCName(root.getURI().toASCIIString()).getPath(), rels.get());
            }
            for (PackagePart part : p.parts()) {
                PartWriters.write(part, zos);
            }
        } catch (OpenXML4JException e) {
            throw new IOException(e);
        }
        zos.finish();
    }

    /** What is written: the parts in order, the package's relationships, and the content types' XML. */
    private record Plan(List<PackagePart> parts, PackageRelationshipCollection relationships, String contentTypes) {
    }

    /** The plan, or none when this writer is not sure to write what POI would. */
    private static Optional<Plan> plan(OPCPackage pkg) throws InvalidFormatException {
        List<PackagePart> parts = new ArrayList<>(pkg.getParts());
        if (parts.stream().anyMatch(PackagePart::isRelationshipPart)) {
            return Optional.empty();
        }
        PackageRelationshipCollection rels = pkg.getRelationships();   // a copy
        if (pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES).isEmpty()
                && pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES_ECMA376).isEmpty()) {
            // what POI adds as it saves: the part, its relationship (numbered next) and its content type
            PackagePropertiesPart core = (PackagePropertiesPart) pkg.getPackageProperties();
            if (!numberedInOrder(rels) || parts.stream().anyMatch(q -> q.getPartName().equals(core.getPartName())
                    || ContentTypes.CORE_PROPERTIES_PART.equals(q.getContentType()))) {
                return Optional.empty();
            }
            URI target = core.getPartName().getURI();
            rels.addRelationship(new PackageRelationship(pkg, null, target, TargetMode.INTERNAL,
                    PackageRelationshipTypes.CORE_PROPERTIES, "rId" + (rels.size() + 1)));
            parts.add(core);
            parts.sort(Comparator.comparing(PackagePart::getPartName));
        }
        return contentTypes(parts).map(xml -> new Plan(parts, rels, xml));
    }

    /** Whether the relationships are {@code rId1} to {@code rIdN}: then POI numbers the next one {@code N + 1}. */
    private static boolean numberedInOrder(PackageRelationshipCollection rels) {
        Set<String> ids = new HashSet<>();
        for (PackageRelationship r : rels) {
            ids.add(r.getId());
        }
        for (int i = 1; i <= rels.size(); i++) {
            if (!ids.contains("rId" + i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The content types of these parts as POI's {@code ContentTypeManager} holds and writes them (defaults by
     * extension, then the parts named one by one, each sorted), or none when they depend on the order the parts were
     * made in.
     */
    static Optional<String> contentTypes(List<PackagePart> parts) {
        Map<String, String> typeOfExtension = new HashMap<>();   // extensions and content types new to the table
        Map<String, String> extensionOfType = new HashMap<>();
        for (PackagePart p : parts) {
            String ext = p.getPartName().getExtension();
            String type = p.getContentType();
            if (!ext.equals(ext.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (!ext.isEmpty() && !FIRST_DEFAULTS.containsKey(ext) && !FIRST_DEFAULTS.containsValue(type)) {
                if (!type.equals(typeOfExtension.computeIfAbsent(ext, e -> type))
                        || !ext.equals(extensionOfType.computeIfAbsent(type, t -> ext))) {
                    return Optional.empty();   // which becomes the default depends on which part came first
                }
            }
        }
        TreeMap<String, String> defaults = new TreeMap<>(FIRST_DEFAULTS);
        defaults.putAll(typeOfExtension);
        TreeMap<PackagePartName, String> overrides = new TreeMap<>();
        for (PackagePart p : parts) {
            String ext = p.getPartName().getExtension();
            String type = p.getContentType();
            if (ext.isEmpty()) {
                overrides.put(p.getPartName(), type);
            } else if (FIRST_DEFAULTS.containsKey(ext)) {
                if (extensionOfType.containsKey(type)) {
                    return Optional.empty();   // named, or not, as its type's default came before it or after
                }
                if (!FIRST_DEFAULTS.containsValue(type)) {
                    overrides.put(p.getPartName(), type);
                }
            } else if (FIRST_DEFAULTS.containsValue(type)) {
                if (typeOfExtension.containsKey(ext)) {
                    return Optional.empty();
                }
                overrides.put(p.getPartName(), type);
            }
        }
        StringBuilder b = new StringBuilder(256 + 160 * overrides.size()).append(OpcXml.DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        for (Map.Entry<String, String> d : defaults.entrySet()) {
            b.append("<Default");
            if (!OpcXml.attribute(b, "ContentType", d.getValue()) || !OpcXml.attribute(b, "Extension", d.getKey())) {
                return Optional.empty();
            }
            b.append("/>");
        }
        for (Map.Entry<PackagePartName, String> o : overrides.entrySet()) {
            b.append("<Override");
            if (!OpcXml.attribute(b, "ContentType", o.getValue())
                    || !OpcXml.attribute(b, "PartName", o.getKey().getName())) {
                return Optional.empty();
            }
            b.append("/>");
        }
        return Optional.of(b.append("</Types>").toString());
    }

    private static void entry(ZipArchiveOutputStream zos, String name, String xml) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        ZipHelper.adjustEntryTime(e);
        zos.putArchiveEntry(e);
        try {
            zos.write(xml.getBytes(StandardCharsets.UTF_8));
        } finally {
            zos.closeArchiveEntry();
        }
    }
}
