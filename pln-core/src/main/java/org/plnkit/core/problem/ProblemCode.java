package org.plnkit.core.problem;

/**
 * What is wrong with an input, as a stable id, with the format string its message is rendered from. The formats
 * are kept together here so that the wording is reviewed in one place (as guava's {@code GraphConstants} does);
 * each {@code %s} is filled by one {@link Arg} of the {@link Problem}, in order. A code whose last argument is a
 * "did you mean" suggestion names the same message without it ({@link #withoutSuggestion()}), which a redactor
 * uses when the suggestion may not be shown.
 *
 * <p>The names of the codes are stable; the wording of their messages may improve from one version to the next.
 * Messages the readers give in their own words only (no value from the input) use {@link #TEXT}.
 *
 * <p>A remedy says what to give or set in the toolkit's own terms ("set a default kind", "give the participant
 * id"), never an option of one front end: a front end with options of its own adds them to the problem with
 * {@link Problem#withNote}, keyed by the code ({@code pln}'s command line adds {@code (--default kind=person)}).
 */
public enum ProblemCode {
    /** A message in the tool's own words, whole: its one argument is the message. */
    TEXT("%s"),

    // ---------------------------------------------------------------- values of fields
    KIND_UNKNOWN("kind %s is not one of person, organization, resource"),
    KIND_UNKNOWN_SUGGEST("kind %s is not one of person, organization, resource; did you mean %s?", KIND_UNKNOWN),
    CATEGORY_UNKNOWN("category %s is not in the taxonomy; use one of %s"),
    CATEGORY_UNKNOWN_SUGGEST("category %s is not in the taxonomy; did you mean %s?"),
    FREQUENCY_UNKNOWN("frequency %s is not one of %s"),
    FREQUENCY_UNKNOWN_SUGGEST("frequency %s is not one of %s; did you mean %s?", FREQUENCY_UNKNOWN),
    PARTICIPATION_UNKNOWN("participation %s is not one of none, lurker, contributor, leader"),
    PARTICIPATION_UNKNOWN_SUGGEST("participation %s is not one of none, lurker, contributor, leader; did you mean %s?",
            PARTICIPATION_UNKNOWN),
    VALUE_NOT_WHOLE("value %s is not a whole number from 1 to 5"),
    VALUE_OUT_OF_RANGE("value %s is not between 1 and 5"),
    YES_NO_UNKNOWN("%s %s is not yes or no (also y/n, true/false, 1/0)"),
    DATE_NOT_REAL("%s %s is not a real date"),
    DATE_UNKNOWN("%s %s is not a date written YYYY-MM-DD (e.g. 2026-10-20)"),
    DATE_SERIAL("%s %s is a number, not a date: a date cell that lost its date format? As a spreadsheet date it"
            + " is %s; format the cell as a date, or write the date as YYYY-MM-DD"),
    DATE_TWO_DIGIT_YEAR("%s %s has a two-digit year; write the date as YYYY-MM-DD (e.g. 2026-10-20)"),
    DATE_AMBIGUOUS("%s %s could be %s or %s (countries write day and month in different orders); write it as"
            + " YYYY-MM-DD: %s or %s"),
    DATE_READ_AS("%s %s is read as %s (%s)%s; write dates as YYYY-MM-DD"),
    URL_ODD("url %s does not look like a web address"),
    CONTROL_CHARACTERS_CELL("control characters were taken out of this cell (they cannot be shown or written into a"
            + " map or workbook): %s"),
    CONTROL_CHARACTERS_VALUE("control characters were taken out of this value (they cannot be shown or written into"
            + " a map or workbook): %s"),

