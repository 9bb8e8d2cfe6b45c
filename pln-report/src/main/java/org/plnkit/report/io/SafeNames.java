package org.plnkit.report.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * File and folder names made from data (participant ids, names), safe on Linux, macOS and Windows: only
 * letters, digits, {@code .}, {@code -} and {@code _}; no leading dot; no Windows device names
 * ({@code CON}, {@code NUL}, {@code COM1}…); at most 64 characters. A name that had to change keeps a short
 * hash of the original, so two different ids never map to the same name.
 *
 * <pre>{@code
 * SafeNames.of("maria-lopez")       // maria-lopez
 * SafeNames.of("../../etc/passwd")  // etc-passwd-5f1c2a9b
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SafeNames {
    private static final int MAX = 64;
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    /**
     * Latin letters that do not decompose into a base letter and a mark, so that NFKD alone would drop them
     * ("Łukasz" came out as "ukasz"): written as people write them without the accent.
     */
    private static final String[][] LATIN = {{"Ł", "L"}, {"ł", "l"}, {"Ø", "O"}, {"ø", "o"}, {"Đ", "D"}, {"đ", "d"},
        {"Ð", "D"}, {"ð", "d"}, {"Ħ", "H"}, {"ħ", "h"}, {"ı", "i"}, {"ß", "ss"}, {"ẞ", "SS"}, {"Æ", "AE"},
        {"æ", "ae"}, {"Œ", "OE"}, {"œ", "oe"}, {"Þ", "Th"}, {"þ", "th"}};

    private SafeNames() {
    }

    /** A safe file name for {@code raw}; never empty. */
    public static String of(String raw) {
        String latin = raw;
        for (String[] l : LATIN) {
            latin = latin.replace(l[0], l[1]);
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        s = s.replaceAll("^[._-]+", "").replaceAll("[._-]+$", "");
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        boolean changed = !s.equals(raw) || s.isEmpty() || DEVICES.contains(base.toLowerCase(Locale.ROOT))
                || s.length() > MAX;
        if (!changed) {
            return s;
        }
        String hash = hash(raw);
        String head = s.isEmpty() ? "participant" : s;
        if (head.length() > MAX - 9) {
            head = head.substring(0, MAX - 9).replaceAll("[.-]+$", "");
        }
        return head + "-" + hash;
    }

    private static String hash(String raw) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
