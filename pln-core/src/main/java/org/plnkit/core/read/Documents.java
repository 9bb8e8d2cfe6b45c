package org.plnkit.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Reason;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.Text;

/** Parses YAML or JSON documents into {@link Tree}s, turning every parser failure into a problem with a place. */
final class Documents {
    enum Format { YAML, JSON }

    private Documents() {
    }

    /** The root node, or null when the document is empty or could not be parsed (then a problem is recorded). */
    static Tree.Node parse(String name, InputStream in, Format format, Limits limits, Problems problems) {
        return parse(name, f -> f.createParser(in), null, format, limits, problems);
    }

    /** The root node of a document already decoded to text; null as above. */
    static Tree.Node parse(String name, String text, Format format, Limits limits, Problems problems) {
        return parse(name, f -> f.createParser(text), text, format, limits, problems);
    }

    /** Opens a parser of the document with the factory of its format. */
    private interface Opener {
        JsonParser open(JsonFactory f) throws IOException;
    }

    private static Tree.Node parse(String name, Opener opener, String text, Format format, Limits limits,
                                   Problems problems) {
        JsonFactory f = format == Format.YAML ? Jackson.yaml(limits) : Jackson.json(limits);
        try (JsonParser p = opener.open(f)) {
            return parse(name, p, text, format, limits, problems);
        } catch (IOException e) {
            problems.error(Place.file(name), ProblemCode.CANNOT_READ, Arg.detail(firstLine(e.getMessage())));
            return null;
        }
    }

