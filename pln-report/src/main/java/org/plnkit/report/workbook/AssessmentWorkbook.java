package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.date;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.util.zip.Deflater;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLProperties;
import org.plnkit.report.workbook.kit.DocumentProperties;
import org.plnkit.report.workbook.kit.Styles;
import org.plnkit.report.workbook.kit.XssfWorkbooks;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.AssessmentJson;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.growth.Growth;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.analysis.words.Words;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * The participant's assessment workbook (.xlsx), to open in Excel, LibreOffice or Google Sheets and keep using:
 * <ul>
 *   <li><b>Summary</b>: who, as of when, the health score and its parts with a bar chart, category coverage with a
 *       chart, the key findings in sentences, and the PLN map;</li>
 *   <li><b>Connections</b>: the inventory as a table (filters, frozen header, dates, links) with each connection's
 *       share of the participant's engagement;</li>
 *   <li><b>Gaps &amp; actions</b>: the action plan, with Status (planned / doing / done, a drop-down), Target date
 *       and notes to fill in, and empty rows for the participant's own steps;</li>
 *   <li><b>Check-ins</b>: each connection's interval, last contact, next due date and the date it becomes overdue;
 *       rows turn red (overdue) or amber (due) by conditional formatting against an as-of date the participant can
 *       change;</li>
 *   <li><b>Topics</b>: topics × sources, with uncovered topics in red and single-source topics in amber.</li>
 * </ul>
 *
 * <pre>{@code
 * Assessment a = Assessor.assess(pln, AssessmentOptions.defaults());
 * byte[] png = PlnMap.render(pln, mapOptions, Format.PNG);
 * byte[] xlsx = new AssessmentWorkbook(Taxonomy.defaults()).bytes(pln, a, Optional.of(png));
 * }</pre>
 *
 * <p>Safe by construction: text from the input is always written as a string cell (never a formula); links are made
 * only for http and https addresses; sheet names are fixed. The only formulas are the workbook's own rules
 * (conditional formatting, validation) and refer to cells, never to input text. The same input gives the same bytes:
 * document dates are the as-of date and every zip entry has a fixed time. To keep names out, assess an anonymized
 * PLN ({@link org.plnkit.core.privacy.Anonymizer}): the workbook shows only what it is given, document properties
 * included.
 *
 * @since 0.1.0
 */
public final class AssessmentWorkbook {
    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of("Summary", "Connections", "Gaps & actions", "Check-ins",
            "Topics");
    /** The choices of the Status drop-down on the Gaps &amp; actions sheet. */
    public static final List<String> STATUSES = List.of("planned", "doing", "done");
    /** Empty rows left at the end of the action plan for the participant's own steps. */
    public static final int OWN_STEPS = 10;

    private final Taxonomy taxonomy;

    /** A writer for assessments made with this taxonomy (it gives the categories' colours and order). */
    public AssessmentWorkbook(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * The map as the workbook embeds it: its size in pixels, and the PNG, asked for only when the workbook is
     * written, so that the map can be drawn while the sheets are built.
     *
     * @param width  the PNG's width in pixels
     * @param height the PNG's height in pixels
     * @param png    gives the PNG's bytes
     */
    public record MapPicture(int width, int height, Supplier<byte[]> png) {
        public MapPicture {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("a map of " + width + "x" + height + " pixels");
            }
            Objects.requireNonNull(png, "png");
        }

        /** A picture from PNG bytes at hand. */
        public static MapPicture of(byte[] png) {
            int[] size = pngSize(png);
            return new MapPicture(size[0], size[1], () -> png);
        }
    }

    /**
     * The workbook's bytes.
     *
     * @param pln    the PLN that was assessed (the same ids as in the assessment)
     * @param a      its assessment
     * @param mapPng the PLN map as a PNG, embedded in the Summary sheet when present
     */
    public byte[] bytes(Pln pln, Assessment a, Optional<byte[]> mapPng) {
        return make(pln, a, mapPng.map(MapPicture::of));
    }

    /** The workbook's bytes, with the map given by its size and drawn on demand. */
    public byte[] bytes(Pln pln, Assessment a, MapPicture map) {
        return make(pln, a, Optional.of(map), Optional.empty());
    }