    // ---------------------------------------------------------------- tables (CSV files, sheets)
    UNKNOWN_COLUMN("unknown column %s is ignored"),
    UNKNOWN_COLUMN_SUGGEST("unknown column %s is ignored; did you mean %s?", UNKNOWN_COLUMN),
    COLUMN_TWICE("column %s is given twice (also %s); this one is ignored"),
    PARTICIPANT_TWICE("%s is already on row %s; each participant has one row"),
    PARTICIPANT_ID_CASE_TWICE("participant_id %s differs only in case from %s on row %s, so they are read as two"
            + " participants; if they are one person, keep one row"),
    /** No longer given by the readers (an unlisted id is {@link #PARTICIPANT_NOT_LISTED_SUGGEST}); kept for programs. */
    PARTICIPANT_ID_CASE("participant_id %s is not in Participants, but %s is; ids differ in case, so they are read"
            + " as two participants"),
    CONNECTION_ID_IS_PARTICIPANT("connection_id %s is the participant's own id; a participant cannot be their own"
            + " connection"),
    LINKED_TO_UNKNOWN("linked_to names %s, which is not a connection of %s"),
    LINKED_TO_LEFT_OUT("linked_to names %s, which is not a connection of %s; its row was left out because of an"
            + " error on it"),
    LINKED_TO_UNKNOWN_SUGGEST("linked_to names %s, which is not a connection of %s; did you mean %s?",
            LINKED_TO_UNKNOWN),
    LINKED_TO_AMBIGUOUS("linked_to %s matches more than one connection of %s; name it by its connection_id"),
    CONNECTION_ID_SHARED("connection_id %s is also given on row %s for %s; both keep it as their shared id, and each"
            + " gets a local id from its name"),
    LINKED_TO_ITSELF("linked_to names this connection itself (%s); a connection cannot be linked to itself"),

    // ---------------------------------------------------------------- workbooks and folders
    ANOTHER_SHEET("the workbook has another sheet named %s; only the first, %s, is read"),
    NO_CONNECTIONS_SHEET("the workbook has no sheet named Connections (its sheets: %s); a cohort workbook needs"
            + " Participants and Connections"),
    FOLDER_OTHER_FILES_CSV("only participants.csv and connections.csv are read in this folder; not %s"),
    FOLDER_PARTICIPANT_FILES_BESIDE_CSV("this folder also holds participant files (%s); they are not read, only the"
            + " CSV files are"),
    WORKBOOK_LOOKALIKE_SHEET("the sheet %s has the columns of %s but is not read: only the sheets named Participants"
            + " and Connections are; to include its rows, copy them into the sheet %s (or delete the sheet if it is"
            + " an old copy)"),
    /** A sheet with the contract's columns under another name, when the workbook has no sheet of that name (#7). */
    WORKBOOK_RENAMED_SHEET("the sheet %s has the columns of %s but another name, so it is not read; rename it %s"),
    /** An organizer made with a district's taxonomy read with another: its Lists sheet names other categories (#7). */
    ORGANIZER_OTHER_TAXONOMY("this PLN organizer was made for other categories than the ones in use (its Lists sheet"
            + " has %s): check it with the taxonomy file it was made with"),
    FOLDER_OTHER_FILES_PARTICIPANTS("only participant files (.yaml, .yml, .json) are read in this folder; not %s"),
    FOLDER_OF_WORKBOOKS("this folder is not a cohort: it holds neither connections.csv nor participant files; to"
            + " read a workbook, give the file itself (%s)"),
    PARTICIPANT_ID_IN_TWO_FILES("participant id %s is also used in %s; each participant has one file"),
    PARTICIPANT_ID_CASE_IN_TWO_FILES("participant id %s differs only in case from %s in %s, so they are read as two"
            + " participants; if they are one person, put their connections in one file"),
    CANNOT_READ("cannot read the file: %s"),
    CANNOT_READ_AS("the file cannot be read as %s: %s"),
    NOT_VALID("not valid %s: %s%s"),
    ALIAS_BOMB("too many YAML aliases (an alias bomb?): %s%s"),
    CSV_NOT_VALID("not valid CSV: %s; the file is not read further"),
    NOT_UTF8_READ_AS_1252("the file is not UTF-8 text; it was read as Windows-1252 (%s), which gives %s on this"
            + " line; if letters look wrong, fix them; save it as %s"),