    private static Tree.Node parse(String name, JsonParser p, String text, Format format, Limits limits,
                                   Problems problems) {
        try {
            Tree.Node root = Tree.read(p, name, limits.maxScalarChars(), problems);
            if (root != null && format == Format.JSON && p.nextToken() != null) {
                problems.error(Tree.place(name, p.currentTokenLocation()), "there is more after the end of the JSON document");
            }
            if (root != null && format == Format.YAML && nextDocument(p)) {
                // a second document after ---: never read silently as if the file ended at the first
                problems.error(Tree.place(name, p.currentTokenLocation()), "the file holds a second YAML document"
                        + " (after a --- line); a participant file is one document: put the second one in its own"
                        + " file, or remove the --- line if it belongs to the first");
                return null;
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            Place place = loc == null || loc.getLineNr() < 1 ? Place.file(name) : Tree.place(name, loc);
            problems.error(place, limitReached(e.getOriginalMessage(), limits));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Place place = loc == null ? Place.file(name) : Tree.place(name, loc);
            String message = e.getOriginalMessage();
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
                // SnakeYAML knows where the problem is; Jackson reports where the construct began
                if (m.getProblemMark() != null) {
                    place = Place.text(name, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
                }
                message = m.getMessage();
                if (String.valueOf(m.getContext()).contains("quoted scalar") && m.getContextMark() != null) {
                    // where the quote opens is where to look
                    org.yaml.snakeyaml.error.Mark open = m.getContextMark();
                    problems.error(Place.text(name, open.getLine() + 1, open.getColumn() + 1),
                            "the quoted value that starts here is never closed (a \" or ' is missing)");
                    return null;
                }
            }
            if (message != null && message.contains("special characters are not allowed") && text != null) {
                // SnakeYAML checks the whole text before parsing and reports 1:1: find the character
                int at = firstUnprintable(text);
                if (at >= 0) {
                    problems.error(textPlace(name, text, at), "a control character (U+" + String.format("%04X",
                            text.codePointAt(at)) + ") that YAML does not allow is here; delete it (it is invisible"
                            + " in most editors)");
                    return null;
                }
            }
            String hint = format == Format.JSON && looksLikeYaml(text)
                    ? "; the file is named .json but looks like YAML: rename it to .yaml" : "";
            problems.error(place, explain(message, format, hint));
        } catch (CharConversionException e) {
            problems.error(Place.file(name), "the file is not UTF-8 text (" + firstLine(e.getMessage()) + ")");
        } catch (IOException e) {
            problems.error(Place.file(name), ProblemCode.CANNOT_READ, Arg.detail(firstLine(e.getMessage())));
        } catch (RuntimeException e) {
            // SnakeYAML reports limits (aliases, nesting, size) with its own unchecked exceptions
            problems.error(Place.file(name), ProblemCode.CANNOT_READ_AS, Arg.word(format.name()),
                    Arg.detail(firstLine(e.getMessage())));
        }
        return null;
    }

    /** Whether another document with content follows (an empty one after a last {@code ---} is harmless). */
    private static boolean nextDocument(JsonParser p) throws IOException {
        com.fasterxml.jackson.core.JsonToken t = p.nextToken();
        while (t == com.fasterxml.jackson.core.JsonToken.VALUE_NULL
                || t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && p.getText().isBlank()) {
            t = p.nextToken();
        }
        return t != null;
    }

    /** Where the first character YAML 1.1 does not allow in a stream is, or -1. */
    static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean printable = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                    || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!printable && !(c == 0xFEFF && i == 0)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The line and column of a character index (lines end at LF, CRLF or CR). */
    static Place textPlace(String name, String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return Place.text(name, line, column);
    }

    /** A safety limit of the parser in plain words. */
    private static Reason limitReached(String message, Limits limits) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return Reason.text("lists and mappings are nested more than " + limits.maxNestingDepth() + " levels deep here;"
                    + " a participant file needs four");
        }
        if (m.contains("String value length")) {
            return Reason.text("a value here is longer than " + Sizes.count(limits.maxScalarChars()) + " characters");
        }
        if (m.contains("Number value length")) {
            return Reason.text("a number here is longer than 100 digits");
        }
        if (m.contains("Document length")) {
            return Reason.of(ProblemCode.PARTICIPANT_FILE_SIZE_LIMIT, Arg.word("the file is too long"),
                    Arg.number(Limit.PARTICIPANT_FILE_SIZE.amount(limits.maxParticipantFileBytes())));
        }
        return Reason.text("the file goes past a safety limit: " + firstLine(m));
    }

    /** Whether text that failed as JSON starts like a YAML mapping ({@code participant:}). */
    private static boolean looksLikeYaml(String text) {
        if (text == null) {
            return false;
        }
        for (String line : text.lines().limit(50).toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.equals("---")) {
                continue;
            }
            return l.matches("[A-Za-z_][\\w ]{0,40}:( .*)?");
        }
        return false;
    }

    private static Reason explain(String message, Format format, String hint) {
        // Jackson appends where the enclosing value started, as "[Source: REDACTED (…) line: 1, column: 1]"
        String m = firstLine(message).replaceAll("\\s*\\((for|at) [^(]*\\[Source:.*$", "")
                .replaceAll("\\s*at \\[Source:.*$", "");
        if (!hint.isEmpty() && message != null && message.contains("Unrecognized token")) {
            return Reason.text("not valid JSON" + hint);   // the hint says why: YAML in a .json file
        }
        String known = explain(message, format);
        if (known != null) {
            return Reason.text(known + hint);
        }
        if (m.contains("aliases")) {
            return Reason.of(ProblemCode.ALIAS_BOMB, Arg.detail(m), Arg.word(hint));
        }
        return Reason.of(ProblemCode.NOT_VALID, Arg.word(format == Format.YAML ? "YAML" : "JSON"), Arg.detail(m),
                Arg.word(hint));
    }

    /** Jackson's "Unexpected close marker ']': expected '}'": the closing mark found, and the one expected. */
    private static final Pattern JSON_CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");

    /** The known parser failures in plain words; null for the others. */
    private static String explain(String message, Format format) {
        String all = message == null ? "" : message;
        if (format == Format.JSON) {
            if (all.contains("CTRL-CHAR, code 10") || all.contains("CTRL-CHAR, code 13")) {
                return "not valid JSON: a quoted value runs to the end of the line (a \" is missing)";
            }
            if (all.contains("was expecting double-quote to start field name")) {
                return all.contains("'''") ? "not valid JSON: names need double quotes (\"id\"), not single ones"
                        : "not valid JSON: a name in double quotes is missing here (a comma before } is not allowed)";
            }
            if (all.contains("was expecting comma to separate")) {
                return "not valid JSON: a comma is missing between two values";
            }
            if (all.contains("Unexpected end-of-input")) {
                return all.contains("closing quote")
                        ? "not valid JSON: the file ends inside a quoted value (a \" is missing)"
                        : "not valid JSON: the file ends before every { and [ is closed (a } or ] is missing)";
            }
            Matcher close = JSON_CLOSE.matcher(all);
            if (close.find()) {
                return "not valid JSON: this " + close.group(1) + " does not close the "
                        + (close.group(2).equals("}") ? "{" : "[") + " that is open here (write "
                        + close.group(2) + ")";
            }
            if (all.contains("expected a valid value") || all.contains("expected a value")) {
                return "not valid JSON: a value is missing here (after a : or a comma, or before a } or ])";
            }
            if (all.contains("Unrecognized token")) {
                // the word itself is not quoted: a message in the reader's own words may not quote the input
                return "not valid JSON: the word here has no double quotes; text needs double quotes (\"…\"), only"
                        + " numbers, true, false and null are written without";
            }
        }
        if (all.contains("found character '\\t") || all.contains("(TAB)") || all.contains("found a tab")) {
            return "a tab is used for indentation; YAML needs spaces";
        }
        if (format == Format.YAML) {
            // a mapping, or a list of them (a connection whose next field is one space short)
            if ((all.contains("while parsing a block mapping") || all.contains("while parsing a block collection"))
                    && all.contains("expected <block end>")) {
                return "this line is indented less than the lines above it, but more than the key they belong to;"
                        + " line it up with the keys above it or with their key";
            }
            if (all.contains("while parsing a flow sequence")) {
                return "a list that starts with [ is never closed with ] (or a comma is missing between its values)";
            }
            if (all.contains("while parsing a flow mapping")) {
                return "a mapping that starts with { is never closed with } (or a comma is missing between its"
                        + " values)";
            }
            if (all.contains("mapping values are not allowed here")) {
                return "a colon followed by a space (\": \") inside a value; put the value in quotes"
                        + " (name: \"Dr. Ann: mentor\")";
            }
            if (all.contains("could not find expected ':'")) {
                return "a line without \"key: value\" (a colon and a space are missing, or a quoted value runs on)";
            }
        }
        return null;
    }

    static String firstLine(String s) {
        return Text.firstLine(s);
    }
}
