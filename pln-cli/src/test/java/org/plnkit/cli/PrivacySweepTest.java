package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.CohortReader;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.privacy.LeakScanner;

/**
 * The privacy sweep: every command that can anonymize is run, in process, on inputs whose people have unmistakable
 * names, and every byte it writes (files, folder and file names, every entry of a workbook, PNG text chunks, the
 * screen, standard output and error, and java.util.logging records) is searched for every name with
 * {@link LeakScanner}. The same runs without anonymizing must show the names (so the scanner is seen to work), and
 * the anonymized outputs of the same inputs with other names must be byte for byte the same (so no name hides in
 * the pixels of a map either).
 */
class PrivacySweepTest {
    private static final Path FIXTURES = Path.of("../pln-report/src/test/resources/org/plnkit/report/privacy");
    private static final Path PARTICIPANT = FIXTURES.resolve("participant.yaml");
    private static final Path SECOND = FIXTURES.resolve("second-participant.yaml");
    private static final Path COHORT_CSV = FIXTURES.resolve("cohort-csv");
    private static final String AS_OF = "2026-11-01";

    /** The people of participant.yaml and the participant; in every spelling the file gives them. */
    static final List<String> PARTICIPANT_NAMES = List.of("Zebulon Quetzalcoatl-Ng", "Þórhildur Ýrsdóttir-Ñúñez",
            "Ignatius 🦄 Fairweather-Blomqvist", "Mirembe \"Mimi\" Achterberg & Oyelaran", "Ottoline <Przybyszewski>",
            "نورة القحطاني", "Thaddeus Wolfenbarger", "🦊🦊");
    /** What else in participant.yaml names them: ids, e-mail, handle, profile, school, a free-text met_via. */
    static final List<String> PARTICIPANT_IDENTIFIERS = List.of("zebulon-quetzalcoatl-ng", "thorhildur",
            "thorhildur.yrsdottir@example.org", "ottoline", "@ottoline_przyb", "thaddeus",
            "https://example.org/people/fairweather-blomqvist", "Xanthippe Vandersloot Memorial School",
            "Xanthippe Vandersloot", "Przybyszewski family");
    /** The participants of the cohort fixture and the people they name. */
    static final List<String> COHORT_NAMES = List.of("Bartholomew Kowalczyk-Haraldsen", "Ñandú Ütz-Økland",
            "Rosalind 🌻 Pemberton-Achebe", "Gwendolyn \"Wendy\" Abernathy-Sokolov", "Cassiopeia Ravensworth-Adeyemi",
            "Leopoldine Vasquez-Thorvaldsen", "Sigourney 🐙 Mbeki-Lindqvist", "Dagny <Hallvardsdóttir> & Co",
            "Evander Grünewald-Okonkwo", "יהונתן בן־עמי", "Percival Ó Séaghdha");
    static final List<String> COHORT_IDENTIFIERS = List.of("bartholomew-kowalczyk", "nandu-okland",
            "rosalind-pemberton", "gwendolyn-abernathy", "c.ravensworth@district.example", "@sigourney_ml",
            "https://example.org/@sigourney_ml");
    /** The second participant file (for a folder of participant files) and the people it adds. */
    static final List<String> SECOND_NAMES = List.of("Leontyne Featherstonehaugh", "Thorhildur Yrsdottir",
            "Wilhelmina Ashdown-Oyelowo");
    static final List<String> SECOND_IDENTIFIERS = List.of("leontyne-featherstonehaugh");

    /** Secrets of a run on participant.yaml alone (its school too: one participant's school names a place). */
    static List<String> participantSecrets() {
        return secrets(PARTICIPANT_NAMES, PARTICIPANT_IDENTIFIERS);
    }

    /** Secrets of the CSV or workbook cohort: schools are not secret in district outputs. */
    static List<String> cohortSecrets() {
        return secrets(COHORT_NAMES, COHORT_IDENTIFIERS);
    }

    /** Secrets of the folder of participant files, read as a cohort: its schools are shown, like any cohort's. */
    static List<String> filesCohortSecrets() {
        List<String> ids = new ArrayList<>(PARTICIPANT_IDENTIFIERS);
        ids.removeIf(s -> s.startsWith("Xanthippe"));
        ids.addAll(SECOND_IDENTIFIERS);
        List<String> names = new ArrayList<>(PARTICIPANT_NAMES);
        names.addAll(SECOND_NAMES);
        return secrets(names, ids);
    }

