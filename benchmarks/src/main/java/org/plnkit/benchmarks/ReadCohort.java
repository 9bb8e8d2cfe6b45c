package org.plnkit.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.plnkit.core.identity.CohortIdentity;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limits;
import org.plnkit.core.model.Taxonomy;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Measures reading a cohort: time and heap of {@link CohortReader} (the model), of the raw streaming parse
 * alone (SAX or Jackson tokens, no model), and of {@link CohortIdentity} on the model. A plain main rather than
 * JMH because the heap peak of one whole read is the figure that matters; run each mode in its own JVM:
 *
 * <pre>
 * java -Xmx1g -Dmode=model -Dcohort=/tmp/c5k/cohort.xlsx -Druns=5 -cp benchmarks/target/benchmarks.jar \
 *      org.plnkit.benchmarks.ReadCohort
 * </pre>
 *
 * Modes: {@code model} (default), {@code raw}, {@code fastexcel} (every cell of every sheet through
 * {@code org.dhatim:fastexcel-reader}, the bare streaming iteration #17 compares the reader with), {@code identity}. {@code cohort} is a workbook or a CSV folder;
 * {@code maxFileMb} raises the file size limit (default 64) for cohorts larger than 5,000 participants.
 * Prints the first (cold) run and the best of the others, the peak heap (sum of the heap pools' peaks, an upper
 * bound) and the heap still used after a full GC with the result held (what the model keeps).
 */
public final class ReadCohort {
    private ReadCohort() {
    }

    public static void main(String[] args) throws Exception {
        Path cohort = Path.of(System.getProperty("cohort", args.length > 0 ? args[0] : "cohort.xlsx"));
        String mode = System.getProperty("mode", "model");
        int runs = Integer.getInteger("runs", 5);
        Limits d = Limits.DEFAULT;
        Limits limits = new Limits(Long.getLong("maxFileMb", d.maxFileBytes() >> 20) << 20, d.maxYamlAliases(),
                d.maxNestingDepth(), d.maxScalarChars(), d.maxRows(), d.maxConnectionsPerParticipant());
        List<Long> millis = new ArrayList<>();
        long peak = 0;
        long retained = 0;
        String summary = "";
        Cohort model = mode.equals("identity")
                ? CohortReader.read(cohort, Taxonomy.defaults(), limits, false).value().orElseThrow() : null;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            Object result;
            switch (mode) {
                case "raw":
                    result = Files.isDirectory(cohort) ? rawCsv(cohort) : rawXlsx(cohort);
                    break;
                case "fastexcel":
                    result = fastexcel(cohort);
                    break;
                case "identity":
                    result = CohortIdentity.resolve(model);
                    break;
                default:
                    result = CohortReader.readDetailed(cohort, Taxonomy.defaults(), limits, false);
            }
            millis.add((System.nanoTime() - t0) / 1_000_000);
            peak = Math.max(peak, peakHeap());
            System.gc();
            retained = usedHeap();
            summary = describe(result); // also keeps the result reachable through the GC above
        }
        long best = millis.stream().skip(runs > 1 ? 1 : 0).mapToLong(Long::longValue).min().orElse(millis.get(0));
        System.out.printf(Locale.ROOT, "%s mode=%s runs=%d first=%d ms best=%d ms peakHeap=%d MB retained=%d MB"
                        + " maxHeap=%d MB | %s%n", cohort, mode, runs, millis.get(0), best, peak >> 20, retained >> 20,
                Runtime.getRuntime().maxMemory() >> 20, summary);
    }

    private static String describe(Object result) {
        if (result instanceof CohortReading r) {
            return r.result().value().map(c -> c.size() + " participants, "
                    + c.plns().stream().mapToInt(p -> p.connections().size()).sum() + " connections").orElse("no cohort")
                    + ", " + r.result().errorCount() + " errors, " + r.result().warningCount() + " warnings";
        }
        if (result instanceof CohortIdentity id) {
            return id.nodes().size() + " nodes, " + id.sharedNodes().size() + " shared, "
                    + id.participantTies().size() + " participant ties";
        }
        return result.toString();
    }

    /** Every cell of every sheet through POI's streaming handler, into nothing but a count. */
    static String rawXlsx(Path file) throws Exception {
        long[] cells = new long[2];
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                    cells[1]++;
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    cells[0] += value == null ? 0 : 1;
                                }
                            }, false));
                    xml.parse(new InputSource(in));
                }
            }
        } finally {
            pkg.revert();
        }
        return cells[1] + " rows, " + cells[0] + " cells (raw SAX)";
    }

    /** Every cell of every sheet through fastexcel-reader (Aalto StAX), into nothing but a count. */
    static String fastexcel(Path file) throws Exception {
        long rows = 0;
        long cells = 0;
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                file.toFile())) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                try (java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                    for (java.util.Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator(); it.hasNext(); ) {
                        rows++;
                        for (org.dhatim.fastexcel.reader.Cell c : it.next()) {
                            cells += c != null && c.getRawValue() != null ? 1 : 0;
                        }
                    }
                }
            }
        }
        return rows + " rows, " + cells + " cells (fastexcel-reader)";
    }

    /** Every value of both CSV files through Jackson's CSV parser, into nothing but a count. */
    static String rawCsv(Path folder) throws Exception {
        long values = 0;
        long rows = 0;
        CsvFactory factory = new CsvFactory();
        for (String name : new String[] {"participants.csv", "connections.csv"}) {
            Path file = folder.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
                 CsvParser p = factory.createParser(r)) {
                p.setSchema(CsvSchema.emptySchema());
                p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                for (JsonToken t; (t = p.nextToken()) != null; ) {
                    if (t == JsonToken.VALUE_STRING) {
                        values += p.getText().length() >= 0 ? 1 : 0;
                    } else if (t == JsonToken.START_ARRAY) {
                        rows++;
                    }
                }
            }
        }
        return rows + " rows, " + values + " values (raw Jackson CSV)";
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
