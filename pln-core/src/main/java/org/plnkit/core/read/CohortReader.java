package org.plnkit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Reason;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.InputFiles;

/**
 * Reads a cohort, whichever of the three forms of the input contract it comes in: an {@code .xlsx} workbook
 * with the sheets Participants and Connections, a folder with {@code participants.csv} and
 * {@code connections.csv} (or only {@code connections.csv}), or a folder of participant files (YAML or JSON).
 * Large cohorts are streamed a row at a time; a 5,000-participant workbook reads within a 1 GB heap.
 *
 * <p>Every row either becomes data or is reported with its place and the reason; the other rows are still
 * read. The cohort is returned even when some rows were left out, so that the rest can be used, unless strict
 * mode is asked for (then any error means no cohort). It is never returned when a file or a whole table could
 * not be read (a damaged workbook, a missing sheet or required column).
 *
 * <pre>{@code
 * ReadResult<Cohort> r = CohortReader.read(Path.of("cohort.xlsx"), Taxonomy.defaults(), Limits.DEFAULT, false);
 * r.problems().forEach(System.out::println);  // cohort.xlsx Connections!I12: error: value 7 is not between 1 and 5
 * Cohort cohort = r.value().orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortReader {
    private CohortReader() {
    }

    /** Reads a cohort with the default taxonomy and limits, not strict. */
    public static ReadResult<Cohort> read(Path input) {
        return read(input, Taxonomy.defaults(), Limits.DEFAULT, false);
    }

    /**
     * Reads a cohort.
     *
     * @param input    an {@code .xlsx} file, or a folder of CSV files or of participant files
     * @param taxonomy the categories connections are sorted into
     * @param limits   guard rails on sizes
     * @param strict   when true, any error means no cohort; when false, rows with errors are left out
     */
    public static ReadResult<Cohort> read(Path input, Taxonomy taxonomy, Limits limits, boolean strict) {
        return readDetailed(input, taxonomy, limits, strict).result();
    }

    /**
     * Like {@link #read(Path, Taxonomy, Limits, boolean)}, also telling the format and how rows were counted. When
     * the cohort does not fit in the memory Java was given, the result says so as an error (no cohort), rather than
     * failing with an {@link OutOfMemoryError}: what was read so far is garbage by then, so there is room to say it.
     */
    public static CohortReading readDetailed(Path input, Taxonomy taxonomy, Limits limits, boolean strict) {
        try {
            return readWithin(input, taxonomy, limits, strict);
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            Problems problems = new Problems();
            problems.error(Place.file(input.toString()), "the cohort does not fit in the " + Sizes.count(mb)
                    + " MB of memory Java was given; give it more (e.g. JAVA_OPTS=-Xmx2g) or split the cohort");
            return new CohortReading(ReadResult.failed(problems.toList()), formatOf(input), List.of());
        }
    }

    private static CohortReading readWithin(Path input, Taxonomy taxonomy, Limits limits, boolean strict) {
        Problems problems = new Problems();
        String name = input.toString();
        Detection d = detect(input);
        if (d.format.isEmpty()) {
            problems.error(Place.file(name), d.problem);
            return new CohortReading(ReadResult.failed(problems.toList()), Optional.empty(), List.of());
        }
        d.warnings.forEach(w -> problems.warning(Place.file(name), w));
        CohortFormat format = d.format.get();
        if (format == CohortFormat.PARTICIPANT_FOLDER) {
            return participantFolder(input, d.files, taxonomy, limits, strict, problems);
        }
        CohortAssembler assembler = new CohortAssembler(taxonomy, limits, problems);
        if (format == CohortFormat.WORKBOOK) {
            ReaderWarmUp.start(taxonomy); // beside the package's opening and the shared strings' parse
            try {
                WorkbookSource.read(input, name, assembler, limits, problems);
            } catch (NoClassDefFoundError e) {
                problems.error(Place.file(name), "reading .xlsx workbooks needs Apache POI, which is not on the"
                        + " class path: add the dependency org.apache.poi:poi-ooxml (optional in pln-core), or save"
                        + " the sheets as CSV files in a folder instead");
                assembler.fatal();
            }
        } else {
            if (d.participants != null) {
                Path file = d.participants;
                TableSink sink = assembler.participants(file.toString(), Optional.empty(), csvPlaces(file.toString()));
                if (!CsvSource.read(file, file.toString(), sink, limits, problems)) {
                    assembler.fatal();
                }
            }
            Path file = d.connections;
            TableSink sink = assembler.connections(file.toString(), Optional.empty(), csvPlaces(file.toString()));
            if (!CsvSource.read(file, file.toString(), sink, limits, problems)) {
                assembler.fatal();
            }
        }
        Cohort cohort = assembler.build();
        boolean fatal = assembler.isFatal();
        if (!fatal && cohort.size() == 0 && !problems.hasErrors()) {
            problems.warning(Place.file(name), "the cohort has no participants");
        }
        return finish(cohort, fatal, strict, problems, format, assembler.counts());
    }

    /**
     * Which form of cohort a path is, judged from its name and, for a folder, the files in it; empty when it is
     * none of them. Does not read the contents beyond a file's first bytes.
     */
    public static Optional<CohortFormat> formatOf(Path input) {
        return detect(input).format;
    }

    private static CohortReading finish(Cohort cohort, boolean fatal, boolean strict, Problems problems,
                                        CohortFormat format, List<RowCounts> counts) {
        boolean usable = !fatal && !(strict && problems.hasErrors());
        ReadResult<Cohort> result = usable ? ReadResult.of(cohort, problems.toList())
                : ReadResult.failed(problems.toList());
        return new CohortReading(result, Optional.of(format), counts);
    }

    private static CohortReading participantFolder(Path folder, List<Path> files, Taxonomy taxonomy, Limits limits,
                                                   boolean strict, Problems problems) {
        String name = folder.toString();
        if (files.size() > limits.maxRows()) {
            problems.add(Limit.FOLDER_FILES.error(Place.file(name), "the folder holds "
                    + Sizes.count(files.size()) + " participant files, so it is not read", limits.maxRows()));
            return new CohortReading(ReadResult.failed(problems.toList()), Optional.of(CohortFormat.PARTICIPANT_FOLDER),
                    List.of());
        }
        ParticipantFileReader reader = new ParticipantFileReader(taxonomy, limits);
        Map<String, Path> seen = new HashMap<>();
        Map<String, String> seenFolded = new HashMap<>(); // an id in lower case -> the first id read in that case
        List<Pln> plns = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        for (Path file : files) {
            if (problems.size() >= limits.maxProblems()) {
                problems.add(Limit.PROBLEMS.error(Place.file(file.toString()), "reading stopped at this file, as"
                        + " there are already " + Sizes.count(problems.size()) + " problems (fix the ones above and read"
                        + " the folder again)", limits.maxProblems()));
                return new CohortReading(ReadResult.failed(problems.toList()),
                        Optional.of(CohortFormat.PARTICIPANT_FOLDER),
                        List.of(new RowCounts(name, Optional.empty(), accepted + rejected, accepted, rejected, 0)));
            }
            ReadResult<Pln> r = reader.read(file);
            problems.addAll(r.problems());
            if (r.value().isEmpty()) {
                rejected++;
                continue;
            }
            Pln pln = r.value().get();
            Path other = seen.putIfAbsent(pln.participant().id(), file);
            if (other != null) {
                problems.error(Place.file(file.toString()), ProblemCode.PARTICIPANT_ID_IN_TWO_FILES,
                        new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(pln.participant().id())),
                        Arg.file(String.valueOf(other)));
                rejected++;
                continue;
            }
            String id = pln.participant().id();
            String folded = seenFolded.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
            if (folded != null) {
                // ids are case-sensitive, as in a cohort workbook's Participants sheet: two people, but likely one (#16)
                problems.warning(Place.file(file.toString()), ProblemCode.PARTICIPANT_ID_CASE_IN_TWO_FILES,
                        new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(id)),
                        new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(folded)),
                        Arg.file(String.valueOf(seen.get(folded))));
            }
            plns.add(pln);
            accepted++;
        }
        Cohort cohort = new Cohort(plns);
        if (cohort.size() == 0 && !problems.hasErrors()) {
            problems.warning(Place.file(name), "the cohort has no participants");
        }
        return finish(cohort, false, strict, problems, CohortFormat.PARTICIPANT_FOLDER,
                List.of(new RowCounts(name, Optional.empty(), files.size(), accepted, rejected, 0)));
    }

    private static TableSink.Places csvPlaces(String file) {
        return new TableSink.Places() {
            @Override
            public Place cell(int row, int column, String field) {
                return Place.csv(file, row, field);
            }

            @Override
            public Place row(int row, String field) {
                return Place.csv(file, row, field);
            }
        };
    }

    // ---------------------------------------------------------------- what the input is

    /** What a path was recognised as; when {@code format} is empty, {@code problem} says why. */
    private record Detection(Optional<CohortFormat> format, Reason problem, List<Reason> warnings,
                             Path participants, Path connections, List<Path> files) {
        static Detection none(String problem) {
            return none(Reason.text(problem));
        }

        static Detection none(Reason problem) {
            return new Detection(Optional.empty(), problem, List.of(), null, null, List.of());
        }

        static Detection of(CohortFormat format) {
            return new Detection(Optional.of(format), null, List.of(), null, null, List.of());
        }
    }

    private static Detection detect(Path input) {
        if (Files.isDirectory(input)) {
            return detectFolder(input);
        }
        if (!Files.exists(input)) {
            return Detection.none("no such file or folder");
        }
        Optional<String> notAFile = InputFiles.refusal(input);
        if (notAFile.isPresent()) {
            return Detection.none(notAFile.get()); // before anything opens it: a FIFO would block forever
        }
        String lower = fileName(input).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return Detection.of(CohortFormat.WORKBOOK);
        }
        if (lower.endsWith(".xls") || lower.endsWith(".ods") || lower.endsWith(".numbers")) {
            return Detection.none("this spreadsheet format cannot be read; save it as an Excel Workbook (.xlsx)");
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            return Detection.none("a CSV cohort is read from its folder: give the folder that holds connections.csv"
                    + " (and participants.csv)");
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            return Detection.none("this is one participant's file, not a cohort; a cohort is an .xlsx workbook or a"
                    + " folder of CSV or participant files");
        }
        byte[] head = new byte[4];
        int got = 0;
        try (InputStream in = Files.newInputStream(input)) {
            got = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            return Detection.none(Reason.of(ProblemCode.CANNOT_READ, Arg.detail(InputFiles.reason(e))));
        }
        if (got == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Detection.of(CohortFormat.WORKBOOK);
        }
        return Detection.none("this is not a cohort: give an .xlsx workbook with the sheets Participants and"
                + " Connections, or a folder with connections.csv, or a folder of participant .yaml files");
    }

    private static Detection detectFolder(Path folder) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(folder)) {
            entries = s.filter(p -> !fileName(p).startsWith(".") && !fileName(p).startsWith("~$"))
                    .sorted((a, b) -> fileName(a).compareTo(fileName(b)))
                    .toList();
        } catch (IOException e) {
            return Detection.none("cannot list the folder: " + Documents.firstLine(e.getMessage()));
        }
        Path participants = null;
        Path connections = null;
        List<Path> participantFiles = new ArrayList<>();
        List<String> workbooks = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Path p : entries) {
            String lower = fileName(p).toLowerCase(Locale.ROOT);
            if ((lower.equals("connections.csv") || lower.equals("participants.csv")) && !Files.isDirectory(p)) {
                Optional<String> notAFile = InputFiles.refusal(p);
                if (notAFile.isPresent()) {
                    return Detection.none(fileName(p) + ": " + notAFile.get());
                }
            }
            if (!Files.isRegularFile(p)) {
                others.add(fileName(p) + (Files.isDirectory(p) ? "/" : ""));
                continue;
            }
            if (lower.endsWith(".xlsx")) {
                workbooks.add(fileName(p));
            }
            if (lower.equals("participants.csv") && participants == null) {
                participants = p;
            } else if (lower.equals("connections.csv") && connections == null) {
                connections = p;
            } else if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
                participantFiles.add(p);
            } else {
                others.add(fileName(p));
            }
        }
        if (connections != null) {
            List<Reason> warnings = new ArrayList<>();
            if (!participantFiles.isEmpty()) {
                warnings.add(Reason.of(ProblemCode.FOLDER_PARTICIPANT_FILES_BESIDE_CSV,
                        Arg.number(participantFiles.size())));
            }
            if (!others.isEmpty()) {
                warnings.add(Reason.of(ProblemCode.FOLDER_OTHER_FILES_CSV, Arg.files(others)));
            }
            return new Detection(Optional.of(CohortFormat.CSV_FOLDER), null, warnings, participants, connections,
                    List.of());
        }
        if (participants != null) {
            return Detection.none("this folder has participants.csv but no connections.csv; a CSV cohort needs "
                    + "connections.csv");
        }
        if (!participantFiles.isEmpty()) {
            List<Reason> warnings = others.isEmpty() ? List.of()
                    : List.of(Reason.of(ProblemCode.FOLDER_OTHER_FILES_PARTICIPANTS, Arg.files(others)));
            return new Detection(Optional.of(CohortFormat.PARTICIPANT_FOLDER), null, warnings, null, null,
                    participantFiles);
        }
        if (!workbooks.isEmpty()) {
            return Detection.none(Reason.of(ProblemCode.FOLDER_OF_WORKBOOKS, Arg.allFiles(workbooks)));
        }
        return Detection.none("this folder is not a cohort: it holds neither connections.csv nor participant "
                + ".yaml, .yml or .json files");
    }

    private static String fileName(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }
}