    /** Each name, each of its words of five letters or more, and the identifiers. */
    static List<String> secrets(Collection<String> names, Collection<String> identifiers) {
        Set<String> s = new LinkedHashSet<>();
        for (String n : names) {
            s.add(n);
            s.addAll(LeakScanner.words(n, 5));
        }
        s.addAll(identifiers);
        return List.copyOf(s);
    }

    // ---------------------------------------------------------------------------------------------------- the runs

    /** Every command with an anonymize mode, on one participant file; {@code out} receives every file. */
    static List<List<String>> participantRuns(Path input, Path out, boolean anonymize) {
        String in = input.toString();
        List<List<String>> runs = new ArrayList<>();
        runs.add(List.of("assess", in, "--out", out.resolve("assess").toString(), "--as-of", AS_OF));
        runs.add(List.of("assess", in, "--as-of", AS_OF));
        runs.add(List.of("assess", in, "--as-of", AS_OF, "--format", "json"));
        for (String ext : List.of("png", "svg")) {
            runs.add(List.of("map", in, "-o", out.resolve("map-" + ext + "/map." + ext).toString(), "--as-of", AS_OF));
        }
        for (String ext : List.of("graphml", "gexf", "dot", "json", "csv", "ics", "opml")) {
            runs.add(List.of("export", in, "-o", out.resolve("export/pln." + ext).toString(), "--as-of", AS_OF));
        }
        runs.add(List.of("export", in, "--format", "html-bookmarks", "-o", out.resolve("export/bookmarks.html").toString()));
        runs.add(List.of("export", in, "--format", "dot"));
        runs.add(List.of("export", in, "--format", "json"));
        return anonymize ? withFlag(runs, "--anonymize") : runs;
    }

    /**
     * Every command with an anonymize mode, on a cohort. {@code anonymize}: the cohort command as it is by default
     * and with {@code --anonymize}, the others with {@code --anonymize}; otherwise {@code --show-names} and no flag.
     */
    static List<List<String>> cohortRuns(Path input, Path out, List<String> participantIds, boolean anonymize) {
        String in = input.toString();
        List<List<String>> flagged = new ArrayList<>();
        for (String ext : List.of("graphml", "gexf", "dot", "csv")) {
            flagged.add(List.of("export", in, "-o", out.resolve("export/cohort." + ext).toString()));
        }
        flagged.add(List.of("export", in, "--format", "graphml"));
        for (int i = 0; i < participantIds.size(); i++) {
            flagged.add(List.of("export", in, "--participant", participantIds.get(i), "-o",
                    out.resolve("export/participant-" + i + ".graphml").toString()));
            flagged.add(List.of("export", in, "--participant", participantIds.get(i), "--format", "json"));
        }
        flagged.add(List.of("assess", in, "--out", out.resolve("assess").toString(), "--as-of", AS_OF));
        flagged.add(List.of("assess", in, "--as-of", AS_OF));
        List<List<String>> runs = new ArrayList<>(anonymize ? withFlag(flagged, "--anonymize") : flagged);
        if (anonymize) {
            runs.add(List.of("cohort", in, "--out", out.resolve("cohort-default").toString(), "--as-of", AS_OF));
            runs.add(List.of("cohort", in, "--out", out.resolve("cohort-anonymized").toString(), "--as-of", AS_OF,
                    "--anonymize"));
            runs.add(List.of("cohort", in, "--out", out.resolve("cohort-by-community").toString(), "--as-of", AS_OF,
                    "--group-by", "community", "--threads", "1", "--timings"));
            runs.add(List.of("cohort", in, "--out", out.resolve("cohort-per-participant").toString(), "--as-of",
                    AS_OF, "--per-participant", "--anonymize"));
            // the cohort map of pln map never names people
            runs.add(List.of("map", in, "-o", out.resolve("map-png/cohort.png").toString(), "--as-of", AS_OF));
            runs.add(List.of("map", in, "-o", out.resolve("map-svg/cohort.svg").toString(), "--as-of", AS_OF));
        } else {
            runs.add(List.of("cohort", in, "--out", out.resolve("cohort-named").toString(), "--as-of", AS_OF,
                    "--show-names"));
            // each participant's own report names their people (by default; --show-names names them in the district
            // files too)
            runs.add(List.of("cohort", in, "--out", out.resolve("cohort-per-participant").toString(), "--as-of",
                    AS_OF, "--per-participant", "--show-names"));
        }
        return runs;
    }