    /**
     * The workbook's bytes, with a last sheet, Growth, when the PLN is compared with an earlier snapshot
     * ({@code pln compare}, {@code pln assess --since}).
     */
    public byte[] bytes(Pln pln, Assessment a, MapPicture map, Optional<Growth> growth) {
        return make(pln, a, Optional.of(map), growth);
    }

    private byte[] make(Pln pln, Assessment a, Optional<MapPicture> map) {
        return make(pln, a, map, Optional.empty());
    }

    private byte[] make(Pln pln, Assessment a, Optional<MapPicture> map, Optional<Growth> growth) {
        // not closed: closing would save the whole package a second time, into memory, for nothing
        XSSFWorkbook wb = XssfWorkbooks.createGridded();
        try {
            Build build = new Build(wb, pln, a);
            build.growth = growth;
            build.all(map);
            return XssfWorkbooks.bytes(wb, Deflater.BEST_COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            XssfWorkbooks.discard(wb);
        }
    }

    /** Writes the workbook to the stream (not closed). */
    public void write(Pln pln, Assessment a, Optional<byte[]> mapPng, OutputStream out) throws IOException {
        out.write(bytes(pln, a, mapPng));
    }

    /** One workbook being built. */
    private final class Build {
        private final XSSFWorkbook wb;
        private final Styles st;
        private final Pln pln;
        private final Assessment a;
        private final Map<String, String> labels = new LinkedHashMap<>();

        Build(XSSFWorkbook wb, Pln pln, Assessment a) {
            this.wb = wb;
            this.st = new Styles(wb);
            this.pln = pln;
            this.a = a;
            for (Composition.CategoryCount c : a.composition().byCategory()) {
                labels.put(c.category(), c.label());
            }
        }

        /** The growth since an earlier snapshot, for the Growth sheet. */
        private Optional<Growth> growth = Optional.empty();

        void all(Optional<MapPicture> map) {
            ParticipantSheet.Context c = new ParticipantSheet.Context(wb, st, pln, a, taxonomy, labels);
            SummarySheet summary = new SummarySheet(c, map);
            for (ParticipantSheet sheet : List.of(summary, new ConnectionsSheet(c), new ActionsSheet(c),
                    new CheckInsSheet(c), new TopicsSheet(c))) {
                sheet.write();
            }
            growth.ifPresent(g -> new GrowthSheet(st, taxonomy).write(wb, g));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                printable(wb.getSheetAt(i));
            }
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            properties();
            summary.placeMap().ifPresent(Runnable::run);
        }

        // ------------------------------------------------------------------------------------------ shared

        /** Landscape, one page wide: charts and columns stay together on paper and in PDF. */
        private void printable(XSSFSheet s) {
            s.getPrintSetup().setLandscape(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            s.setFitToPage(true);
            s.setAutobreaks(true);
            s.setHorizontallyCenter(false);
            s.getFooter().setCenter("&P / &N");
        }

        private void properties() {
            DocumentProperties.set(wb, "PLN assessment: " + a.participant().displayName(), "Assessment as of "
                    + a.asOf() + ": summary, connections, action plan, check-ins and topics.", a.asOf());
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            core.setSubjectProperty("Personal Learning Network assessment");
            core.setKeywords("PLN; personal learning network");
        }
    }

    /** The name of a health part for people: "Give-back" for {@code GIVE_BACK}. */
    static String partName(Health.Part part) {
        String id = AssessmentJson.enumId(part);
        return Words.capitalize(id);
    }

    /** Width and height of a PNG, from its header. */
    static int[] pngSize(byte[] png) {
        if (png.length < 24 || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            throw new IllegalArgumentException("the map is not a PNG picture");
        }
        return new int[] {java.nio.ByteBuffer.wrap(png, 16, 4).getInt(), java.nio.ByteBuffer.wrap(png, 20, 4).getInt()};
    }

    /** A suggestion in one line: name (url): note. */
    static String suggestion(Suggestion s) {
        return s.name() + s.url().map(u -> " (" + u + ")").orElse("") + s.note().map(n -> ": " + n).orElse("");
    }
}