    // ---------------------------------------------------------------- workbooks that cannot be read (WorkbookSource)
    // A library's own words about the file (which may quote a name from it) are a hidden argument (Arg.detail).
    WORKBOOK_STRICT_XML("this workbook is saved as \"Strict Open XML Spreadsheet\", which cannot be read; open it in"
            + " Excel and save it as a normal Excel Workbook (.xlsx)"),
    WORKBOOK_IS_ODS("this is an OpenDocument spreadsheet (.ods) with an .xlsx name; open it in LibreOffice and save it"
            + " as Excel 2007-365 (.xlsx)"),
    WORKBOOK_INCOMPLETE("the workbook is incomplete or damaged (cut off while it was copied or downloaded?); copy it"
            + " again, or open it in Excel or LibreOffice and save it again as .xlsx"),
    WORKBOOK_SHEET_PART_MISSING("the workbook is damaged: a sheet it lists is missing from inside the file; open it in"
            + " Excel or LibreOffice (which may repair it) and save it again as .xlsx"),
    WORKBOOK_DOCTYPE("the workbook holds an XML document type declaration (DOCTYPE), which Excel never writes and"
            + " which can make a program read other files (an XXE attack); it is not read"),
    WORKBOOK_ZIP_BOMB("the workbook unpacks to far more than its size (a zip bomb?), so it is not read"),
    WORKBOOK_OTHER_ZIP("this is a zip archive but not an Excel workbook; give the .xlsx file itself (save the data"
            + " from Excel or LibreOffice as Excel Workbook (.xlsx))"),
    WORKBOOK_NOT_READABLE("this file is not a readable .xlsx workbook; open it in Excel or LibreOffice and save it as"
            + " an Excel Workbook (.xlsx)"),
    WORKBOOK_DAMAGED("the workbook is damaged and cannot be read; open it in Excel or LibreOffice (which may repair"
            + " it) and save it again as .xlsx"),
    WORKBOOK_NOT_READABLE_DETAIL("this file is not a readable .xlsx workbook (%s)"),
    WORKBOOK_DAMAGED_DETAIL("the workbook is damaged: %s"),
    WORKBOOK_CANNOT_READ_DETAIL("the workbook cannot be read: %s"),

    // ---------------------------------------------------------------- participant files
    CONNECTION_ID_TWICE("connection id %s is used twice (also at line %s)"),
    /** Two connections of one name, not both given an id: most often one source entered twice (the studio's Add). */
    CONNECTION_NAME_TWICE("connection %s has the same name as connection %s: if it is the same source, remove one;"
            + " if not, tell them apart in their names"),
    CONNECTION_WITHOUT_KIND("connection %s has no kind (person, organization or resource)"),
    CONNECTION_WITHOUT_CATEGORY("connection %s has no category"),
    TOPIC_NEAR("topic %s is not one of the participant's topics; did you mean %s?"),
    /** A topics cell or value with commas and no {@code ;}: one topic, which a person rarely means (#7). */
    LAST_CONTACT_AFTER_AS_OF("last_contact %s is after as_of %s: a check-in in the future counts as up to date;"
            + " check the year"),
    TOPICS_COMMAS("topics %s is read as one topic: topics are separated by ; (%s)"),
    LINK_UNKNOWN("link names %s, which is not a connection id in this file"),
    LINK_UNKNOWN_SUGGEST("link names %s, which is not a connection id in this file; did you mean %s?", LINK_UNKNOWN),
    LINK_ITSELF("link joins %s to itself"),
    LINK_TWICE("link %s - %s is given twice; links have no direction"),
    UNKNOWN_FIELD("unknown field %s; it is ignored"),
    UNKNOWN_FIELD_SUGGEST("unknown field %s; did you mean %s?", UNKNOWN_FIELD),
    KEY_TWICE("key %s is given twice (first at line %s); remove one"),
    YAML_ALIAS("YAML aliases (*%s) are not accepted in a participant file; write the value out"),

