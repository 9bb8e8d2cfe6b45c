package org.plnkit.report.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.Limit;
import org.plnkit.core.read.Limits;

/**
 * A CSV file read as text cells with their line numbers: UTF-8 with or without BOM, comma-, semicolon- or
 * tab-separated (guessed from the header), RFC 4180 quoting. Cells guarded against formulas lose their guard
 * ({@link CsvSafety}). Blank rows are skipped.
 *
 * @param file   the file name, for messages
 * @param header the header cells as written
 * @param rows   the data rows
 */
record CsvTable(String file, List<String> header, List<Row> rows) {
    /** A data row: the line it starts on, and its cells (as many as the header has; missing cells are ""). */
    record Row(int line, List<String> cells) {
        String cell(int column) {
            // a column the file does not have (index -1) reads as empty, never as an index out of bounds
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The place of a cell, named by its column header. */
    Place place(Row row, int column) {
        return Place.csv(file, row.line(), column < header.size() ? header.get(column) : "column " + (column + 1));
    }

    static Optional<CsvTable> read(String name, byte[] bytes, Limits limits, Problems problems) {
        String text;
        try {
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            problems.error(Place.file(name), "the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again");
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.error(Place.file(name), "the file is empty; it needs a header row");
            return Optional.empty();
        }
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        char sep = separator(first);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep).withoutHeader();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (JsonParser p = new CsvMapper().reader(schema)
                .createParser(new StringReader(text))) {
            while (p.nextToken() == JsonToken.START_ARRAY) {
                // the row's own line is known at its first cell (START_ARRAY still carries the previous row's)
                int line = 0;
                List<String> cells = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (cells.isEmpty()) {
                        line = p.currentTokenLocation().getLineNr();
                    }
                    String cell = p.currentToken() == JsonToken.VALUE_NULL || p.getText() == null ? "" : p.getText();
                    if (cell.length() > limits.maxScalarChars()) {
                        problems.error(Place.csv(name, line, null), "a cell has more than " + limits.maxScalarChars()
                                + " characters");
                        return Optional.empty();
                    }
                    cells.add(header == null ? cell : CsvSafety.unguard(cell));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                rows.add(new Row(line, cells));
                if (rows.size() > limits.maxRows()) {
                    problems.add(Limit.ROWS.error(Place.csv(name, line, null), String.format(Locale.ROOT,
                            "there are more than %,d rows, so the file is not read", limits.maxRows()), limits.maxRows()));
                    return Optional.empty();
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.error(Place.csv(name, line, null), "the CSV cannot be read here: " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Place.file(name), "cannot read the file: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
        if (header == null) {
            problems.error(Place.file(name), "the file is empty; it needs a header row");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(name, header, rows));
    }

    /** The column of the first header matching one of the names (in {@code Text.headerKey} form), or -1. */
    int column(List<String> names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (org.plnkit.core.read.internal.Text.headerKey(header.get(i)).equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static char separator(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semis = headerLine.chars().filter(c -> c == ';').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown reason";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
