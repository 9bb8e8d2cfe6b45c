package org.plnkit.report.exchange;

/**
 * Keeps spreadsheet programs from running CSV cells as formulas ("CSV injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return, after any leading apostrophes, gets one more leading {@code '}, the
 * convention spreadsheets and Network Canvas use; reading removes exactly that one again, so values survive.
 *
 * @since 0.1.0
 */
public final class CsvSafety {
    private static final String TRIGGERS = "=+-@\t\r";

    private CsvSafety() {
    }

    /** The cell as written: with a leading {@code '} when a spreadsheet would take it for a formula. */
    public static String guard(String cell) {
        return needsGuard(cell, 0) ? "'" + cell : cell;
    }

    /** The value a guarded cell stands for. */
    public static String unguard(String cell) {
        return cell.startsWith("'") && needsGuard(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return i < s.length() && TRIGGERS.indexOf(s.charAt(i)) >= 0;
    }
}
