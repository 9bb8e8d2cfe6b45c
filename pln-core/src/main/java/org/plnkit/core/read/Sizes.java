package org.plnkit.core.read;

import java.util.Locale;

/** File sizes and counts in words people read: {@code 12 KB}, {@code 64.0 MB}, {@code 1,048,576}. */
final class Sizes {
    private Sizes() {
    }

    static String mb(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }

    /** A count with thousands separators, the same in every locale: {@code 1,048,576}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