    private static List<List<String>> withFlag(List<List<String>> runs, String flag) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : runs) {
            List<String> a = new ArrayList<>(r);
            a.add(flag);
            out.add(a);
        }
        return out;
    }

    /** What a run printed: picocli's out and err, anything written to System.out and System.err, and log records. */
    record Screen(List<String> args, int exit, String out, String err, String systemOut, String systemErr,
                  String log) {
        List<String> leaks(Collection<String> secrets) {
            List<String> found = new ArrayList<>();
            String run = "pln " + String.join(" ", args);
            found.addAll(LeakScanner.leaks("stdout of " + run, out, secrets));
            found.addAll(LeakScanner.leaks("stderr of " + run, err, secrets));
            found.addAll(LeakScanner.leaks("System.out of " + run, systemOut, secrets));
            found.addAll(LeakScanner.leaks("System.err of " + run, systemErr, secrets));
            found.addAll(LeakScanner.leaks("log of " + run, log, secrets));
            return found;
        }
    }

    /** Runs the command line in process, capturing everything it prints and logs; fails unless it succeeds. */
    static Screen run(List<String> args) {
        return run(args, 0);
    }

    /** Runs the command line in process, capturing everything it prints and logs; fails unless it exits so. */
    static Screen run(List<String> args, int expectedExit) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        StringBuilder log = new StringBuilder();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (log) {
                    log.append(r.getLevel()).append(' ').append(r.getLoggerName()).append(": ")
                            .append(new SimpleFormatter().formatMessage(r));
                    if (r.getThrown() != null) {
                        log.append(' ').append(r.getThrown());
                    }
                    log.append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        h.setLevel(java.util.logging.Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(h);
        Cli r;
        try {
            System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            r = Cli.run(args.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.removeHandler(h);
        }
        Screen s = new Screen(args, r.exit(), r.out(), r.err(), sysOut.toString(StandardCharsets.UTF_8),
                sysErr.toString(StandardCharsets.UTF_8), log.toString());
        assertEquals(expectedExit, r.exit(), () -> "pln " + String.join(" ", args) + "\n" + r.err());
        return s;
    }

    /** Runs each and returns what they printed. */
    static List<Screen> sweep(List<List<String>> runs) {
        List<Screen> screens = new ArrayList<>();
        for (List<String> args : runs) {
            screens.add(run(args));
        }
        return screens;
    }

    /** Every leak in the outputs under {@code out} and on the screens. */
    static List<String> leaks(Path out, List<Screen> screens, Collection<String> secrets) {
        List<String> found = new ArrayList<>(LeakScanner.leaks(out, secrets));
        for (Screen s : screens) {
            found.addAll(s.leaks(secrets));
        }
        return found;
    }

    // ---------------------------------------------------------------------------------------------------- inputs

    /** The cohort fixture as a workbook, every cell text (the readers take ISO dates written as text). */
    static Path cohortWorkbook(Path dir) throws IOException {
        Path xlsx = dir.resolve("cohort.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String sheet : List.of("Participants", "Connections")) {
                XSSFSheet s = wb.createSheet(sheet);
                List<List<String>> rows = csv(COHORT_CSV.resolve(sheet.toLowerCase(java.util.Locale.ROOT) + ".csv"));
                for (int i = 0; i < rows.size(); i++) {
                    XSSFRow row = s.createRow(i);
                    for (int j = 0; j < rows.get(i).size(); j++) {
                        if (!rows.get(i).get(j).isEmpty()) {
                            row.createCell(j).setCellValue(rows.get(i).get(j));
                        }
                    }
                }
            }
            try (var o = Files.newOutputStream(xlsx)) {
                wb.write(o);
            }
        }
        return xlsx;
    }

    /** A small RFC 4180 reader for the fixture (quoted cells, doubled quotes; no newlines in cells). */
    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<String> cells = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(b.toString());
                    b.setLength(0);
                } else {
                    b.append(c);
                }
            }
            cells.add(b.toString());
            rows.add(cells);
        }
        return rows;
    }

    /** A folder holding the two participant files, read as a cohort. */
    static Path participantFolder(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("participant-files"));
        Files.copy(PARTICIPANT, folder.resolve("participant.yaml"));
        Files.copy(SECOND, folder.resolve("second-participant.yaml"));
        return folder;
    }

    private static final List<String> CSV_IDS = List.of("bartholomew-kowalczyk", "nandu-okland", "rosalind-pemberton",
            "gwendolyn-abernathy");
    private static final List<String> FILES_IDS = List.of("zebulon-quetzalcoatl-ng", "leontyne-featherstonehaugh");

    // ---------------------------------------------------------------------------------------------------- tests

    @Test
    void anonymizedOutputsOfAParticipantFileNameNoOne(@TempDir Path dir) {
        Path out = dir.resolve("out");
        List<Screen> screens = sweep(participantRuns(PARTICIPANT, out, true));
        assertEquals(List.of(), leaks(out, screens, participantSecrets()));
        assertTrue(Files.isRegularFile(out.resolve("export/pln-nodes.csv")), "the sweep wrote what it says");
    }

    @Test
    void anonymizedCohortOutputsNameNoOne(@TempDir Path dir) throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        Path xlsx = cohortWorkbook(dir);
        Path files = participantFolder(dir);
        record Input(Path path, List<String> ids, List<String> secrets) {
        }
        Map<String, Input> inputs = new LinkedHashMap<>();
        inputs.put("csv", new Input(COHORT_CSV, CSV_IDS, cohortSecrets()));
        inputs.put("xlsx", new Input(xlsx, CSV_IDS, cohortSecrets()));
        inputs.put("files", new Input(files, FILES_IDS, filesCohortSecrets()));
        for (Map.Entry<String, Input> e : inputs.entrySet()) {
            Path out = dir.resolve("out-" + e.getKey());
            List<Screen> screens = sweep(cohortRuns(e.getValue().path(), out, e.getValue().ids(), true));
            List<String> leaks = leaks(out, screens, e.getValue().secrets());
            if (!leaks.isEmpty()) {
                found.put(e.getKey(), leaks);
            }
            assertTrue(Files.isRegularFile(out.resolve("cohort-default/district.xlsx")), "the sweep wrote what it says");
        }
        assertEquals(Map.of(), found);
    }

    /**
     * The sample district, anonymized, with every participant's report: no file names a participant (name or id) or
     * a person they name, and no participant's report names a school (an anonymized report removes the school, since
     * it names a place: the peers' suggestions say "the educators at your school"). The district files name schools
     * by design. Secrets are whole names, not their words: a school's words ("School") are everywhere.
     */
    @Test
    void anonymizedReportsOfTheSampleDistrictNameNoSchoolAndNoOne(@TempDir Path dir) {
        Path sample = Path.of("../samples/lakeside-district.xlsx");
        Cohort cohort = CohortReader.read(sample).value().orElseThrow();
        Set<String> people = new TreeSet<>();
        Set<String> schools = new TreeSet<>();
        for (Pln p : cohort.plns()) {
            people.add(p.participant().name());
            people.add(p.participant().id());
            p.participant().school().ifPresent(schools::add);
            p.connections().stream().filter(c -> c.kind() == Kind.PERSON).forEach(c -> people.add(c.name()));
        }
        assertEquals(3, schools.size(), "the sample's schools: " + schools);
        Path out = dir.resolve("out");
        Screen s = run(List.of("cohort", sample.toString(), "--out", out.toString(), "--as-of", AS_OF,
                "--anonymize", "--per-participant"), 1);   // the sample has rows with errors
        Path participants = out.resolve("participants");
        List<String> everyone = new ArrayList<>(people);
        List<String> found = new ArrayList<>(LeakScanner.leaks(out, everyone));
        found.addAll(s.leaks(everyone));
        List<String> placed = new ArrayList<>(everyone);
        placed.addAll(schools);
        found.addAll(LeakScanner.leaks(participants, placed));
        assertEquals(List.of(), found);
        // the scan saw what it should: the reports are there, and peers at the same school are counted
        try (Stream<Path> files = Files.walk(participants)) {
            List<Path> json = files.filter(f -> f.endsWith("assessment.json")).toList();
            assertEquals(cohort.plns().size(), json.size());
            assertTrue(json.stream().map(PrivacySweepTest::text).anyMatch(t -> t.contains("educators at your school")),
                    "no suggestion comes from the school's peers");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertFalse(LeakScanner.leaks(out.resolve("district.xlsx"), List.copyOf(schools)).isEmpty(),
                "the district workbook names the schools");
    }

    private static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Names that appear only in rows or files with mistakes, and participant files named after people. */
    static final List<String> MISTAKE_NAMES = List.of("Florizel Underhill-Babatunde", "Octavia Brightwater-Mensah",
            "Cosimo Ravensdale", "Ambrosine Delacroix-Nwosu", "Phineas Gallowglass", "Hortensia Quigley-Mbatha",
            "Barnaby Oyelowo-Finch", "José Ñúñez-Pérez", "Bartholomew K");
    static final List<String> MISTAKE_IDENTIFIERS = List.of("hortensia-quigley-mbatha", "phineas-gallowglass",
            "octavia-brightwater", "jose.nunez@example.org");

    /**
     * Inputs with mistakes: rows left out name people nobody else names, messages quote what was typed, participant
     * files are named after their participant, a Windows-1252 file is quoted by its warning. The district outputs and
     * anonymized reports must hide them too. (The screen shows each problem as written, so that it can be fixed:
     * only the files are searched here.)
     */
    @Test
    void inputsWithMistakesLeakNoNameIntoAnonymizedOutputs(@TempDir Path dir) throws IOException {
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Files.copy(COHORT_CSV.resolve("participants.csv"), csv.resolve("participants.csv"));
        Files.writeString(csv.resolve("participants.csv"),
                "bartholomew-kowalczyk,Bartholomew K,Riverside Elementary,Teacher,,,\n", StandardOpenOption.APPEND);
        Files.copy(COHORT_CSV.resolve("connections.csv"), csv.resolve("connections.csv"));
        Files.writeString(csv.resolve("connections.csv"), String.join("\n",
                "bartholomew-kowalczyk,Ambrosine Delacroix-Nwosu,person,local-colleagues,,,school,weekly,4,yes,,,,,"
                        + "Florizel Underhill-Babatunde",
                "bartholomew-kowalczyk,Octavia Brightwater-Mensah,person,local-colleagues,,,school,weekly,9,yes,,,,,",
                "bartholomew-kowalczyk,Cosimo Ravensdale,person,mentorz,,,school,weekly,3,yes,,,,,",
                "nandu-okland,Ambrosine Delacroix-Nwosu,person,local-colleagues,,,school,weekly,4,yes,,,,,"
                        + "Ambrosine Delacroix-Nwosu",
                "nandu-okland,Leopoldine,person,local-colleagues,,,school,weekly,4,yes,,,,,Leopoldine Vasquez-Thorvaldsen",
                "rosalind-pemberton,Sigourney,person,social-networks,@sigourney_ml,,twitter,weekly,3,,,,,,",
                "rosalind-pemberton,Another Sigourney,person,social-networks,@sigourney_ml,,twitter,weekly,3,,,,,,",
                ""), StandardOpenOption.APPEND);
        Path files = Files.createDirectories(dir.resolve("files"));
        Files.copy(PARTICIPANT, files.resolve("zebulon-quetzalcoatl-ng.yaml"));
        Files.copy(SECOND, files.resolve("leontyne-featherstonehaugh.yaml"));
        // the same participant id in two files; a file refused for its mistakes
        Files.writeString(files.resolve("octavia-brightwater.yaml"), Files.readString(SECOND)
                .replace("id: leontyne-featherstonehaugh", "id: zebulon-quetzalcoatl-ng"));
        Files.writeString(files.resolve("phineas-gallowglass.yaml"), String.join("\n",
                "participant: {id: phineas-gallowglass, name: Phineas Gallowglass}",
                "connections:",
                "  - {name: Hortensia Quigley-Mbatha, kind: person, category: mentorz}",
                "  - {name: Cosimo Ravensdale, kind: person}",
                "links:",
                "  - {from: hortensia-quigley-mbatha, to: Barnaby Oyelowo-Finch}", ""));
        Path ansi = Files.createDirectories(dir.resolve("windows-1252"));
        Files.write(ansi.resolve("connections.csv"), String.join("\r\n",
                "participant_id,connection_name,kind,category,connection_id,frequency,value",
                "bartholomew-kowalczyk,José Ñúñez-Pérez,person,mentors,jose.nunez@example.org,monthly,5",
                "bartholomew-kowalczyk,ISTE,organization,professional-organizations,,monthly,4", "")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        List<String> secrets = new ArrayList<>(filesCohortSecrets());
        secrets.addAll(cohortSecrets());
        secrets.addAll(secrets(MISTAKE_NAMES, MISTAKE_IDENTIFIERS));
        Path out = dir.resolve("out");
        for (Path in : List.of(csv, files, ansi)) {
            String name = in.getFileName().toString();
            Screen s = run(List.of("cohort", in.toString(), "--out", out.resolve("cohort-" + name).toString(),
                    "--as-of", AS_OF), name.equals("windows-1252") ? 0 : 1);
            assertTrue(s.out().contains("people are anonymized"), s.out());
            run(List.of("assess", in.toString(), "--out", out.resolve("assess-" + name).toString(), "--as-of", AS_OF,
                    "--anonymize"), name.equals("windows-1252") ? 0 : 1);
        }
        assertEquals(List.of(), LeakScanner.leaks(out, secrets));
        // the problems are all there, with their places
        String problems = String.join("\n", LeakScanner.leaks(out.resolve("cohort-files/district.xlsx"),
                List.of("participant file 1", "participant file 2", "(a name)", "is also used in")));
        for (String s : List.of("participant file 1", "participant file 2", "(a name)", "is also used in")) {
            assertTrue(problems.contains("\"" + s + "\""), s + " in " + problems);
        }
    }

    /**
     * The negative control: the same runs, naming people, show the names in every file that can hold text, in every
     * format; so the scanner reads each of them. Only pictures (names are pixels there) stay silent.
     */
    @Test
    void withoutAnonymizingTheScannerFindsTheNamesInEveryFormat(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("participant");
        List<Screen> screens = sweep(participantRuns(PARTICIPANT, out, false));
        Path cohortOut = dir.resolve("cohort");
        screens.addAll(sweep(cohortRuns(cohortWorkbook(dir), cohortOut, CSV_IDS, false)));
        List<String> silent = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(out), Files.walk(cohortOut))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Set<String> extensions = new java.util.TreeSet<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            extensions.add(name.substring(name.indexOf('.') + 1));
            List<String> secrets = f.startsWith(out) ? participantSecrets() : cohortSecrets();
            boolean found = !LeakScanner.leaks(f, secrets).isEmpty();
            // the cohort map shows schools, communities and what is shared, never a person, in any mode
            boolean namesNoOne = name.endsWith(".png") || name.startsWith("cohort-map.");
            if (!found && !namesNoOne) {
                silent.add(dir.relativize(f).toString());
            }
        }
        assertEquals(Set.of("alt.txt", "csv", "desc.txt", "dot", "gexf", "graphml", "html", "ics", "json", "md", "opml",
                "png", "svg", "xlsx"),
                extensions, "every kind of output is in the sweep");
        assertEquals(List.of(), silent, "outputs that name people when not anonymized, but where no name was found");
        // in the workbooks: the cells (shared strings), the document properties and the charts name the participant
        Path workbook = out.resolve("assess/zebulon-quetzalcoatl-ng/workbook.xlsx");
        String leaks = String.join("\n", LeakScanner.leaks(workbook, participantSecrets()));
        for (String entry : List.of("!xl/sharedStrings.xml", "!docProps/core.xml")) {
            assertTrue(leaks.contains(entry), entry + " in\n" + leaks);
        }
        for (Screen s : screens) {
            if (s.args().get(0).equals("assess") && !s.args().contains("--out")
                    || s.args().get(0).equals("export") && !s.args().contains("-o")) {
                List<String> secrets = s.args().get(1).endsWith(".yaml") ? participantSecrets() : cohortSecrets();
                assertFalse(s.leaks(secrets).isEmpty(), "the screen of pln " + String.join(" ", s.args()));
            }
        }
    }

    /**
     * Pictures cannot be searched for names: instead, the anonymized outputs of the fixture and of the same fixture
     * with every name changed must be the same bytes (folders named after a hash of the participant's id aside).
     */
    @Test
    void anonymizedOutputsAreTheSameWhateverThePeopleAreCalled(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path participant = in.resolve("participant.yaml");
        Path cohort = Files.createDirectories(in.resolve("cohort"));
        Map<String, String> renames = renames();
        for (int v = 0; v < 2; v++) {
            int version = v;
            String yaml = Files.readString(PARTICIPANT);
            String people = Files.readString(COHORT_CSV.resolve("participants.csv"));
            String connections = Files.readString(COHORT_CSV.resolve("connections.csv"));
            if (version == 1) {
                yaml = rename(yaml, renames);
                people = rename(people, renames);
                connections = rename(connections, renames);
            }
            Files.writeString(participant, yaml);
            Files.writeString(cohort.resolve("participants.csv"), people);
            Files.writeString(cohort.resolve("connections.csv"), connections);
            Path out = dir.resolve("out-" + version);
            List<String> ids = CSV_IDS.stream().map(id -> version == 1 ? rename(id, renames) : id).toList();
            sweep(participantRuns(participant, out.resolve("participant"), true));
            sweep(cohortRuns(cohort, out.resolve("cohort"), ids, true));
            if (version == 1) {
                assertEquals(List.of(), LeakScanner.leaks(in, participantSecrets()), "every name was changed");
                assertEquals(List.of(), LeakScanner.leaks(in, cohortSecrets()), "every name was changed");
            }
        }
        List<String> ids = new ArrayList<>(List.of("zebulon-quetzalcoatl-ng"));
        ids.addAll(CSV_IDS);
        Map<String, byte[]> first = tree(dir.resolve("out-0"), folders(ids));
        Map<String, byte[]> second = tree(dir.resolve("out-1"), folders(ids.stream().map(id -> rename(id, renames))
                .toList()));
        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.keySet().stream().anyMatch(k -> k.endsWith("map.png")));
        for (String k : first.keySet()) {
            assertArrayEquals(first.get(k), second.get(k), k);
        }
    }

    /** Other names of the same lengths' kind, for every secret of the two fixtures; longest first. */
    private static Map<String, String> renames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("thorhildur.yrsdottir@example.org", "annika.berg@example.org");
        m.put("https://example.org/people/fairweather-blomqvist", "https://example.org/people/holm-dahl");
        m.put("Xanthippe Vandersloot Memorial School", "Elmstead Primary School");
        m.put("Zebulon Quetzalcoatl-Ng", "Augustin Marlowe-Pike");
        m.put("zebulon-quetzalcoatl-ng", "augustin-marlowe-pike");
        m.put("Þórhildur Ýrsdóttir-Ñúñez", "Annika Berg");
        m.put("Ignatius 🦄 Fairweather-Blomqvist", "Henrik Holm-Dahl");
        m.put("Mirembe \"Mimi\" Achterberg & Oyelaran", "Clara Oduya");
        m.put("Ottoline <Przybyszewski>", "Pia Lund");
        m.put("Przybyszewski family", "Lund family");
        m.put("@ottoline_przyb", "@pialund");
        m.put("نورة القحطاني", "Sara Amin");
        m.put("Thaddeus Wolfenbarger", "Jonas Ekdahl");
        m.put("🦊🦊", "🐢");
        m.put("thorhildur", "annika");
        m.put("ottoline", "pia");
        m.put("thaddeus", "jonas");
        m.put("Bartholomew Kowalczyk-Haraldsen", "Tomasz Wilk");
        m.put("bartholomew-kowalczyk", "tomasz-wilk");
        m.put("Ñandú Ütz-Økland", "Ivo Brand");
        m.put("nandu-okland", "ivo-brand");
        m.put("Rosalind 🌻 Pemberton-Achebe", "Ruth Ali");
        m.put("rosalind-pemberton", "ruth-ali");
        m.put("Gwendolyn \"\"Wendy\"\" Abernathy-Sokolov", "Greta Holt");
        m.put("gwendolyn-abernathy", "greta-holt");
        m.put("Cassiopeia Ravensworth-Adeyemi", "Carmen Reyes");
        m.put("c.ravensworth@district.example", "c.reyes@district.example");
        m.put("Leopoldine Vasquez-Thorvaldsen", "Lea Voss");
        m.put("https://example.org/@sigourney_ml", "https://example.org/@sam_m");
        m.put("Sigourney 🐙 Mbeki-Lindqvist", "Sam Moore");
        m.put("@sigourney_ml", "@sam_m");
        m.put("\"Dagny <Hallvardsdóttir> & Co\"", "Dora Hall");
        m.put("Evander Grünewald-Okonkwo", "Emil Gray");
        m.put("יהונתן בן־עמי", "Yoni Ben");
        m.put("Percival Ó Séaghdha", "Paul Shea");
        return m;
    }

    private static String rename(String text, Map<String, String> renames) {
        String t = text;
        for (Map.Entry<String, String> e : renames.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        return t;
    }

    /** The anonymized report folder of each participant id ({@code anonymous-} and a hash), to its position. */
    private static Map<String, String> folders(List<String> ids) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Pln pln = new Pln(Participant.of(ids.get(i)), List.of(), List.of());
            m.put(ReportBundle.folderName(pln, true), "participant-" + i);
        }
        return m;
    }

    private static Map<String, byte[]> tree(Path dir) throws IOException {
        return tree(dir, Map.of());
    }

    /** Every file under {@code dir} by its path, with the given folder names replaced (in the path and the index). */
    private static Map<String, byte[]> tree(Path dir, Map<String, String> folders) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String key = dir.relativize(p).toString();
                for (Map.Entry<String, String> f : folders.entrySet()) {
                    key = key.replace(f.getKey(), f.getValue());
                }
                assertFalse(m.containsKey(key), key);
                byte[] bytes = Files.readAllBytes(p);
                if (key.endsWith(BulkReports.INDEX)) {
                    // the index of participants' reports lists the folders
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    for (Map.Entry<String, String> f : folders.entrySet()) {
                        text = text.replace(f.getKey(), f.getValue());
                    }
                    bytes = text.getBytes(StandardCharsets.UTF_8);
                }
                m.put(key, bytes);
            }
        }
        return m;
    }

    /**
     * Nothing is left behind: no temporary file in the output folders, in POI's temp folder (where the district
     * workbook streams its sheets) or ImageIO's cache; maps are encoded in memory, without even a passing temporary
     * file; the inputs are unchanged.
     */
    @Test
    void noTemporaryFileIsLeftBehindAndInputsAreNotWritten(@TempDir Path dir) throws Exception {
        Path poi = Files.createDirectories(dir.resolve("poi-temp"));
        Path imageio = Files.createDirectories(dir.resolve("imageio-cache"));
        Path out = dir.resolve("out");
        Path xlsx = cohortWorkbook(dir);
        Map<String, byte[]> inputs = new TreeMap<>();
        inputs.putAll(tree(FIXTURES));
        inputs.put("cohort.xlsx", Files.readAllBytes(xlsx));
        java.io.File oldCache = ImageIO.getCacheDirectory();
        boolean oldUseCache = ImageIO.getUseCache();
        List<String> created = new ArrayList<>();
        Set<String> poiCreated = new java.util.TreeSet<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poi.toFile()));
            ImageIO.setUseCache(true);
            ImageIO.setCacheDirectory(imageio.toFile());
            WatchKey imageKey = imageio.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            poi.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            sweep(participantRuns(PARTICIPANT, out.resolve("participant"), true));
            sweep(cohortRuns(xlsx, out.resolve("cohort"), CSV_IDS, true));
            for (WatchKey k = watch.poll(); k != null; k = watch.poll()) {
                for (WatchEvent<?> e : k.pollEvents()) {
                    (k == imageKey ? created : poiCreated).add(String.valueOf(e.context()));
                }
                k.reset();
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
            ImageIO.setUseCache(oldUseCache);
            ImageIO.setCacheDirectory(oldCache);
        }
        assertEquals(List.of(), created, "files made in ImageIO's cache folder");
        assertEquals(List.of(), files(poi), "files left in POI's temp folder");
        // what passes through POI's temp folder: only the district workbook's sheets, while it is written
        assertTrue(!poiCreated.isEmpty() && poiCreated.stream()
                .allMatch(f -> f.matches("poi-sxssf-(sheet\\d+\\.xml|template\\d+\\.xlsx)")), poiCreated.toString());
        assertEquals(List.of(), files(imageio));
        List<String> hidden = files(out).stream().filter(f -> Path.of(f).getFileName().toString().startsWith(".")
                || f.endsWith(".tmp")).toList();
        assertEquals(List.of(), hidden, "temporary files left in the output folders");
        Map<String, byte[]> after = new TreeMap<>(tree(FIXTURES));
        after.put("cohort.xlsx", Files.readAllBytes(xlsx));
        assertEquals(inputs.keySet(), after.keySet());
        for (String k : inputs.keySet()) {
            assertArrayEquals(inputs.get(k), after.get(k), "input changed: " + k);
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** {@code pln map FILE --anonymize} without {@code -o} names its picture after no one. */
    @Test
    void theDefaultMapFileNameOfAnAnonymizedMapNamesNoOne() throws IOException {
        Path here = Path.of("");
        List<Path> made = List.of(here.resolve("anonymous.png"), here.resolve("anonymous.alt.txt"),
                here.resolve("zebulon-quetzalcoatl-ng.png"), here.resolve("zebulon-quetzalcoatl-ng.alt.txt"));
        for (Path p : made) {
            assertFalse(Files.exists(p), p + " is in the way");
        }
        try {
            Screen s = run(List.of("map", PARTICIPANT.toString(), "--anonymize", "--as-of", AS_OF));
            assertEquals("wrote anonymous.png and anonymous.alt.txt\n", s.out());
            assertTrue(Files.isRegularFile(made.get(0)));
            assertFalse(Files.exists(made.get(2)));
            assertEquals(List.of(), s.leaks(participantSecrets()));
        } finally {
            for (Path p : made) {
                Files.deleteIfExists(p);
            }
        }
    }
}