    // ---------------------------------------------------------------- cohort assembly, imports, taxonomy (#16, #18)
    PARTICIPANT_NOT_LISTED("participant_id %s is not in Participants, so it is read as a participant of its own (its"
            + " id as its name); add a row for them there"),
    PARTICIPANT_NOT_LISTED_SUGGEST("participant_id %s is not in Participants, so it is read as a participant of its"
            + " own (its id as its name); add a row for them there; did you mean %s?", PARTICIPANT_NOT_LISTED),
    /** The organizer's example id left on rows whose other cells were overwritten, one participant listed (#7). */
    TEMPLATE_EXAMPLE_ID_LEFT("participant_id %s is the organizer's example id, left in when its example row was"
            + " overwritten, so these rows are read as a participant of their own; write the participant's id here"
            + " (%s, as on Participants)"),
    /** On a Participants row left out because of an error, whose participant still has connection rows. */
    PARTICIPANT_ROW_LEFT_OUT("this row is left out because of the error on it, so %s is read from their %s connection"
            + " %s only: without the name, school, role, topics, organizer and as_of of this row (their id stands for"
            + " their name); correct the row to keep them"),
    /** On a Participants row left out because of an error, whose participant has no connection row. */
    PARTICIPANT_ROW_LEFT_OUT_ALONE("this row is left out because of the error on it, and no connection row names %s,"
            + " so they are not in the cohort; correct the row to keep them"),
    /** On a Participants row left out because of an error, whose connection rows were all left out for theirs. */
    PARTICIPANT_ROW_LEFT_OUT_ROWS_TOO("this row is left out because of the error on it, and every connection row of"
            + " %s was left out too (see the errors there), so they are not in the cohort; correct the rows to keep"
            + " them"),
    /** A participant listed on Participants whom no connection row names: an empty PLN. */
    PARTICIPANT_NO_CONNECTIONS("%s is listed here, but no connection row names them: their PLN is empty; add their"
            + " connections, or remove this row"),
    /** A participant listed on Participants whose connection rows were all left out for errors of their own. */
    PARTICIPANT_CONNECTIONS_LEFT_OUT("%s is listed here, but every connection row of theirs was left out (see the"
            + " errors there): their PLN is empty; correct those rows"),
    PARTICIPANT_ID_LOOKALIKE("participant_id %s is not in Participants, so this row is left out; did you mean %s?"),
    IMPORT_UNMAPPED("not PLN fields, so ignored: %s; to keep one, map it to a field"),
    TAXONOMY_CATEGORY_TWICE("category %s is defined twice"),
    TAXONOMY_NAME_TAKEN("category %s: %s already names category %s"),
    IMPORT_NODE_ID_TWICE("node id %s is used twice; node ids must be unique"),
    IMPORT_NO_EGO_NODE("there is no node %s to be the participant"),
    IMPORT_NO_EGO_NODE_SUGGEST("there is no node %s to be the participant; did you mean %s?", IMPORT_NO_EGO_NODE),
    /** The one node without kind or category in a file that marks no participant: likely the participant (#7). */
    IMPORT_EGO_HINT("%s is the only node with neither kind nor category: if it is the participant, give %s as the"
            + " ego node"),
    /** Unknown categories in a file with category_label (as the toolkit's export writes it): give its taxonomy (#7). */
    IMPORT_OTHER_TAXONOMY("some categories of this file are not in the taxonomy in use, and it has category_label as"
            + " the toolkit's export writes it: if it was exported with a district's own categories, import it with"
            + " the same taxonomy"),
    IMPORT_TWO_EGOS("nodes %s and %s are both marked as the participant (ego); one PLN has one"),
    /** An edge list read without a node list: its nodes are only names (number of nodes, the two end columns). */
    IMPORT_EDGE_LIST_ONLY("an edge list without a node list: its %s nodes are the names in %s and %s, with no"
            + " attributes; to give kinds, categories and more, add a node list"),
    /** The same, with the edge list's other columns, which are not read. */
    IMPORT_EDGE_LIST_ONLY_IGNORED("an edge list without a node list: its %s nodes are the names in %s and %s, with no"
            + " attributes; edge attributes are not read, so these columns are ignored: %s; to give kinds, categories"
            + " and more, add a node list"),
    IMPORT_EDGE_UNKNOWN_NODE("the edge names node %s, which is not in the file"),
    IMPORT_EDGE_ITSELF("the edge joins %s to itself; it is ignored"),
    IMPORT_LINK_TWICE("the link %s - %s is given twice; links have no direction"),
    IMPORT_FIELD_TWICE("both %s and %s give %s; %s is used"),
    IMPORT_NODE_NO_NAME("node %s has no name%s"),
    IMPORT_NODE_NO_KIND("node %s has no kind (person, organization or resource); map the attribute that gives it or"
            + " set a default kind"),
    IMPORT_NO_KIND("%s has no kind (person, organization or resource); map the attribute that gives it or set a"
            + " default kind"),
    IMPORT_NODE_NO_CATEGORY("node %s has no category; map the attribute that gives it or set a default category,"
            + " such as %s"),
    IMPORT_NO_CATEGORY("%s has no category; map the attribute that gives it or set a default category, such as %s"),
    /** An imported file that names no participant, when none was given either. */
    IMPORT_NO_PARTICIPANT_ID("the file does not say whose PLN it is; give the participant id"),
    /** A file of several networks read for one PLN: the first is read. */
    IMPORT_SEVERAL_NETWORKS("the file holds %s networks (ids: %s); only the first is read; read each, or choose one"
            + " by its id"),
    IMPORT_CONNECTION_ID_TWICE("connection id %s is used twice (also node %s)"),
    TEMPLATE_EXAMPLE_ROWS("the organizer template's example rows (participant %s, in grey italics) are skipped, not"
            + " read as data: %s; delete them when you like"),

