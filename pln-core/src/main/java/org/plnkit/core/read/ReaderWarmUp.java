package org.plnkit.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;

/**
 * Runs the workbook reader's own code (the StAX loop with Aalto, the assembler and the field parsers) over a small
 * made-up cohort on a thread of its own, once per JVM, while the real workbook's package is opened. In a fresh JVM
 * the first read spent a good part of its time loading those classes and running them in the interpreter before
 * the JIT compiled them (#17); opening the package was POI's own serial work of a few hundred milliseconds that
 * left the second core idle, so that warm-up happened beside it. Now that a plain package is opened without POI
 * ({@link XlsxPackage}) in a few milliseconds, it runs beside the shared strings' parse and the first rows instead
 * (whether it still pays is for a quiet A/B to show). It reads nothing but the bytes made here,
 * writes nothing, touches no shared state (its own assembler, interner and problems), and changes no result.
 * {@code -Dpln.read.warmUp=false} turns it off (to measure what it brings: on a machine whose other core is busy it
 * brings nothing).
 */
final class ReaderWarmUp {
    /** Rows of the made-up Connections sheet: enough for the JIT to compile the loop's hot methods, quickly read. */
    private static final int ROWS = 600;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ReaderWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, the first time only, when there is a second core for it. */
    static void start(Taxonomy taxonomy) {
        if (Runtime.getRuntime().availableProcessors() < 2 || "false".equals(System.getProperty("pln.read.warmUp"))
                || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                run(taxonomy);
            } catch (IOException | RuntimeException | LinkageError e) {
                // only a preparation (POI or Aalto may be missing): the real read meets any problem itself
            }
        }, "pln-read-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    /** Reads the made-up cohort; its result, for tests (it has no errors). */
    static ReadResult<Cohort> run(Taxonomy taxonomy) throws IOException {
        Map<String, Integer> strings = new LinkedHashMap<>();
        StringBuilder participants = new StringBuilder();
        StringBuilder connections = new StringBuilder();
        List<String> categories = taxonomy.categories().stream().map(Category::id).toList();
        String[] topics = {"STEM;assessment", "edtech tools", "classroom management;STEM", "assesment"};
        String[] kinds = {"person", "organization", "resource"};
        String[] frequencies = {"Weekly", "Monthly", "daily", "Quarterly"};
        row(participants, 1, strings, "participant_id", "name", "school", "role", "topics", "organizer", "as_of");
        row(connections, 1, strings, "participant_id", "connection_name", "kind", "category", "connection_id", "url",
                "met_via", "frequency", "value", "gives_back", "participation", "wants_more", "topics",
                "last_contact", "linked_to");
        int people = ROWS / 20;
        for (int p = 0; p < people; p++) {
            row(participants, p + 2, strings, "warm-up-" + p, "Warm Up " + p, "School " + (p % 3), "Classroom teacher",
                    topics[p % 2], p % 4 == 0 ? "Organizer" : null, "#46300");
        }
        for (int i = 0; i < ROWS; i++) {
            row(connections, i + 2, strings, "warm-up-" + (i % people), "Connection " + (i % 97),
                    kinds[i % kinds.length], categories.isEmpty() ? "x" : categories.get(i % categories.size()),
                    null, i % 5 == 0 ? "https://example.org/" + (i % 13) : null, "#edchat",
                    frequencies[i % frequencies.length], "#" + (1 + i % 5), i % 2 == 0 ? "TRUE" : "no", "lurker",
                    "yes", topics[i % topics.length], "#" + (46000 + i % 300),
                    i % 50 == 31 ? "Connection " + ((i - people) % 97) : null); // the participant's row above
        }
        StringBuilder sst = new StringBuilder("<sst xmlns=\"" + SheetXml.NS + "\" count=\"" + strings.size()
                + "\" uniqueCount=\"" + strings.size() + "\">");
        for (String s : strings.keySet()) {
            sst.append("<si><t>").append(s).append("</t></si>");
        }
        sst.append("</sst>");
        SheetXml.workbookSettings(xml("<workbook xmlns=\"" + SheetXml.NS + "\"><workbookPr/><sheets><sheet name=\"P\""
                + " sheetId=\"1\"/></sheets></workbook>"), new HashMap<>());
        SheetXml.Styles styles = SheetXml.Styles.read(xml("<styleSheet xmlns=\"" + SheetXml.NS + "\"><numFmts count=\"1\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                + "<xf numFmtId=\"164\"/></cellXfs></styleSheet>"));
        List<String> table = SheetXml.sharedStrings(xml(sst.toString()));
        Problems problems = new Problems();
        CohortAssembler assembler = new CohortAssembler(taxonomy, Limits.DEFAULT, problems);
        TableSink.Places places = new TableSink.Places() {
            @Override
            public Place cell(int row, int column, String field) {
                return Place.cell("warm-up", "warm-up", column + ":" + row, field);
            }

            @Override
            public Place row(int row, String field) {
                return Place.cell("warm-up", "warm-up", Integer.toString(row), field);
            }
        };
        sheet(participants, assembler.participants("warm-up", Optional.empty(), places), styles, table);
        sheet(connections, assembler.connections("warm-up", Optional.empty(), places), styles, table);
        return ReadResult.of(assembler.build(), problems.toList());
    }

    private static void sheet(StringBuilder rows, TableSink sink, SheetXml.Styles styles, List<String> strings)
            throws IOException {
        SheetXml.Rows r = new SheetXml.Rows(sink);
        String xml = "<worksheet xmlns=\"" + SheetXml.NS + "\"><sheetData>" + rows + "</sheetData></worksheet>";
        new SheetXml.Sheet(styles, strings, false, r, Limits.DEFAULT.maxScalarChars()).parse(() -> xml(xml));
        r.finish();
    }

    /**
     * One row: a value starting with {@code #} is a number (a date when above 40,000), a null an empty cell, any
     * other a shared string (the participants' ids as inline strings, as some writers do).
     */
    private static void row(StringBuilder b, int row, Map<String, Integer> strings, String... values) {
        b.append("<row r=\"").append(row).append("\">");
        for (int c = 0; c < values.length; c++) {
            String v = values[c];
            if (v == null) {
                continue;
            }
            String ref = (char) ('A' + c) + Integer.toString(row);
            if (v.startsWith("#") && v.length() > 1 && Character.isDigit(v.charAt(1))) {
                int n = Integer.parseInt(v.substring(1));
                b.append("<c r=\"").append(ref).append(n > 40_000 ? "\" s=\"1\"" : "\"").append("><v>").append(n)
                        .append("</v></c>");
            } else if (c == 0 && row % 2 == 0) {
                b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(v).append("</t></is></c>");
            } else {
                int index = strings.computeIfAbsent(v, k -> strings.size());
                b.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
            }
        }
        b.append("</row>");
    }

    private static InputStream xml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
