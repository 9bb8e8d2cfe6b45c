package org.plnkit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A worksheet's XML read straight from its bytes, for the XML that spreadsheet programs write (#17). Aalto, run with
 * the quick JIT compiler alone as a short district run is, takes 1.7-2.0 s to walk the 83 MB Connections sheet of a
 * 5,000-participant cohort; a loop over the bytes that finds the same elements takes a tenth of that, and the sheet
 * parse is the read's critical path.
 *
 * <p>The scanner hands {@link SheetXml.Sheet} the events the XML parser would: elements with their tag, whether
 * they are SpreadsheetML's, their attributes, and the text between them, decoded exactly as XML 1.0 says (line
 * ends, references, attribute value normalisation, UTF-8). It reads only well-formed UTF-8 XML without a DOCTYPE,
 * comments, processing instructions or CDATA, with every byte checked as the parser checks it. Whatever else it
 * meets, and any failure of the stream, it leaves to the XML parser ({@link LeftToParser}), saying how far it got:
 * the parser then reads the part again from its start, passes over the elements and text the scanner already
 * handed on, and goes on from there, so that a sheet reads the same, with the same problems, whichever reads it;
 * only a malformed or unusual sheet is parsed twice up to where the scanner stopped. {@code
 * -Dpln.xlsx.scanner=off} turns it off.
 */
final class SheetScanner implements SheetXml.Element {
    /** The sheet's events, as {@link SheetXml.Sheet} takes them from either reader. */
    interface Handler {
        void start(int tag, boolean sml, SheetXml.Element element);

        void end(int tag, boolean sml);

        void characters(char[] chars, int start, int length);
    }

    /** Where the scanner leaves the sheet to the XML parser; how far it got is {@link #elements}, {@link #chars}. */
    static final class LeftToParser extends Exception {
        private static final long serialVersionUID = 1L;

        LeftToParser() {
            super(null, null, false, false);
        }
    }

    private static final LeftToParser LEFT = new LeftToParser();
    private static final int BUFFER = 32 * 1024;
    /**
     * Each read asks the stream for this many bytes, as Aalto does: the part's guards (POI's inflate ratio, checked
     * after every read) and {@link ReadAhead} (which reads its source in the first request's size) then see the
     * reads they saw with Aalto alone, so that a sheet they stop with Aalto they stop with the scanner too.
     */
    private static final int READ = 4000;
    /** A start tag longer than this (hostile, or a cell's huge attribute) is left to the parser. */
    private static final int MAX_BUFFER = 4 * 1024 * 1024;
    /** The longest reference or UTF-8 sequence read in text, with room to spare: a refill comes before it. */
    private static final int LOOK = 16;
    private static final int MAX_DEPTH = 256;

    private final InputStream in;
    private final Handler handler;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    /** The two bytes before the buffer's first, moved out by the last refill (for "]]>" in text). */
    private byte back1;
    private byte back2;
    private boolean eof;
    /** Text decoded so far, handed on at the next tag or refill; never longer than the buffer's bytes. */
    private char[] text = new char[BUFFER];
    private char[] value = new char[256];

    private long elements;
    private long chars;

    // the open elements: qualified names (bytes), tags, namespaces, and the bindings before each
    private byte[] names = new byte[1024];
    private final int[] nameAt = new int[MAX_DEPTH + 1];
    private final long[] packedNames = new long[MAX_DEPTH];
    private final int[] tags = new int[MAX_DEPTH];
    private final boolean[] smls = new boolean[MAX_DEPTH];
    private final int[] bindingsBefore = new int[MAX_DEPTH];
    private int depth;
    private boolean rootDone;

    // namespace bindings in scope, innermost last
    private byte[][] prefixes = new byte[8][];
    private boolean[] bindsSml = new boolean[8];
    private String[] uris = new String[8];
    private int bindings;

    // the attributes of the start tag being handed on: offsets into buf, valid until the next refill
    private int attributes;
    private int[] attrName = new int[16];
    private int[] attrNameLength = new int[16];
    private int[] attrColon = new int[16];
    private int[] attrValue = new int[16];
    private int[] attrValueLength = new int[16];
    private boolean[] attrPlain = new boolean[16];

    private int cellR;
    private int cellT;
    private int cellS;

    SheetScanner(InputStream in, Handler handler) {
        this.in = in;
        this.handler = handler;
    }