    // ---------------------------------------------------------------- Network Canvas exports (#16)
    NETWORK_CANVAS_FOLDER_UNREADABLE("cannot list the folder: %s"),
    NETWORK_CANVAS_NO_CSV("no CSV files of a Network Canvas export were found"),
    NETWORK_CANVAS_NO_INTERVIEW("the export holds no interview (no rows with a networkCanvasEgoUUID)"),
    NETWORK_CANVAS_NO_SUCH_INTERVIEW("no interview has the id %s; the export holds %s"),
    NETWORK_CANVAS_SEVERAL_INTERVIEWS("the export holds %s interviews (%s); choose one by its case id"),
    NETWORK_CANVAS_NO_EDGE_TYPE("no edge list of type %s in the export; its edge types: %s"),
    NETWORK_CANVAS_NO_EDGE_LISTS("no edge list of type %s in the export; it has no edge lists"),
    NETWORK_CANVAS_ADJACENCY_MATRIX("adjacency matrices repeat the edge lists; this one is not read"),
    NETWORK_CANVAS_NOT_AN_EXPORT_FILE("not a file of a Network Canvas CSV export: it has no networkCanvasEgoUUID"
            + " column"),
    NETWORK_CANVAS_ROW_NO_INTERVIEW_COLUMN("this row names no interview (networkCanvasEgoUUID is not a column of the"
            + " file), so it is not read; the export holds several interviews"),
    NETWORK_CANVAS_ROW_NO_INTERVIEW("this row names no interview (networkCanvasEgoUUID is blank), so it is not read;"
            + " the export holds several interviews"),
    NETWORK_CANVAS_OPTIONS_TICKED("several options are ticked for %s (%s); a connection has one %s"),

    // ---------------------------------------------------------------- limits (see org.plnkit.core.read.Limit)
    SHEET_UNPACKS_LIMIT("the sheet %s unpacks to more than %s, so it is not read; the limit is %s for one part of a"
            + " workbook once unpacked"),
    FILE_SIZE_LIMIT("%s; the limit is %s per file"),
    PARTICIPANT_FILE_SIZE_LIMIT("%s; the limit is %s per participant file"),
    UNPACKED_SIZE_LIMIT("%s; the limit is %s for one part of a workbook once unpacked"),
    ROWS_LIMIT("%s; the limit is %s rows per sheet or CSV file"),
    FOLDER_FILES_LIMIT("%s; the limit is %s participant files per folder"),
    CONNECTIONS_LIMIT("%s; the limit is %s connections per participant"),
    CONNECTIONS_LIMIT_PARTICIPANT("%s already has %s connections, so this row is left out; the limit is %s"
            + " connections per participant"),
    PROBLEMS_LIMIT("%s; the limit is %s problems per input");

    private final String format;
    private final ProblemCode withoutSuggestion;
    private final int arity;

    ProblemCode(String format) {
        this(format, null);
    }

    ProblemCode(String format, ProblemCode withoutSuggestion) {
        this.format = format;
        this.withoutSuggestion = withoutSuggestion;
        int n = 0;
        for (int i = format.indexOf("%s"); i >= 0; i = format.indexOf("%s", i + 2)) {
            n++;
        }
        this.arity = n;
    }

    /** The format string: each {@code %s} is one argument. */
    public String format() {
        return format;
    }

    /** How many arguments the code takes. */
    public int arity() {
        return arity;
    }

    /**
     * For a code whose last argument is a "did you mean" suggestion, the code of the same message without it
     * (and with one argument fewer); else empty.
     */
    public java.util.Optional<ProblemCode> withoutSuggestion() {
        return java.util.Optional.ofNullable(withoutSuggestion);
    }
}
