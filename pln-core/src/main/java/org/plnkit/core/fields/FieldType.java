package org.plnkit.core.fields;

/**
 * What a field of the contract holds: how it is parsed (see {@code org.plnkit.core.read.internal.Fields}) and the type an
 * export declares for it ({@link #export()}).
 */
public enum FieldType {
    /** Free text, trimmed. */
    TEXT(Export.STRING),
    /** An id: free text, trimmed, compared without case and spaces. */
    ID(Export.STRING),
    /** person, organization or resource. */
    KIND(Export.STRING),
    /** A category id or label of the taxonomy. */
    CATEGORY(Export.STRING),
    /** One of the contract's frequencies. */
    FREQUENCY(Export.STRING),
    /** A whole number from 1 to 5. */
    VALUE(Export.INTEGER),
    /** yes or no (also y/n, true/false, 1/0). */
    YES_NO(Export.BOOLEAN),
    /** none, lurker, contributor or leader. */
    PARTICIPATION(Export.STRING),
    /** A date, YYYY-MM-DD. */
    DATE(Export.DATE),
    /** A web address. */
    URL(Export.STRING),
    /** A list of texts: a YAML list, or one cell separated by semicolons. */
    TEXT_LIST(Export.STRING),
    /** Other connections of the participant, by name or id (a cohort's {@code linked_to}). */
    LINKS(Export.STRING);

    /** The types graph formats know (GraphML, GEXF, CSV with a header of types). */
    public enum Export {
        STRING, INTEGER, BOOLEAN, DATE
    }

    private final Export export;

    FieldType(Export export) {
        this.export = export;
    }

    /** The type an export declares for a field of this type; lists are one text value. */
    public Export export() {
        return export;
    }
}
