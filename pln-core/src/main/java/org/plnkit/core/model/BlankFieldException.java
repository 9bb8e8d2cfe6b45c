package org.plnkit.core.model;

import java.util.List;

/**
 * A required field of a participant, a connection or a link given blank (empty or only spaces) in code: the same
 * rule the file readers apply, which report it as a problem at the field instead ("this connection has no name",
 * "participant id is missing"). Its {@link #fields()} name the fields as a participant file does, so that a tool
 * can point at its own control; its message says which record and which fields.
 *
 * <pre>{@code
 * try {
 *     Connection.builder("jane", " ", Kind.PERSON, "mentors").build();
 * } catch (BlankFieldException e) {
 *     e.fields();       // [name]
 *     e.getMessage();   // connection "jane": name is blank; every connection needs an id, a name, a kind and a
 *                       // category, as in a participant file
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BlankFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String record;
    private final List<String> fields;

    /**
     * @param record what the fields belong to: {@code participant}, {@code connection} or {@code link}
     * @param who    how the message names it (an id or a name), or empty when it has neither
     * @param fields every blank field, in the record's order
     * @param needs  the rest of the sentence "every {@code record} needs …"
     */
    BlankFieldException(String record, String who, List<String> fields, String needs) {
        super(record + (who.isEmpty() ? "" : " \"" + who + "\"") + ": " + words(fields)
                + (fields.size() == 1 ? " is" : " are") + " blank; every " + record + " needs " + needs
                + ", as in a participant file");
        this.record = record;
        this.fields = List.copyOf(fields);
    }

    private static String words(List<String> fields) {
        int last = fields.size() - 1;
        return last == 0 ? fields.get(0) : String.join(", ", fields.subList(0, last)) + " and " + fields.get(last);
    }

    /** {@code participant}, {@code connection} or {@code link}. */
    public String record() {
        return record;
    }

    /** The blank fields, named as in a participant file ({@code id}, {@code name}, {@code category}, {@code from}, {@code to}). */
    public List<String> fields() {
        return fields;
    }
}
