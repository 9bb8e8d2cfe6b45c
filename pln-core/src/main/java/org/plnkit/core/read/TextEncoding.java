package org.plnkit.core.read;

import org.plnkit.core.problem.Reason;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Arg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how the bytes of a text input are to be decoded, in one pass that keeps only a few bytes. UTF-8 (with
 * or without a BOM) is the contract. A file that is not UTF-8 but reads as Windows-1252 (what Excel on Windows
 * saves as "CSV (Comma delimited)", and what older Notepad saved as "ANSI") is decoded as Windows-1252, with a
 * warning that quotes its first line with letters beyond ASCII so that the user can check them. A file that mixes
 * UTF-8 with other bytes, or has bytes Windows-1252 does not define, is refused with the line of the first bad
 * byte.
 */
final class TextEncoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * What was found.
     *
     * @param charset   how to decode the text, when it can be
     * @param skip      bytes of BOM to skip before decoding
     * @param line      the line the warning or error is about (0: the whole file)
     * @param message   a warning (when {@code charset} is present) or an error (when it is not); empty when all is well
     */
    record Detected(Optional<Charset> charset, int skip, int line, Optional<Reason> message) {
        boolean isError() {
            return charset.isEmpty();
        }
    }

    private TextEncoding() {
    }

    /**
     * Reads the whole stream to decide. {@code saveAs} names the right format in messages ({@code "CSV UTF-8"});
     * {@code whoWrites1252} says who saves Windows-1252 ({@code Excel's "CSV (Comma delimited)"}).
     */
    static Detected detect(InputStream in, String saveAs, String whoWrites1252) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n = in.readNBytes(buf, 0, 3);
        int skip = 0;
        if (n == 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            skip = 3;
            n = 0;
        }
        Scan scan = new Scan();
        scan.feed(buf, 0, n);
        while ((n = in.read(buf)) > 0) {
            scan.feed(buf, 0, n);
        }
        scan.end();
        String save = "; save it as " + saveAs;
        if (scan.invalidLine == 0) {
            return new Detected(Optional.of(StandardCharsets.UTF_8), skip, 0, Optional.empty());
        }
        String bad = String.format(Locale.ROOT, "the file is not UTF-8 text: byte 0x%02X on this line is not UTF-8",
                scan.invalidByte);
        if (skip > 0 || scan.multibyte > 0 || scan.undefined1252) {
            String why = skip > 0 || scan.multibyte > 0 ? " (the file mixes UTF-8 with another encoding)"
                    : " (nor Windows-1252)";
            return new Detected(Optional.empty(), 0, scan.invalidLine, Optional.of(Reason.text(bad + why + save)));
        }
        String sample = new String(scan.sample, 0, scan.sampleLength, WINDOWS_1252).strip();
        return new Detected(Optional.of(WINDOWS_1252), 0, scan.firstHighLine, Optional.of(Reason.of(
                ProblemCode.NOT_UTF8_READ_AS_1252, Arg.word(whoWrites1252), Arg.line(sample), Arg.word(saveAs))));
    }

    /** A UTF-8 validator that counts lines and keeps a little of the first line with bytes beyond ASCII. */
    private static final class Scan {
        int line = 1;
        int need;
        int min;
        int cp;
        int lead;
        int invalidLine;
        int invalidByte;
        long multibyte;
        boolean undefined1252;
        int firstHighLine;
        final byte[] sample = new byte[64];
        int sampleLength;
        /** The last bytes of the current line, for the sample. */
        final byte[] recent = new byte[24];
        int recentLength;
        boolean sampling;

        void feed(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                int x = b[i] & 0xFF;
                if (x >= 0x80 && (x == 0x81 || x == 0x8D || x == 0x8F || x == 0x90 || x == 0x9D)) {
                    undefined1252 = true;
                }
                sample(x);
                if (need > 0) {
                    if ((x & 0xC0) != 0x80) {
                        invalid(lead);
                        need = 0;
                        // the byte itself starts anew
                    } else {
                        cp = cp << 6 | x & 0x3F;
                        if (--need == 0) {
                            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                                invalid(lead);
                            } else {
                                multibyte++;
                            }
                        }
                        continue;
                    }
                }
                if (x == '\n') {
                    line++;
                } else if (x >= 0x80) {
                    lead = x;
                    if (x >= 0xC2 && x <= 0xDF) {
                        need = 1;
                        min = 0x80;
                        cp = x & 0x1F;
                    } else if (x >= 0xE0 && x <= 0xEF) {
                        need = 2;
                        min = 0x800;
                        cp = x & 0x0F;
                    } else if (x >= 0xF0 && x <= 0xF4) {
                        need = 3;
                        min = 0x10000;
                        cp = x & 0x07;
                    } else {
                        invalid(x);
                    }
                }
            }
        }

        void end() {
            if (need > 0) {
                invalid(lead);
            }
        }

        private void invalid(int x) {
            if (invalidLine == 0) {
                invalidLine = line;
                invalidByte = x;
            }
        }

        /** Keeps up to 24 bytes before the first byte beyond ASCII and the rest of its line, up to 64 bytes. */
        private void sample(int x) {
            if (firstHighLine == 0) {
                if (x == '\n' || x == '\r') {
                    recentLength = 0;
                    return;
                }
                if (x < 0x80) {
                    if (recentLength == recent.length) {
                        System.arraycopy(recent, 1, recent, 0, recent.length - 1);
                        recentLength--;
                    }
                    recent[recentLength++] = (byte) x;
                    return;
                }
                firstHighLine = line;
                System.arraycopy(recent, 0, sample, 0, recentLength);
                sampleLength = recentLength;
                sampling = true;
            }
            if (sampling) {
                if (x == '\n' || x == '\r' || sampleLength == sample.length) {
                    sampling = false;
                } else {
                    sample[sampleLength++] = (byte) x;
                }
            }
        }
    }
}
