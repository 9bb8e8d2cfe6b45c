package org.plnkit.report.district;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How anonymized district outputs name the participant files of a folder: such files are often named after their
 * participant ({@code maria-lopez.yaml}), so each becomes {@code folder/(participant file 1)},
 * {@code (participant file 2)}… in order of first mention; {@code pln validate FOLDER} names them. Other files
 * (the workbook, {@code connections.csv}) keep their names. When names are shown, every name is kept.
 *
 * <pre>{@code
 * FileLabels files = new FileLabels(true);
 * files.file("cohort/maria-lopez.yaml");                  // cohort/(participant file 1)
 * files.text("id is also used in cohort/maria-lopez.yaml"); // id is also used in cohort/(participant file 1)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FileLabels {
    private static final Pattern PARTICIPANT_FILE = Pattern.compile("[^\\s;,\"()]+\\.(?:ya?ml|json)(?![\\w.])",
            Pattern.CASE_INSENSITIVE);

    private final boolean hide;
    private final Map<String, String> labels = new HashMap<>();

    /** @param hide whether participant files are numbered (anonymized outputs) or keep their names */
    public FileLabels(boolean hide) {
        this.hide = hide;
    }

    /** A file as the outputs show it. */
    public String file(String path) {
        if (!hide || !PARTICIPANT_FILE.matcher(path).matches()) {
            return path;
        }
        return labels.computeIfAbsent(path, p -> {
            int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
            return (slash < 0 ? "" : p.substring(0, slash + 1)) + "(participant file " + (labels.size() + 1) + ")";
        });
    }

    /** A text with every participant file in it shown as {@link #file} shows it. */
    public String text(String text) {
        if (!hide) {
            return text;
        }
        Matcher m = PARTICIPANT_FILE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(file(m.group())));
        }
        return m.appendTail(b).toString();
    }
}