    /** Start and end tags handed on (an empty element counts twice, as the XML parser reports it). */
    long elements() {
        return elements;
    }

    /** Characters of text handed on after the last of {@link #elements}. */
    long chars() {
        return chars;
    }

    /** Reads the sheet to its end, or to where it leaves the rest to the XML parser (thrown). */
    void scan() throws IOException, LeftToParser {
        fill();
        prolog();
        while (true) {
            if (depth == 0) {
                if (rootDone) {
                    epilog();
                    return;
                }
                startTag(); // the root: the prolog stopped at its '<'
                continue;
            }
            text();
            // at a '<'
            if (!have(pos, 2)) {
                throw LEFT;
            }
            byte next = buf[pos + 1];
            if (next == '/') {
                endTag();
            } else if (next == '!' || next == '?') {
                throw LEFT; // a comment, CDATA, a DOCTYPE or a processing instruction
            } else {
                startTag();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the buffer

    /** Moves what is unread to the front and reads more; grows the buffer when a token leaves no room to read. */
    private void fill() throws IOException, LeftToParser {
        if (eof) {
            return;
        }
        if (pos > 0) {
            back2 = pos >= 2 ? buf[pos - 2] : back1;
            back1 = buf[pos - 1];
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (buf.length - limit < READ) {
            if (buf.length >= MAX_BUFFER) {
                throw LEFT;
            }
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
            text = new char[bigger.length];
        }
        int n;
        try {
            n = in.read(buf, limit, READ);
        } catch (RuntimeException e) {
            // left to the parser as an IOException is: it meets the failure where it met it alone, after handing
            // on what it alone handed on (the scanner, looking a few bytes ahead, may not have reached that far)
            throw LEFT;
        }
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /**
     * Reads until there is no room for another read, or the input ends: a tag longer than a read is parsed again
     * once each time the buffer doubles, not after every read (a hostile start tag of megabytes took seconds).
     */
    private void fillUp() throws IOException, LeftToParser {
        fill();
        while (!eof && buf.length - limit >= READ) {
            fill();
        }
    }

    /** Whether {@code count} bytes from {@code i} are in the buffer, reading more if need be (which moves i). */
    private boolean have(int i, int count) throws IOException, LeftToParser {
        while (limit - i < count && !eof) {
            int moved = pos;
            fill();
            i -= moved - pos;
        }
        return limit - i >= count;
    }

    // ------------------------------------------------------------------------------------------- prolog, epilog

    private void prolog() throws IOException, LeftToParser {
        have(0, 64);
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
        if (startsWith(pos, "<?xml") && limit - pos > 5 && space(buf[pos + 5])) {
            declaration();
        }
        skipSpaces();
        if (pos >= limit || buf[pos] != '<' || !have(pos, 2) || !nameStart(buf[pos + 1])) {
            throw LEFT; // UTF-16, a DOCTYPE, a comment, text before the root, or no root
        }
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}, each part as XML 1.0 allows it. */
    private void declaration() throws IOException, LeftToParser {
        int end = -1;
        while (true) {
            for (int i = pos; i + 1 < limit; i++) {
                if (buf[i] == '?' && buf[i + 1] == '>') {
                    end = i;
                    break;
                }
            }
            if (end >= 0 || eof || limit - pos > 512) {
                break;
            }
            fill();
        }
        if (end < 0) {
            throw LEFT;
        }
        int i = pos + 5;
        String[] names = {"version", "encoding", "standalone"};
        int next = 0;
        boolean first = true;
        while (true) {
            int spaces = i;
            while (i < end && space(buf[i])) {
                i++;
            }
            if (i == end) {
                break;
            }
            if (i == spaces) {
                throw LEFT;
            }
            int nameStart = i;
            while (i < end && buf[i] >= 'a' && buf[i] <= 'z') {
                i++;
            }
            String name = ascii(nameStart, i);
            while (next < names.length && !names[next].equals(name)) {
                next++;
            }
            if (next == names.length || first != name.equals("version")) {
                throw LEFT;
            }
            first = false;
            while (i < end && space(buf[i])) {
                i++;
            }
            if (i >= end || buf[i] != '=') {
                throw LEFT;
            }
            i++;
            while (i < end && space(buf[i])) {
                i++;
            }
            if (i >= end || buf[i] != '"' && buf[i] != '\'') {
                throw LEFT;
            }
            byte quote = buf[i++];
            int valueStart = i;
            while (i < end && buf[i] != quote) {
                i++;
            }
            if (i >= end) {
                throw LEFT;
            }
            String v = ascii(valueStart, i);
            i++;
            boolean ok = switch (name) {
                case "version" -> v.equals("1.0");
                case "encoding" -> v.equalsIgnoreCase("UTF-8");
                default -> v.equals("yes") || v.equals("no");
            };
            if (!ok) {
                throw LEFT;
            }
            next++;
        }
        if (first) {
            throw LEFT; // no version
        }
        pos = end + 2;
    }

    private void skipSpaces() throws IOException, LeftToParser {
        while (true) {
            while (pos < limit && space(buf[pos])) {
                pos++;
            }
            if (pos < limit || eof) {
                return;
            }
            fill();
        }
    }

    /** After the root: spaces to the end, nothing else. */
    private void epilog() throws IOException, LeftToParser {
        skipSpaces();
        if (pos < limit) {
            throw LEFT;
        }
    }

    // ------------------------------------------------------------------------------------------------------ text

    /** The text up to the next {@code <}, handed on; at the end of the input inside the root, left to the parser. */
    private void text() throws IOException, LeftToParser {
        byte[] b = buf;
        char[] o = text;
        int n = 0;
        int i = pos;
        while (true) {
            int safe = eof ? limit : limit - LOOK;
            while (i < safe) {
                int c = b[i];
                if (c >= 0x20 && c != '<' && c != '&' && c != '>' && c != 0x7F) {
                    o[n++] = (char) c; // printable ASCII (bytes from 0x80 are negative)
                    i++;
                } else if (c == '<') {
                    pos = i;
                    deliver(o, n);
                    return;
                } else if (c == '\n' || c == '\t') {
                    o[n++] = (char) c;
                    i++;
                } else if (c == '\r') {
                    o[n++] = '\n';
                    i++;
                    if (i < limit && b[i] == '\n') {
                        i++;
                    }
                } else if (c == '&') {
                    n = reference(i, o, n);
                    i = next;
                } else if (c < 0) {
                    n = utf8(i, o, n);
                    i = next;
                } else if (c == '>' && ((i >= 1 ? b[i - 1] : back1) != ']'
                        || (i >= 2 ? b[i - 2] : i == 1 ? back1 : back2) != ']')) {
                    o[n++] = '>'; // XML allows it, but not after "]]" 
                    i++;
                } else {
                    throw LEFT; // a control character
                }
            }
            if (eof) {
                deliver(o, n);
                pos = i;
                throw LEFT; // the input ends inside the root element
            }
            deliver(o, n);
            n = 0;
            pos = i;
            fill();
            b = buf;
            o = text;
            i = pos;
        }
    }

    private void deliver(char[] o, int n) {
        if (n > 0) {
            handler.characters(o, 0, n);
            chars += n;
        }
    }

    /** Where the last reference or UTF-8 sequence read ended. */
    private int next;

    /** Decodes the reference at {@code i} (an {@code &}) into {@code o}; sets {@link #next}. */
    private int reference(int i, char[] o, int n) throws LeftToParser {
        byte[] b = buf;
        int end = Math.min(limit, i + LOOK);
        int semi = -1;
        for (int k = i + 1; k < end; k++) {
            if (b[k] == ';') {
                semi = k;
                break;
            }
        }
        if (semi < 0) {
            throw LEFT;
        }
        next = semi + 1;
        int length = semi - i - 1;
        if (length >= 2 && b[i + 1] == '#') {
            int v = 0;
            if (b[i + 2] == 'x') {
                if (length < 3 || length > 8) {
                    throw LEFT;
                }
                for (int k = i + 3; k < semi; k++) {
                    int d = Character.digit(b[k], 16);
                    if (d < 0 || b[k] < 0) {
                        throw LEFT;
                    }
                    v = v * 16 + d;
                }
            } else {
                if (length > 8) {
                    throw LEFT;
                }
                for (int k = i + 2; k < semi; k++) {
                    int c = b[k];
                    if (c < '0' || c > '9') {
                        throw LEFT;
                    }
                    v = v * 10 + (c - '0');
                }
            }
            if (!xmlChar(v) || v >= 0x7F && v < 0xA0) {
                throw LEFT; // no XML character; a control character left to the parser
            }
            if (v >= 0x10000) {
                o[n++] = Character.highSurrogate(v);
                o[n++] = Character.lowSurrogate(v);
            } else {
                o[n++] = (char) v;
            }
            return n;
        }
        char c;
        if (length == 2 && b[i + 1] == 'l' && b[i + 2] == 't') {
            c = '<';
        } else if (length == 2 && b[i + 1] == 'g' && b[i + 2] == 't') {
            c = '>';
        } else if (length == 3 && b[i + 1] == 'a' && b[i + 2] == 'm' && b[i + 3] == 'p') {
            c = '&';
        } else if (length == 4 && b[i + 1] == 'q' && b[i + 2] == 'u' && b[i + 3] == 'o' && b[i + 4] == 't') {
            c = '"';
        } else if (length == 4 && b[i + 1] == 'a' && b[i + 2] == 'p' && b[i + 3] == 'o' && b[i + 4] == 's') {
            c = '\'';
        } else {
            throw LEFT; // an entity no DTD declares (and there is none)
        }
        o[n++] = c;
        return n;
    }

    /** Decodes the UTF-8 sequence at {@code i} into {@code o}, strictly; sets {@link #next}. */
    private int utf8(int i, char[] o, int n) throws LeftToParser {
        byte[] b = buf;
        int lead = b[i] & 0xFF;
        int count;
        int cp;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
            cp = lead & 0x1F;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            cp = lead & 0x0F;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            cp = lead & 0x07;
            min = 0x10000;
        } else {
            throw LEFT;
        }
        if (i + count >= limit) {
            throw LEFT; // cut off by the end of the input
        }
        for (int k = 1; k <= count; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                throw LEFT;
            }
            cp = cp << 6 | c & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF || cp < 0xA0 || !xmlChar(cp)) {
            throw LEFT; // overlong, out of range, a surrogate, a C1 control (left to the parser), or no XML char
        }
        next = i + count + 1;
        if (cp >= 0x10000) {
            o[n++] = Character.highSurrogate(cp);
            o[n++] = Character.lowSurrogate(cp);
        } else {
            o[n++] = (char) cp;
        }
        return n;
    }

    private static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    // ------------------------------------------------------------------------------------------------------ tags

    private void startTag() throws IOException, LeftToParser {
        int end;
        while ((end = parseStartTag(pos)) < 0) {
            if (eof) {
                throw LEFT;
            }
            fillUp();
        }
        boolean empty = emptyTag;
        int before = bindings;
        int nameStart = pos + 1; // the element's own name; parseStartTag kept its length
        int nameLength = elementNameLength;
        int colon = elementColon;
        if (declarations) {
            declare();
        }
        int binding;
        if (colon < 0) {
            if (defaultFor != bindings) {
                defaultBinding = binding(nameStart, 0);
                defaultFor = bindings;
            }
            binding = defaultBinding;
        } else {
            binding = binding(nameStart, colon - nameStart);
            if (binding < 0) {
                throw LEFT; // an unbound prefix
            }
        }
        if (attributes > 1 || prefixed) {
            checkAttributes();
        }
        boolean sml = binding >= 0 && bindsSml[binding];
        int localStart = colon < 0 ? nameStart : colon + 1;
        int tag = tag(localStart, nameStart + nameLength - localStart);
        if (depth == MAX_DEPTH) {
            throw LEFT;
        }
        push(nameStart, nameLength, tag, sml, before);
        handler.start(tag, sml, this);
        elements++;
        chars = 0;
        if (empty) {
            depth--;
            bindings = before;
            handler.end(tag, sml);
            elements++;
            if (depth == 0) {
                rootDone = true;
            }
        }
        pos = end;
    }

    private int elementNameLength;
    private int elementColon;
    private boolean emptyTag;
    /** Whether the tag has an attribute named xmlns or xmlns:...; one with a prefix. */
    private boolean declarations;
    private boolean prefixed;
    /** The innermost binding of the default namespace while {@link #bindings} is {@link #defaultFor}. */
    private int defaultBinding;
    private int defaultFor = -1;

    /**
     * Reads the start tag at {@code i} (its {@code <}) into the attribute arrays; the index after its {@code >}, or
     * -1 when the buffer ends first. Anything XML does not allow in a tag is left to the parser.
     */
    private int parseStartTag(int i) throws LeftToParser {
        byte[] b = buf;
        byte[] classes = CLASS;
        int end = limit;
        i++;
        int nameStart = i;
        int colon = -1;
        if (i >= end) {
            return -1;
        }
        if (classes[b[i] & 0xFF] != NAME_START) {
            throw LEFT;
        }
        for (i++;; i++) {
            if (i >= end) {
                return -1;
            }
            byte c = b[i];
            if (classes[c & 0xFF] >= NAME_START) {
                continue;
            }
            if (c == ':') {
                if (i + 1 >= end) {
                    return -1;
                }
                if (colon >= 0 || !nameStart(b[i + 1])) {
                    throw LEFT; // a second colon, or none of a name after it
                }
                colon = i;
                continue;
            }
            break;
        }
        elementNameLength = i - nameStart;
        elementColon = colon;
        attributes = 0;
        declarations = false;
        prefixed = false;
        while (true) {
            int spaces = i;
            while (i < end && classes[b[i] & 0xFF] == SPACE) {
                i++;
            }
            if (i >= end) {
                return -1;
            }
            byte c = b[i];
            if (c == '>') {
                emptyTag = false;
                return i + 1;
            }
            if (c == '/') {
                if (i + 1 >= end) {
                    return -1;
                }
                if (b[i + 1] != '>') {
                    throw LEFT;
                }
                emptyTag = true;
                return i + 2;
            }
            if (i == spaces || classes[c & 0xFF] != NAME_START) {
                throw LEFT;
            }
            int an = i;
            int acolon = -1;
            for (i++;; i++) {
                if (i >= end) {
                    return -1;
                }
                byte d = b[i];
                if (classes[d & 0xFF] >= NAME_START) {
                    continue;
                }
                if (d == ':') {
                    if (i + 1 >= end) {
                        return -1;
                    }
                    if (acolon >= 0 || !nameStart(b[i + 1])) {
                        throw LEFT;
                    }
                    acolon = i;
                    continue;
                }
                break;
            }
            int anLength = i - an;
            if (acolon >= 0) {
                prefixed = true;
            }
            if (c == 'x' && anLength >= 5 && b[an + 1] == 'm' && b[an + 2] == 'l' && b[an + 3] == 'n'
                    && b[an + 4] == 's') {
                declarations = true;
            }
            while (i < end && classes[b[i] & 0xFF] == SPACE) {
                i++;
            }
            if (i >= end) {
                return -1;
            }
            if (b[i] != '=') {
                throw LEFT;
            }
            i++;
            while (i < end && classes[b[i] & 0xFF] == SPACE) {
                i++;
            }
            if (i >= end) {
                return -1;
            }
            byte quote = b[i];
            if (quote != '"' && quote != '\'') {
                throw LEFT;
            }
            i++;
            int av = i;
            boolean plain = true;
            while (true) {
                if (i >= end) {
                    return -1;
                }
                byte d = b[i];
                if (d == quote) {
                    break;
                }
                if (d == '<') {
                    throw LEFT;
                }
                if (d < 0x20 || d == '&' || d == 0x7F) {
                    plain = false; // bytes from 0x80 are negative
                }
                i++;
            }
            int avLength = i - av;
            i++;
            if (attributes == attrName.length) {
                growAttributes();
            }
            int k = attributes++;
            attrName[k] = an;
            attrNameLength[k] = anLength;
            attrColon[k] = acolon;
            attrValue[k] = av;
            attrValueLength[k] = avLength;
            attrPlain[k] = plain;
            if (!plain) {
                decodeValue(k); // checked now, as the parser checks every value
            }
        }
    }

    private void growAttributes() {
        int n = attrName.length * 2;
        attrName = java.util.Arrays.copyOf(attrName, n);
        attrNameLength = java.util.Arrays.copyOf(attrNameLength, n);
        attrColon = java.util.Arrays.copyOf(attrColon, n);
        attrValue = java.util.Arrays.copyOf(attrValue, n);
        attrValueLength = java.util.Arrays.copyOf(attrValueLength, n);
        attrPlain = java.util.Arrays.copyOf(attrPlain, n);
    }

    /** The namespace declarations among the attributes, bound for this element and those inside it. */
    private void declare() throws LeftToParser {
        for (int k = 0; k < attributes; k++) {
            int an = attrName[k];
            int length = attrNameLength[k];
            int colon = attrColon[k];
            if (colon < 0 && equalsAscii(an, length, "xmlns")) {
                bind(an, 0, value(k));
            } else if (colon == an + 5 && equalsAscii(an, 5, "xmlns")) {
                int prefixLength = an + length - colon - 1;
                if (equalsAscii(colon + 1, prefixLength, "xml") || equalsAscii(colon + 1, prefixLength, "xmlns")) {
                    throw LEFT;
                }
                String uri = value(k);
                if (uri.isEmpty()) {
                    throw LEFT; // undeclaring a prefix is XML 1.1's
                }
                bind(colon + 1, prefixLength, uri);
            }
        }
    }

    private void bind(int prefixStart, int prefixLength, String uri) throws LeftToParser {
        if (uri.equals("http://www.w3.org/XML/1998/namespace") || uri.equals("http://www.w3.org/2000/xmlns/")) {
            throw LEFT;
        }
        if (bindings == prefixes.length) {
            int n = bindings * 2;
            prefixes = java.util.Arrays.copyOf(prefixes, n);
            bindsSml = java.util.Arrays.copyOf(bindsSml, n);
            uris = java.util.Arrays.copyOf(uris, n);
        }
        prefixes[bindings] = java.util.Arrays.copyOfRange(buf, prefixStart, prefixStart + prefixLength);
        uris[bindings] = uri;
        bindsSml[bindings] = SheetXml.sml(uri);
        bindings++;
        // the cached default is known by the count of bindings alone: after <x xmlns="a"/>, a sibling's
        // xmlns:p="b" brings the count back to where it was inside x, with p's binding where x's default was
        defaultFor = -1;
    }

    /** The innermost binding of the prefix (empty: the default namespace), or -1. */
    private int binding(int prefixStart, int prefixLength) {
        for (int k = bindings - 1; k >= 0; k--) {
            byte[] p = prefixes[k];
            if (p.length == prefixLength && java.util.Arrays.equals(p, 0, prefixLength, buf, prefixStart,
                    prefixStart + prefixLength)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Attributes named twice, or with an unbound prefix, or twice the same name in one namespace, make the tag
     * malformed: left to the parser. {@code xml:} is always bound; an empty default namespace means none.
     */
    private void checkAttributes() throws LeftToParser {
        for (int k = 0; k < attributes; k++) {
            int colon = attrColon[k];
            int an = attrName[k];
            for (int j = 0; j < k; j++) {
                if (attrNameLength[j] == attrNameLength[k] && buf[attrName[j]] == buf[an]
                        && sameBytes(attrName[j], an, attrNameLength[k])) {
                    throw LEFT;
                }
            }
            if (colon < 0) {
                continue;
            }
            int prefixLength = colon - an;
            if (equalsAscii(an, prefixLength, "xmlns") || equalsAscii(an, prefixLength, "xml")) {
                continue;
            }
            int b = binding(an, prefixLength);
            if (b < 0) {
                throw LEFT;
            }
            int localLength = an + attrNameLength[k] - colon - 1;
            for (int j = 0; j < k; j++) {
                int cj = attrColon[j];
                if (cj < 0) {
                    continue;
                }
                int aj = attrName[j];
                int pj = cj - aj;
                if (equalsAscii(aj, pj, "xmlns") || equalsAscii(aj, pj, "xml")) {
                    continue;
                }
                int lj = aj + attrNameLength[j] - cj - 1;
                if (lj == localLength && java.util.Arrays.equals(buf, cj + 1, cj + 1 + lj, buf, colon + 1,
                        colon + 1 + localLength) && uris[binding(aj, pj)].equals(uris[b])) {
                    throw LEFT;
                }
            }
        }
    }

    /** A name of up to 7 bytes packed into a long (with its length), for the end tag's check; else 0. */
    private long packed(int start, int length) {
        if (length > 7) {
            return 0;
        }
        long v = 0;
        for (int k = 0; k < length; k++) {
            v = v << 8 | buf[start + k] & 0xFF;
        }
        return v << 4 | length;
    }

    private void push(int nameStart, int nameLength, int tag, boolean sml, int before) {
        int at = nameAt[depth];
        long p = packed(nameStart, nameLength);
        packedNames[depth] = p;
        if (p == 0) {
            if (at + nameLength > names.length) {
                names = java.util.Arrays.copyOf(names, Math.max(names.length * 2, at + nameLength));
            }
            System.arraycopy(buf, nameStart, names, at, nameLength);
        }
        nameAt[depth + 1] = at + nameLength;
        tags[depth] = tag;
        smls[depth] = sml;
        bindingsBefore[depth] = before;
        depth++;
    }

    private void endTag() throws IOException, LeftToParser {
        int end;
        while ((end = parseEndTag(pos)) < 0) {
            if (eof) {
                throw LEFT;
            }
            fillUp();
        }
        depth--;
        bindings = bindingsBefore[depth];
        int tag = tags[depth];
        boolean sml = smls[depth];
        handler.end(tag, sml);
        elements++;
        chars = 0;
        pos = end;
        if (depth == 0) {
            rootDone = true;
        }
    }

    /** The end tag at {@code i} checked against the open element; the index after it, or -1 (buffer ends first). */
    private int parseEndTag(int i) throws LeftToParser {
        byte[] b = buf;
        int at = nameAt[depth - 1];
        int length = nameAt[depth] - at;
        int end = i + 2 + length;
        if (end > limit) {
            return -1;
        }
        long p = packedNames[depth - 1];
        if (p != 0 ? p != packed(i + 2, length)
                : !java.util.Arrays.equals(b, i + 2, end, names, at, at + length)) {
            throw LEFT;
        }
        int k = end;
        while (k < limit && space(b[k])) {
            k++;
        }
        if (k >= limit) {
            return -1;
        }
        if (b[k] != '>') {
            throw LEFT; // a longer name, or something else
        }
        return k + 1;
    }

    // ------------------------------------------------------------------------------------- the element's values

    @Override
    public String attribute(String local) {
        int k = attributeIndex(local);
        return k < 0 ? null : value(k);
    }

    /** The attribute of this local name in no namespace (no prefix), or -1. */
    private int attributeIndex(String local) {
        for (int k = 0; k < attributes; k++) {
            if (attrColon[k] < 0 && equalsAscii(attrName[k], attrNameLength[k], local)) {
                return k;
            }
        }
        return -1;
    }

    /** The value of attribute k, decoded; a plain one (ASCII, no reference, no space to normalise) as is. */
    private String value(int k) {
        if (attrPlain[k]) {
            return new String(buf, attrValue[k], attrValueLength[k], StandardCharsets.ISO_8859_1);
        }
        try {
            int n = decodeValue(k);
            return new String(value, 0, n);
        } catch (LeftToParser e) {
            throw new IllegalStateException("checked when the tag was read", e);
        }
    }

    /** Decodes attribute k's value into {@link #value} as XML 1.0 normalises it; its length. */
    private int decodeValue(int k) throws LeftToParser {
        int i = attrValue[k];
        int end = i + attrValueLength[k];
        if (value.length < attrValueLength[k] + 2) {
            value = new char[attrValueLength[k] + 2];
        }
        char[] o = value;
        int n = 0;
        byte[] b = buf;
        int savedLimit = limit;
        limit = end; // a reference or sequence must end inside the value
        try {
            while (i < end) {
                int c = b[i];
                if (c >= 0x20 && c != '&' && c != 0x7F) {
                    o[n++] = (char) c;
                    i++;
                } else if (c == '\t' || c == '\n') {
                    o[n++] = ' ';
                    i++;
                } else if (c == '\r') {
                    o[n++] = ' ';
                    i++;
                    if (i < end && b[i] == '\n') {
                        i++;
                    }
                } else if (c == '&') {
                    n = reference(i, o, n);
                    i = next;
                } else if (c < 0) {
                    n = utf8(i, o, n);
                    i = next;
                } else {
                    throw LEFT;
                }
            }
        } finally {
            limit = savedLimit;
        }
        return n;
    }

    @Override
    public void readCell() {
        int r = -1;
        int t = -1;
        int s = -1;
        for (int k = 0; k < attributes; k++) {
            if (attrColon[k] >= 0 || attrNameLength[k] != 1) {
                continue;
            }
            switch (buf[attrName[k]]) {
                case 'r' -> r = k;
                case 't' -> t = k;
                case 's' -> s = k;
                default -> {
                }
            }
        }
        cellR = r;
        cellT = t;
        cellS = s;
    }

    @Override
    public int column() {
        int k = cellR;
        if (k < 0) {
            return SheetXml.NO_REF;
        }
        if (!attrPlain[k]) {
            return SheetXml.Rows.column(value(k));
        }
        byte[] b = buf;
        int start = attrValue[k];
        int end = start + attrValueLength[k];
        int col = 0;
        int i = start;
        for (; i < end && i - start < 4; i++) {
            int c = b[i];
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return i == start ? -1 : col - 1;
    }

    @Override
    public int type() {
        int k = cellT;
        if (k < 0) {
            return SheetXml.T_NONE;
        }
        if (attrPlain[k]) {
            int v = attrValue[k];
            int length = attrValueLength[k];
            byte c = length > 0 ? buf[v] : 0;
            if (length == 1) {
                return c == 's' ? SheetXml.T_S : c == 'b' ? SheetXml.T_B : c == 'e' ? SheetXml.T_E : SheetXml.T_OTHER;
            }
            if (length == 3 && c == 's' && buf[v + 1] == 't' && buf[v + 2] == 'r') {
                return SheetXml.T_STR;
            }
        }
        return SheetXml.typeCode(value(k));
    }

    @Override
    public int style() {
        int k = cellS;
        if (k < 0) {
            return SheetXml.NO_STYLE;
        }
        int length = attrValueLength[k];
        if (attrPlain[k] && length > 0 && length <= 9) {
            int v = 0;
            int start = attrValue[k];
            boolean digits = true;
            for (int i = start; i < start + length; i++) {
                int c = buf[i];
                if (c < '0' || c > '9') {
                    digits = false;
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (digits) {
                return v;
            }
        }
        return Integer.parseInt(value(k).trim());
    }

    // ----------------------------------------------------------------------------------------------------- bytes

    /** The element's local name as one of {@link SheetXml}'s tag numbers. */
    private int tag(int start, int length) {
        byte[] b = buf;
        switch (length) {
            case 1 -> {
                return switch (b[start]) {
                    case 'c' -> SheetXml.TAG_C;
                    case 'f' -> SheetXml.TAG_F;
                    case 'v' -> SheetXml.TAG_V;
                    case 't' -> SheetXml.TAG_T;
                    default -> SheetXml.TAG_OTHER;
                };
            }
            case 2 -> {
                return equalsAscii(start, 2, "is") ? SheetXml.TAG_IS : SheetXml.TAG_OTHER;
            }
            case 3 -> {
                return equalsAscii(start, 3, "row") ? SheetXml.TAG_ROW
                        : equalsAscii(start, 3, "col") ? SheetXml.TAG_COL : SheetXml.TAG_OTHER;
            }
            case 9 -> {
                return equalsAscii(start, 9, "mergeCell") ? SheetXml.TAG_MERGE_CELL
                        : equalsAscii(start, 9, "inlineStr") ? SheetXml.TAG_INLINE_STR : SheetXml.TAG_OTHER;
            }
            default -> {
                return SheetXml.TAG_OTHER;
            }
        }
    }

    private boolean sameBytes(int a, int b, int length) {
        for (int k = 0; k < length; k++) {
            if (buf[a + k] != buf[b + k]) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int i, String s) {
        return limit - i >= s.length() && equalsAscii(i, s.length(), s);
    }

    private boolean equalsAscii(int start, int length, String s) {
        if (length != s.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (buf[start + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private String ascii(int start, int end) {
        return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** Byte classes, by the byte's unsigned value: a table look-up costs less than a chain of comparisons. */
    private static final byte[] CLASS = new byte[256];
    private static final byte SPACE = 1;
    /** ASCII name start characters; any other (a letter beyond ASCII) leaves the sheet to the parser. */
    private static final byte NAME_START = 2;
    private static final byte NAME = 3;

    static {
        for (int c = 0; c < 128; c++) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                CLASS[c] = NAME_START;
            } else if (c >= '0' && c <= '9' || c == '-' || c == '.') {
                CLASS[c] = NAME;
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                CLASS[c] = SPACE;
            }
        }
    }

    private static boolean space(byte c) {
        return CLASS[c & 0xFF] == SPACE;
    }

    private static boolean nameStart(byte c) {
        return CLASS[c & 0xFF] == NAME_START;
    }

    private static boolean nameChar(byte c) {
        return CLASS[c & 0xFF] >= NAME_START;
    }
}
