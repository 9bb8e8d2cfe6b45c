package org.plnkit.report.workbook.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plnkit.report.io.Zips;
import org.quicktheories.generators.SourceDSL;

/**
 * A package written by {@link PackageWriter} is the file POI's own save writes, byte for byte: content types worked
 * out from parts made in any order, with shared and clashing extensions and content types (then left to POI), the
 * core properties added as POI adds them, and the package left as it was.
 */
class PackageWriterTest {
    private static final List<String> NAMES = List.of("/xl/a.xml", "/xl/b.xml", "/xl/media/image1.png",
            "/xl/media/image2.png", "/xl/media/image3.jpeg", "/xl/media/image4.jpg", "/xl/drawings/v1.vml",
            "/xl/drawings/v2.vml", "/xl/bin/data", "/xl/c.XML", "/xl/d.bin", "/docProps/app.xml");
    private static final List<String> TYPES = List.of("application/xml", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.vmlDrawing",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml", "application/octet-stream");

    @Test
    void packagesOfAnyPartsAreWrittenAsPoiWritesThem() {
        AtomicInteger ours = new AtomicInteger();
        qt().withFixedSeed(17L).withExamples(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0,
                NAMES.size() * TYPES.size() - 1)).ofSizeBetween(0, 10)).checkAssert(picks -> {
                    byte[] poi = poiSave(pkg(picks));
                    OPCPackage pkg = pkg(picks);
                    boolean here;
                    try {
                        here = PackageWriter.contentTypes(pkg.getParts()).isPresent();
                    } catch (OpenXML4JException e) {
                        throw new IllegalStateException(e);
                    }
                    assertArrayEquals(poi, ourSave(pkg));
                    if (here) {   // else saved by POI, which adds the core properties to the package
                        ours.incrementAndGet();
                        assertArrayEquals(poi, poiSave(pkg), "the package is as it was");
                    }
                });
        assertTrue(ours.get() > 100, "written here, not by POI: " + ours.get());
    }

    @Test
    void aToolkitWorkbooksContentTypesAreWrittenHere() throws Exception {
        XSSFWorkbook wb = XssfWorkbooks.createGridded();
        try {
            wb.createSheet("a");
            wb.addPicture(new byte[] {1, 2, 3}, XSSFWorkbook.PICTURE_TYPE_PNG);
            wb.addPicture(new byte[] {4, 5, 6}, XSSFWorkbook.PICTURE_TYPE_JPEG);
            assertTrue(PackageWriter.contentTypes(wb.getPackage().getParts()).isPresent());
        } finally {
            XssfWorkbooks.discard(wb);
        }
    }

    /** A new package with the picked parts (name and content type, each name once), made in the order picked. */
    private static OPCPackage pkg(List<Integer> picks) {
        OPCPackage pkg = OPCPackage.create(new ByteArrayOutputStream());
        try {
            pkg.getPackageProperties().setCreatedProperty(Optional.of(DocumentProperties.FIXED_DATE));
            Set<String> made = new HashSet<>();
            List<PackagePart> parts = new ArrayList<>();
            for (int pick : picks) {
                String name = NAMES.get(pick % NAMES.size());
                if (made.add(name)) {
                    PackagePart p = pkg.createPart(PackagingURIHelper.createPartName(name),
                            TYPES.get(pick / NAMES.size()));
                    try (OutputStream out = p.getOutputStream()) {
                        out.write(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    parts.add(p);
                }
            }
            if (!parts.isEmpty()) {
                pkg.addRelationship(parts.get(0).getPartName(), TargetMode.INTERNAL, "urn:first");
                parts.get(parts.size() - 1).addExternalRelationship("https://example.org/?a&b", "urn:link");
            }
        } catch (OpenXML4JException | IOException e) {
            throw new IllegalStateException(e);
        }
        return pkg;
    }

    /** POI's save, into a zip of fixed entry times (POI dates each entry with the time it writes it). */
    private static byte[] poiSave(OPCPackage pkg) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = Zips.stable(buf, Deflater.DEFAULT_COMPRESSION)) {
            pkg.save(zip);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }

    private static byte[] ourSave(OPCPackage pkg) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = Zips.stable(buf, Deflater.DEFAULT_COMPRESSION)) {
            PackageWriter.write(pkg, zip);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }
}
