package org.plnkit.report.workbook.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPackagePropertiesMarshaller;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Writers of a package's parts into its zip that POI calls when it saves the package ({@link
 * OPCPackage#addMarshaller}, POI's hook for that): each part as POI's own writer ({@code ZipPartMarshaller}) writes
 * it, its relationship part and the core properties as text ({@link OpcXml}) instead of through a DOM and an XSLT
 * transformer, a tenth of a participant's workbook (issue 17). The zip's bytes are the same. A part whose
 * relationships or properties hold text {@link OpcXml} does not write is left to POI's writers. The content types
 * ({@code [Content_Types].xml}) and the package's own relationships ({@code _rels/.rels}) have no such hook: {@link
 * PackageWriter} writes them for the toolkit's own workbooks, POI for others.
 *
 * <pre>{@code
 * PartWriters.install(wb.getPackage());
 * wb.write(zip);
 * }</pre>
 */
final class PartWriters {
    private static final PartMarshaller PART = new Part();
    private static final PartMarshaller CORE = new Core();
    private static final String SHARED_STRINGS = XSSFRelation.SHARED_STRINGS.getDefaultFileName();

    private PartWriters() {
    }

    /** Has {@code pkg} write its parts (those there now, and the core properties) with these writers. */
    static void install(OPCPackage pkg) throws IOException {
        Set<String> types = new LinkedHashSet<>();
        List<PackagePart> parts;
        try {
            parts = pkg.getParts();
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        for (PackagePart p : parts) {
            if (!p.isRelationshipPart()) {
                types.add(p.getContentType());
            }
        }
        types.remove(ContentTypes.CORE_PROPERTIES_PART);
        for (String type : types) {
            pkg.addMarshaller(type, PART);
        }
        pkg.addMarshaller(ContentTypes.CORE_PROPERTIES_PART, CORE);
    }

    /** Writes {@code part} (and its relationships) as the package's save would with these writers installed. */
    static void write(PackagePart part, ZipArchiveOutputStream zos) throws OpenXML4JException {
        PartMarshaller m = ContentTypes.CORE_PROPERTIES_PART.equals(part.getContentType()) ? CORE : PART;
        if (!m.marshall(part, zos)) {
            throw new OpenXML4JException("cannot write " + part.getPartName());
        }
    }

    /** Any part, as {@code ZipPartMarshaller.marshall} writes it, and then its relationships. */
    private static final class Part implements PartMarshaller {
        @Override
        public boolean marshall(PackagePart part, OutputStream os) throws OpenXML4JException {
            ZipArchiveOutputStream zos = zip(os);
            // POI leaves out an empty shared-strings part
            if (part.getSize() == 0 && part.getPartName().getName().equals(SHARED_STRINGS)) {
                return true;
            }
            try {
                open(zos, ZipHelper.getZipItemNameFromOPCName(part.getPartName().getURI().getPath()));
                try (InputStream in = part.getInputStream()) {
                    IOUtils.copy(in, zos);
                } finally {
                    zos.closeArchiveEntry();
                }
            } catch (IOException e) {
                throw new OpenXML4JException("cannot write " + part.getPartName() + ": " + e.getMessage(), e);
            }
            if (!part.hasRelationships()) {
                return true;
            }
            PackagePartName relPart = PackagingURIHelper.getRelationshipPartName(part.getPartName());
            Optional<String> xml = OpcXml.relationships(part.getRelationships(), relPart);
            if (xml.isEmpty()) {
                return ZipPartMarshaller.marshallRelationshipPart(part.getRelationships(), relPart, zos);
            }
            try {
                open(zos, ZipHelper.getZipURIFromOPCName(relPart.getURI().toASCIIString()).getPath());
                write(zos, xml.get());
            } catch (IOException e) {
                throw new OpenXML4JException("cannot write " + relPart + ": " + e.getMessage(), e);
            }
            return true;
        }
    }

    /** The core properties, as {@code ZipPackagePropertiesMarshaller} writes them. */
    private static final class Core implements PartMarshaller {
        @Override
        public boolean marshall(PackagePart part, OutputStream os) throws OpenXML4JException {
            ZipArchiveOutputStream zos = zip(os);
            Optional<String> xml = part instanceof PackagePropertiesPart p ? OpcXml.coreProperties(p)
                    : Optional.empty();
            if (xml.isEmpty()) {
                return new ZipPackagePropertiesMarshaller().marshall(part, zos);
            }
            try {
                open(zos, ZipHelper.getZipItemNameFromOPCName(part.getPartName().getURI().toString()));
                write(zos, xml.get());
            } catch (IOException e) {
                throw new OpenXML4JException("cannot write " + part.getPartName() + ": " + e.getMessage(), e);
            }
            return true;
        }
    }

    private static ZipArchiveOutputStream zip(OutputStream os) throws OpenXML4JException {
        if (os instanceof ZipArchiveOutputStream zos) {
            return zos;
        }
        throw new OpenXML4JException("ZipArchiveOutputStream expected, got " + os.getClass().getName());
    }

    /** Starts an entry as POI's writers do (the entry's time adjusted by POI, then by {@code Zips.stable}). */
    private static void open(ZipArchiveOutputStream zos, String name) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        ZipHelper.adjustEntryTime(e);
        zos.putArchiveEntry(e);
    }

    private static void write(ZipArchiveOutputStream zos, String xml) throws IOException {
        try {
            zos.write(xml.getBytes(StandardCharsets.UTF_8));
        } finally {
            zos.closeArchiveEntry();
        }
    }
}
