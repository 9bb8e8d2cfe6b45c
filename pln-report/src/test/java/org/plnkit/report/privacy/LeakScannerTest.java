package org.plnkit.report.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner finds a name wherever an output can hide it, in any spelling an output gives it. */
class LeakScannerTest {
    private static final String NAME = "Élodie Østergaard-Nwachukwu";
    private static final List<String> SECRETS = List.of(NAME);

    private static String where(List<String> leaks) {
        return String.join("\n", leaks);
    }

    @Test
    void aCleanOutputHasNoLeak(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("map.svg"), "<svg><title>Local colleague 1</title></svg>");
        assertEquals(List.of(), LeakScanner.leaks(dir, SECRETS));
    }

    @Test
    void escapesAccentsCaseAndPunctuationDoNotHideAName() {
        for (String spelling : List.of(
                "Élodie Østergaard-Nwachukwu",
                "elodie_ostergaard_nwachukwu",                      // a slug or a file name, accents dropped
                "ÉLODIE ØSTERGAARD NWACHUKWU",
                "&#201;lodie &#xD8;stergaard-Nwachukwu",              // XML character references
                "&amp;#201;lodie &amp;#216;stergaard-Nwachukwu",      // escaped twice
                "\\u00c9lodie \\u00d8stergaard-Nwachukwu",            // JSON and Java escapes
                "%C3%89lodie%20%C3%98stergaard-Nwachukwu",           // a URL
                "E\u0301lodie Østergaard Nwachukwu")) {              // a decomposed accent
            assertEquals(1, LeakScanner.leaks("text", spelling, SECRETS).size(), spelling);
        }
        // Ø has no decomposition, but an ASCII file name writes it O
        assertEquals(1, LeakScanner.leaks("text", "Elodie Ostergaard-Nwachukwu", SECRETS).size());
        assertEquals(List.of(), LeakScanner.leaks("text", "Elodie Nwachukwu", SECRETS));
    }

    @Test
    void shortSecretsAreWholeWordsAndEmojiAreMatchedAsWritten() {
        assertEquals(1, LeakScanner.leaks("t", "met Mr Ng at school", List.of("Ng")).size());
        assertEquals(List.of(), LeakScanner.leaks("t", "sending a message", List.of("Ng")));
        assertEquals(1, LeakScanner.leaks("t", "{\"name\": \"\\ud83e\\udd8a\\ud83e\\udd8a\"}", List.of("🦊🦊")).size());
        assertEquals(List.of(), LeakScanner.leaks("t", "connection-7", List.of("🦊🦊")));
    }

    @Test
    void folderAndFileNamesAreSearched(@TempDir Path dir) throws IOException {
        Path f = Files.createDirectories(dir.resolve("elodie-ostergaard-nwachukwu")).resolve("map.png");
        Files.write(f, png());
        String leaks = where(LeakScanner.leaks(dir, SECRETS));
        assertTrue(leaks.contains("name of " + f.getParent()), leaks);
    }

    @Test
    void everyPlaceOfAWorkbookIsSearched(@TempDir Path dir) throws IOException {
        List<String> places = List.of("xl/sharedStrings.xml", "docProps/core.xml", "xl/comments", "xl/charts/chart",
                "xl/media/image1.png PNG chunk tEXt");
        for (String place : places) {
            Path xlsx = dir.resolve(place.replaceAll("[^a-z]", "") + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFSheet visible = wb.createSheet("Summary");
                visible.createRow(0).createCell(0).setCellValue("Local colleague 1");
                switch (place) {
                    case "xl/sharedStrings.xml" -> {
                        // in a hidden sheet, a hidden row and a hidden column
                        XSSFSheet hidden = wb.createSheet("Hidden");
                        hidden.createRow(5).createCell(3).setCellValue(NAME);
                        hidden.getRow(5).setZeroHeight(true);
                        hidden.setColumnHidden(3, true);
                        wb.setSheetVisibility(1, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
                    }
                    case "docProps/core.xml" -> wb.getProperties().getCoreProperties().setTitle("PLN of " + NAME);
                    case "xl/comments" -> {
                        XSSFDrawing d = visible.createDrawingPatriarch();
                        ClientAnchor a = wb.getCreationHelper().createClientAnchor();
                        Comment c = d.createCellComment(a);
                        c.setString(wb.getCreationHelper().createRichTextString("ask " + NAME));
                        visible.getRow(0).getCell(0).setCellComment(c);
                    }
                    case "xl/charts/chart" -> {
                        XSSFDrawing d = visible.createDrawingPatriarch();
                        XSSFChart chart = d.createChart(d.createAnchor(0, 0, 0, 0, 0, 5, 5, 15));
                        chart.setTitleText("Ties of " + NAME);
                    }
                    default -> {
                        int pic = wb.addPicture(withText(png(), "tEXt", latin1("Comment\0" + NAME)),
                                Workbook.PICTURE_TYPE_PNG);
                        visible.createDrawingPatriarch().createPicture(
                                wb.getCreationHelper().createClientAnchor(), pic);
                    }
                }
                try (var o = Files.newOutputStream(xlsx)) {
                    wb.write(o);
                }
            }
            String leaks = where(LeakScanner.leaks(xlsx, SECRETS));
            assertTrue(leaks.contains(xlsx + "!" + place), place + " in\n" + leaks);
        }
    }

    @Test
    void theTextChunksOfAPngAreSearchedCompressedOrNot() throws IOException {
        byte[] text = withText(png(), "tEXt", latin1("Author\0" + "Elodie Ostergaard-Nwachukwu"));
        assertTrue(where(LeakScanner.leaks("map.png", text, List.of("Elodie Ostergaard-Nwachukwu")))
                .contains("PNG chunk tEXt"));
        byte[] z = withText(png(), "zTXt", concat(latin1("Description\0\0"), deflate(NAME.getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals(1, LeakScanner.leaks("map.png", z, List.of("Elodie")).size(), "zTXt (Latin-1) inflated");
        byte[] i = withText(png(), "iTXt", concat(latin1("Title\0\1\0en\0Title\0"), deflate(NAME.getBytes(StandardCharsets.UTF_8))));
        assertTrue(where(LeakScanner.leaks("map.png", i, SECRETS)).contains("PNG chunk iTXt"));
        assertEquals(List.of(), LeakScanner.leaks("map.png", png(), SECRETS));
    }

    // ------------------------------------------------------------------------------------------- tiny PNG tools

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The PNG with one more chunk just before IEND. */
    private static byte[] withText(byte[] png, String type, byte[] data) {
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        byte[] head = {(byte) (data.length >>> 24), (byte) (data.length >>> 16), (byte) (data.length >>> 8),
                (byte) data.length};
        out.writeBytes(head);
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.US_ASCII), data);
        out.writeBytes(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        long c = crc.getValue();
        out.writeBytes(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] in) {
        Deflater d = new Deflater();
        d.setInput(in);
        d.finish();
        byte[] buf = new byte[in.length + 64];
        int n = d.deflate(buf);
        d.end();
        return java.util.Arrays.copyOf(buf, n);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
