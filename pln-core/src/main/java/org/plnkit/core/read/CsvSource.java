package org.plnkit.core.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Reason;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.InputFiles;

/**
 * Reads one CSV table of a cohort (UTF-8 with or without a BOM, comma-separated, RFC 4180 quoting) with
 * Jackson's streaming {@link CsvParser}, a row at a time. A row's place is the line where its record starts,
 * so a cell with line breaks inside quotes does not shift the lines after it. A file that is not UTF-8 is read
 * as Windows-1252 with a warning when it can be (see {@link TextEncoding}), else refused with the line of its
 * first bad byte; a file that is not text at all (a workbook, a picture) is named for what it is.
 */
final class CsvSource {
    private static final int MAX_COLUMNS = 16_384;

    private CsvSource() {
    }

    /**
     * Feeds the file's rows to the sink.
     *
     * @return false when the file could not be read to its end (the problem is recorded)
     */
    static boolean read(Path file, String name, TableSink sink, Limits limits, Problems problems) {
        Place whole = Place.file(name);
        try {
            if (!withinSize(file, whole, "the file", limits, problems)) {
                return false;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, sink, limits, problems, file);
            }
        } catch (NoSuchFileException e) {
            problems.error(whole, "no such file");
            return false;
        } catch (IOException e) {
            problems.error(whole, ProblemCode.CANNOT_READ, Arg.detail(InputFiles.reason(e)));
            return false;
        }
    }

    private static boolean read(InputStream raw, String name, TableSink sink, Limits limits, Problems problems,
                                Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(FileKinds.HEAD);
        byte[] head = in.readNBytes(FileKinds.HEAD);
        in.reset();
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            problems.error(Place.file(name), "the file is UTF-16 text (\"Unicode Text\"); save it as CSV UTF-8");
            return false;
        }
        java.util.Optional<String> binary = FileKinds.binary(head, head.length);
        if (binary.isPresent()) {
            problems.error(Place.file(name), "this is " + binary.get() + ", not CSV text");
            return false;
        }
        TextEncoding.Detected encoding;
        try (InputStream scan = Files.newInputStream(file)) {
            encoding = TextEncoding.detect(scan, "\"CSV UTF-8\"", "Excel's \"CSV (Comma delimited)\"");
        }
        Place encodingPlace = encoding.line() > 0 ? Place.csv(name, encoding.line(), null) : Place.file(name);
        if (encoding.isError()) {
            problems.error(encodingPlace, encoding.message().orElseThrow());
            return false;
        }
        encoding.message().ifPresent(m -> problems.warning(encodingPlace, m));
        in.skipNBytes(encoding.skip());
        Reader reader = new InputStreamReader(in, encoding.charset().orElseThrow().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        // a cell past maxScalarChars leaves only its row out (the table checks it); the parser's own bound is far
        // higher and only stops a quote left open from swallowing the rest of the file into one cell
        int parserLimit = (int) Math.min(Integer.MAX_VALUE, Math.max(1_000_000L, limits.maxScalarChars() * 16L));
        CsvFactory factory = CsvFactory.builder().streamReadConstraints(
                Jackson.constraints(limits.withMaxScalarChars(parserLimit))).build();
        int recordLine = 1;
        // the rows are checked and built into the model on a thread of their own while the text is parsed (#17);
        // before saying anything about the file, the rows already parsed are taken (the order of the problems stays)
        TableSink pipe = PipelinedSink.of(sink);
        try (CsvParser p = factory.createParser(reader)) {
            p.setSchema(CsvSchema.emptySchema());
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            String[] cells = new String[32];
            int width = 0;
            boolean header = true;
            boolean inRecord = false;
            boolean tooWide = false;
            JsonToken t = p.nextToken(); // the array around all records
            if (t == null) {
                problems.error(Place.file(name), "the file is empty; its first line must name the columns");
                return false;
            }
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    inRecord = true;
                    tooWide = false;
                    width = 0;
                    recordLine = -1;
                } else if (t == JsonToken.VALUE_STRING) {
                    if (recordLine < 0) {
                        recordLine = p.currentTokenLocation().getLineNr();
                    }
                    if (width < MAX_COLUMNS) {
                        if (width == cells.length) {
                            cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, cells.length * 2));
                        }
                        cells[width++] = p.getText();
                    } else if (!tooWide) {
                        tooWide = true;
                        pipe.cellProblem(recordLine, MAX_COLUMNS, "this row has more than "
                                + Sizes.count(MAX_COLUMNS) + " cells, the most a sheet has; the row is not read");
                    }
                } else if (t == JsonToken.END_ARRAY && inRecord) {
                    inRecord = false;
                    int line = Math.max(1, recordLine);
                    if (header) {
                        java.util.Optional<String> sep = wrongSeparator(cells, width);
                        if (sep.isPresent()) {
                            settle(pipe);
                            problems.error(Place.csv(name, line, null), "the columns are separated by " + sep.get()
                                    + ", not by commas, so the column names are not found; save the file as"
                                    + " \"CSV UTF-8 (Comma delimited)\" (or replace the separators with commas)");
                            return false;
                        }
                    }
                    boolean go = header ? pipe.header(line, cells, width) : pipe.row(line, cells, width);
                    header = false;
                    Arrays.fill(cells, 0, width, null);
                    if (!go) {
                        settle(pipe);
                        return false;
                    }
                }
            }
            if (header) {
                settle(pipe);
                problems.error(Place.file(name), "the file is empty; its first line must name the columns");
                return false;
            }
            pipe.end();
            return !settle(pipe);
        } catch (CharacterCodingException e) {
            if (settle(pipe)) {
                return false;
            }
            problems.add(notUtf8(file, name));
            return false;
        } catch (StreamConstraintsException e) {
            if (settle(pipe)) {
                return false;
            }
            problems.error(Place.csv(name, Math.max(1, recordLine), null), "a cell here is longer than "
                    + Sizes.count(parserLimit) + " characters (is a quote \" left open?); the file is not read"
                    + " further");
            return false;
        } catch (JsonProcessingException e) {
            if (settle(pipe)) {
                return false;
            }
            JsonLocation loc = e.getLocation();
            int line = recordLine > 0 ? recordLine : loc == null ? 0 : Math.max(0, loc.getLineNr());
            String m = Documents.firstLine(e.getOriginalMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            Reason why = lower.contains("missing closing quote")
                    ? Reason.text("a quoted cell that starts in this record is never closed (a \" is missing); the"
                    + " file is not read further")
                    : lower.contains("expected column separator character")
                    ? Reason.text("a quoted cell goes on after its closing quote (\"): inside a quoted cell write each"
                    + " quote twice (\"\"), or take away the quotes around the cell; the file is not read further")
                    : Reason.of(ProblemCode.CSV_NOT_VALID, Arg.detail(m));
            problems.error(line > 0 ? Place.csv(name, line, null) : Place.file(name), why);
            return false;
        } catch (IOException e) {
            if (settle(pipe)) {
                return false;
            }
            throw e;
        } finally {
            PipelinedSink.finish(pipe); // also when the parser failed unexpectedly: no thread is left behind
        }
    }

    /**
     * Whether a regular file (a FIFO would block forever) is within the file size limit; a problem at {@code whole}
     * ("{@code what} is 80.0 MB; the limit is ...") when it is not.
     */
    static boolean withinSize(Path file, Place whole, String what, Limits limits, Problems problems)
            throws IOException {
        InputFiles.requireRegular(file);
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            problems.add(Limit.FILE_SIZE.error(whole, what + " is " + Sizes.mb(size), limits.maxFileBytes()));
            return false;
        }
        return true;
    }

    /**
     * Waits until the sink has taken every row handed over; true when it stopped the file on one of them (then the
     * file is over as far as the sink is concerned, and what the parser met further on is not reported).
     */
    private static boolean settle(TableSink pipe) {
        PipelinedSink.finish(pipe);
        return PipelinedSink.stopped(pipe);
    }

    /**
     * The separator, in words, when the header row is one cell that splits on a semicolon, a tab or a bar into
     * several names (Excel in many European locales writes "CSV" with semicolons); else empty.
     */
    static java.util.Optional<String> wrongSeparator(String[] cells, int width) {
        int filled = 0;
        String only = null;
        for (int i = 0; i < width; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                filled++;
                only = cells[i];
            }
        }
        if (filled != 1) {
            return java.util.Optional.empty();
        }
        for (String[] sep : new String[][] {{";", "semicolons (;)"}, {"\t", "tabs"}, {"|", "bars (|)"}}) {
            String[] parts = only.split(java.util.regex.Pattern.quote(sep[0]), -1);
            if (parts.length >= 2 && java.util.Arrays.stream(parts).filter(s -> !s.isBlank()).count() >= 2) {
                return java.util.Optional.of(sep[1]);
            }
        }
        return java.util.Optional.empty();
    }

    /** Finds the first byte that is not UTF-8 and names its line. */
    private static org.plnkit.core.problem.Problem notUtf8(Path file, String name) {
        int[] found = Utf8.firstInvalid(file);
        String save = "; save it as \"CSV UTF-8\"";
        if (found == null) {
            return org.plnkit.core.problem.Problem.error(Place.file(name), "the file is not UTF-8 text" + save);
        }
        return org.plnkit.core.problem.Problem.error(Place.csv(name, found[0], null), String.format(Locale.ROOT,
                "the file is not UTF-8 text: byte 0x%02X on this line is not UTF-8 (is it Windows-1252 or Latin-1?)%s",
                found[1], save));
    }

    /** A small UTF-8 validator that counts lines, used only to explain a decoding failure. */
    static final class Utf8 {
        private Utf8() {
        }

        /** {line, byte} of the first invalid byte, or null when the whole file is valid (or unreadable). */
        static int[] firstInvalid(Path file) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return firstInvalid(in);
            } catch (IOException e) {
                return null;
            }
        }

        static int[] firstInvalid(InputStream in) throws IOException {
            int line = 1;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    line++;
                    continue;
                }
                if (b < 0x80) {
                    continue;
                }
                int more;
                int min;
                if (b >= 0xC2 && b <= 0xDF) {
                    more = 1;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    more = 2;
                    min = 0x800;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    more = 3;
                    min = 0x10000;
                } else {
                    return new int[] {line, b};
                }
                int cp = b & (0x3F >> more);
                for (int k = 0; k < more; k++) {
                    int c = in.read();
                    if (c < 0 || (c & 0xC0) != 0x80) {
                        return new int[] {line, b};
                    }
                    cp = cp << 6 | c & 0x3F;
                }
                if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                    return new int[] {line, b};
                }
            }
            return null;
        }
    }
}
