package org.plnkit.core.read;

import java.util.Optional;

/**
 * Recognises, from its first bytes, a file that is not text whatever its name says: a workbook or another zip,
 * an old Office file, a picture, a PDF, a compressed file, or other binary data. Used to say "this is a PNG image"
 * rather than quote a parser's complaint about byte 0x89.
 */
final class FileKinds {
    /** How many first bytes {@link #binary} looks at. */
    static final int HEAD = 1024;

    private FileKinds() {
    }

    /** What the file is, in words ("a PNG image"), when its first bytes show it is not text; else empty. */
    static Optional<String> binary(byte[] head, int length) {
        if (starts(head, length, 'P', 'K', 3, 4) || starts(head, length, 'P', 'K', 5, 6)) {
            return Optional.of("a zip file (an .xlsx workbook?)");
        }
        if (starts(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an old Office file (.xls or .doc) or a password-protected workbook");
        }
        if (starts(head, length, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (starts(head, length, 'G', 'I', 'F', '8')) {
            return Optional.of("a GIF image");
        }
        if (starts(head, length, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF document");
        }
        if (starts(head, length, 0x1F, 0x8B)) {
            return Optional.of("a gzip-compressed file");
        }
        if (starts(head, length, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("a binary file");
        }
        if (starts(head, length, 0xFF, 0xFE) || starts(head, length, 0xFE, 0xFF)) {
            return Optional.empty(); // UTF-16 text: its NUL bytes are letters' halves
        }
        int n = Math.min(length, HEAD);
        boolean nul = false;
        boolean evenZero = n >= 4;
        boolean oddZero = n >= 4;
        for (int i = 0; i < n; i++) {
            nul |= head[i] == 0;
            if (i % 2 == 0) {
                evenZero &= head[i] == 0;
            } else {
                oddZero &= head[i] == 0;
            }
        }
        if (evenZero || oddZero) {
            return Optional.of("UTF-16 text without a byte-order mark");
        }
        return nul ? Optional.of("a binary file (it holds NUL bytes)") : Optional.empty();
    }

    private static boolean starts(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
