package org.plnkit.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.internal.Spelling;
import org.plnkit.core.fields.Field;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.Fields;
import org.plnkit.core.read.internal.TemplateExamples;
import org.plnkit.core.read.internal.Text;

/**
 * Builds a {@link Cohort} from the rows of a Participants table and a Connections table, whatever they come
 * from (workbook sheets or CSV files), so that a row means the same in both. Each row is checked with
 * {@link Fields}; a row with an error is reported and left out, the others are kept. Connection ids and
 * {@code linked_to} are resolved per participant once every row is in, because a row may name a connection
 * further down. Feed the Participants table (when there is one) before the Connections table.
 */
final class CohortAssembler {
    static final List<String> PARTICIPANT_COLUMNS = ContractFields.columns(Field.Part.PARTICIPANT);
    static final List<String> CONNECTION_COLUMNS = ContractFields.columns(Field.Part.CONNECTION);

    private static final int P_ID = column(PARTICIPANT_COLUMNS, "participant_id");
    private static final int P_NAME = column(PARTICIPANT_COLUMNS, "name");
    private static final int P_SCHOOL = column(PARTICIPANT_COLUMNS, "school");
    private static final int P_ROLE = column(PARTICIPANT_COLUMNS, "role");
    private static final int P_TOPICS = column(PARTICIPANT_COLUMNS, "topics");
    private static final int P_ORGANIZER = column(PARTICIPANT_COLUMNS, "organizer");
    private static final int P_AS_OF = column(PARTICIPANT_COLUMNS, "as_of");

    private static final int C_PID = column(CONNECTION_COLUMNS, "participant_id");
    private static final int C_NAME = column(CONNECTION_COLUMNS, "connection_name");
    private static final int C_KIND = column(CONNECTION_COLUMNS, "kind");
    private static final int C_CATEGORY = column(CONNECTION_COLUMNS, "category");
    private static final int C_ID = column(CONNECTION_COLUMNS, "connection_id");
    private static final int C_URL = column(CONNECTION_COLUMNS, "url");
    private static final int C_MET_VIA = column(CONNECTION_COLUMNS, "met_via");
    private static final int C_FREQUENCY = column(CONNECTION_COLUMNS, "frequency");
    private static final int C_VALUE = column(CONNECTION_COLUMNS, "value");
    private static final int C_GIVES_BACK = column(CONNECTION_COLUMNS, "gives_back");
    private static final int C_PARTICIPATION = column(CONNECTION_COLUMNS, "participation");
    private static final int C_WANTS_MORE = column(CONNECTION_COLUMNS, "wants_more");
    private static final int C_TOPICS = column(CONNECTION_COLUMNS, "topics");
    private static final int C_LAST_CONTACT = column(CONNECTION_COLUMNS, "last_contact");
    private static final int C_LINKED_TO = column(CONNECTION_COLUMNS, "linked_to");

    /** The place of a column of the contract that this class reads by name; fails at class load if it is gone. */
    private static int column(List<String> columns, String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("the contract has no column " + name);
        }
        return i;
    }

    /** Warnings listed per column of a table; the rest are counted (see {@link #warn}). */
    static final int WARNINGS_PER_COLUMN = 100;
    /** What Excel shows in a cell whose formula failed; a CSV export writes them as text. */
    private static final Set<String> SPREADSHEET_ERRORS = Set.of("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
            "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!");

    private final Taxonomy taxonomy;
    private final Limits limits;
    private final Problems problems;
    private final Interner interner = new Interner();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();
    // the meaning of each distinct cell text that raised no problem, so that 200,000 rows parse each spelling once
    private final Map<String, Optional<Kind>> kinds = new HashMap<>();
    private final Map<String, Optional<Category>> categories = new HashMap<>();
    // the parsers of fields that need this assembler's taxonomy or interner, made once: a lambda that captures
    // them is a new object on each of a cohort's 200,000 rows, which the quick compiler makes slowly (#17)
    private final FieldParser<Category> categoryParser = (x, at, ps) -> Fields.category(x, taxonomy(), at, ps);
    private final FieldParser<String> urlParser = (x, at, ps) -> interner.text(Fields.url(x, at, ps));
    private final FieldParser<LocalDate> lastContactParser =
            (x, at, ps) -> interner.date(Fields.date("last_contact", x, at, ps));
    private final Map<String, Optional<String>> urls = new HashMap<>();
    private final Map<String, Optional<Frequency>> frequencies = new HashMap<>();
    private final Map<String, Optional<Integer>> values = new HashMap<>();
    private final Map<String, Optional<Boolean>> givesBacks = new HashMap<>();
    private final Map<String, Optional<Participation>> participations = new HashMap<>();
    private final Map<String, Optional<Boolean>> wantsMores = new HashMap<>();
    private final Map<String, Optional<LocalDate>> dates = new HashMap<>();
    /** The topic list of each distinct topics cell, as {@link #topics} gives it (a cohort repeats a few thousand). */
    private final Map<String, List<String>> topicLists = new HashMap<>();
    /** The slug of each distinct connection name (shared organizations and resources are named on many rows). */
    private final Map<String, String> slugs = new HashMap<>();
    /** Edit distances between connection topics and participant topics, asked about on every row. */
    private final Spelling.Memo topicDistances = new Spelling.Memo();
    /** By a participant's topics (a shared list): the warnings of each connection topic list (#17). */
    private final Map<List<String>, Map<List<String>, List<String[]>>> nearTopicWarnings = new IdentityHashMap<>();
    /** By a participant's topics: the participant topic each connection topic is a likely typo of, if any. */
    private final Map<List<String>, Map<String, Optional<String>>> nearTopicGuesses = new IdentityHashMap<>();
    /** Names of rows left out, per participant, to explain a link to one of them. */
    private final Map<String, Set<String>> rejectedNames = new HashMap<>();
    private Table connections;
    private Table participantsTable;
    /**
     * Ids of Participants rows left out because of an error, with the first such row: their connection rows are not
     * called unlisted, a look-alike of one of them is a typo of it, and {@link #build} says what became of each.
     */
    private final Map<String, Integer> rejectedParticipants = new LinkedHashMap<>();
    /** Listed participants by their id in lower case: the first listed in each case-insensitive spelling. */
    private final Map<String, Member> listedByCase = new HashMap<>();
    /** Listed ids by {@link #looseId}, made when the first unlisted id is met (Participants is read first). */
    private Map<String, String> looseListedIds;
    /** The listed ids prepared for "did you mean" (a cohort can list 100,000 and have hundreds unlisted). */
    private Spelling.Index listedIdIndex;
    /** The suggestion for each unlisted participant id, found once. */
    private final Map<String, Optional<String>> unlistedIds = new HashMap<>();
    /** Unlisted participant ids already warned about (once per id, not per row). */
    private final Set<String> warnedUnlisted = new HashSet<>();
    private boolean fatal;

    /** The taxonomy the rows' categories are read with. */
    Taxonomy taxonomy() {
        return taxonomy;
    }

    CohortAssembler(Taxonomy taxonomy, Limits limits, Problems problems) {
        this.taxonomy = taxonomy;
        this.limits = limits;
        this.problems = problems;
    }

    /** The sink for the Participants table. */
    TableSink participants(String file, Optional<String> sheet, TableSink.Places places) {
        Table t = new Table(file, sheet, places, PARTICIPANT_COLUMNS, List.of(P_ID), "Participants", false);
        tables.add(t);
        participantsTable = t;
        return t;
    }

    /** The sink for the Connections table. */
    TableSink connections(String file, Optional<String> sheet, TableSink.Places places) {
        Table t = new Table(file, sheet, places, CONNECTION_COLUMNS, List.of(C_PID, C_NAME, C_KIND, C_CATEGORY),
                "Connections", true);
        tables.add(t);
        connections = t;
        return t;
    }

    /** Marks the cohort as unusable: a table could not be read to its end. */
    void fatal() {
        fatal = true;
    }

    /** Whether a table could not be read, so that the cohort must not be used. */
    boolean isFatal() {
        return fatal || tables.stream().anyMatch(t -> t.stopped);
    }

    List<RowCounts> counts() {
        return tables.stream().map(t -> new RowCounts(t.file, t.sheet, t.accepted + t.rejected, t.accepted,
                t.rejected, t.blank)).toList();
    }

    /** Resolves connection ids and links per participant; participants in order of first appearance. */
    Cohort build() {
        if (isFatal()) {
            // a table not read to its end (a zip bomb, a damaged sheet, a quote never closed) leaves no cohort to
            // use: what would become of each participant read so far is not so (one warning per participant buried
            // the one error), and a linked_to naming a row past the cut is no error of the row
            summarizeWarnings();
            return new Cohort(List.of());
        }
        sayWhatBecameOfRejectedParticipants();
        List<Pln> plns = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            if (m.participant != null && m.pending.isEmpty()) {
                sayPlnIsEmpty(m);   // after the rows, not on each of them: the Connections loop stays as it was
            }
            plns.add(build(m));
            m.pending = null;
        }
        summarizeWarnings();
        return new Cohort(plns);
    }

    private Member known(String id) {
        return members.get(id);
    }

    /**
     * For each participant whose Participants row was left out (and who has no other row there), a warning on that
     * row that says what happens to them: their connection rows are still read, without the name, school, role,
     * topics, organizer and as_of of the row; or, with no connection row (or only rows left out for their own
     * errors), they are not in the cohort at all.
     */
    private void sayWhatBecameOfRejectedParticipants() {
        for (Map.Entry<String, Integer> e : rejectedParticipants.entrySet()) {
            Member m = members.get(e.getKey());
            if (m != null && m.participant != null) {
                continue; // a later row of theirs was read
            }
            Place at = participantsTable.at(e.getValue(), P_ID);
            int n = m == null ? 0 : m.pending.size();
            warn(participantsTable, P_ID, n == 0
                    ? Problem.warning(at, rejectedNames.containsKey(e.getKey())
                            ? ProblemCode.PARTICIPANT_ROW_LEFT_OUT_ROWS_TOO : ProblemCode.PARTICIPANT_ROW_LEFT_OUT_ALONE,
                            Arg.participant(e.getKey()))
                    : Problem.warning(at, ProblemCode.PARTICIPANT_ROW_LEFT_OUT, Arg.participant(e.getKey()),
                            Arg.number(Sizes.count(n)), Arg.word(n == 1 ? "row" : "rows")));
        }
    }

    /**
     * A warning on the Participants row of a participant whom no accepted connection row names: listed, their PLN is
     * empty, which a coordinator would otherwise learn only from a report with nothing in it.
     */
    private void sayPlnIsEmpty(Member m) {
        Place at = participantsTable.at(m.listedRow, P_ID);
        warn(participantsTable, P_ID, Problem.warning(at, rejectedNames.containsKey(m.id)
                ? ProblemCode.PARTICIPANT_CONNECTIONS_LEFT_OUT : ProblemCode.PARTICIPANT_NO_CONNECTIONS,
                Arg.participant(m.id)));
    }

    // ---------------------------------------------------------------- one participant

    /** A participant as the rows come in: the Participants row (when there is one) and its connection rows. */
    private static final class Member {
        final String id;
        Participant participant;
        int listedRow;
        List<Pending> pending = new ArrayList<>();

        Member(String id) {
            this.id = id;
        }
    }

    /**
     * An accepted connection row; its local id and links are settled when all rows are in. The slug of its name is
     * worked out with the row (interned), on the thread that builds rows while the sheet is parsed, rather than in
     * {@link #build} after the parse, where nothing runs beside it (#17).
     */
    private record Pending(RowFields fields, String explicitId, String linkedTo, int row, String slug) {
        String name() {
            return fields.name;
        }
    }

    /**
     * A connection row's fields, its {@link Connection} made once in {@link #build} when its id is settled (not
     * made on the row with a placeholder id and again with its id: a second object of each row, and the array of
     * each constructor's null check, that the collector copied while the sheet was read, #17).
     */
    private record RowFields(Optional<String> sharedId, String name, Kind kind, String category, Optional<String> url,
                          Optional<String> metVia, Optional<Frequency> frequency, Optional<Integer> value,
                          Optional<Boolean> givesBack, Optional<Participation> participation,
                          Optional<Boolean> wantsMore, List<String> topics, Optional<LocalDate> lastContact) {
        Connection withId(String id) {
            return new Connection(id, sharedId, name, kind, category, url, metVia, frequency, value, givesBack,
                    participation, wantsMore, topics, lastContact);
        }
    }

    private Pln build(Member m) {
        Participant participant = m.participant != null ? m.participant : Participant.of(m.id);
        List<Pending> rows = m.pending;
        int n = rows.size();
        Map<String, Integer> idCount = new HashMap<>();
        for (Pending r : rows) {
            if (r.explicitId != null) {
                idCount.merge(r.explicitId, 1, Integer::sum);
            }
        }
        // explicit ids unique within the participant are local ids too; they are taken before any slug
        Set<String> used = new HashSet<>();
        for (Pending r : rows) {
            if (r.explicitId != null && idCount.get(r.explicitId) == 1) {
                used.add(r.explicitId);
            }
        }
        String[] ids = new String[n];
        Map<String, Integer> firstRowWithId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Pending r = rows.get(i);
            if (r.explicitId != null && idCount.get(r.explicitId) == 1) {
                ids[i] = r.explicitId;
                continue;
            }
            if (r.explicitId != null) {
                Integer first = firstRowWithId.putIfAbsent(r.explicitId, r.row);
                if (first != null) {
                    warn(connections, C_ID, Problem.warning(connections.at(r.row, C_ID),
                            ProblemCode.CONNECTION_ID_SHARED, Arg.connection(r.explicitId), Arg.number(first),
                            Arg.participant(m.id)));
                }
            }
            String base = r.slug;
            if (base.isEmpty()) {
                base = "connection-" + (i + 1);
            }
            String id = base;
            for (int k = 2; !used.add(id); k++) {
                id = base + "-" + k;
            }
            ids[i] = id == r.slug ? id : interner.string(id); // the slug is interned already
        }
        List<Connection> built = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            built.add(rows.get(i).fields.withId(ids[i]));
        }
        return new Pln(participant, built, links(m, rows, ids));
    }

    private List<Link> links(Member m, List<Pending> rows, String[] ids) {
        boolean any = false;
        for (Pending r : rows) {
            any |= r.linkedTo != null;
        }
        if (!any) {
            return List.of();
        }
        // a token names a connection by its id, else by its name as written, else ignoring case and runs of spaces
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> named = new HashMap<>(); // -1: names more than one connection
        for (int i = 0; i < ids.length; i++) {
            exact.putIfAbsent(ids[i], i);
            final int index = i;
            named.merge(rows.get(i).name(), i, (a, b) -> a == index ? a : -1);
        }
        Map<String, Integer> loose = null;
        List<Link> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<String> names = null;
        for (int i = 0; i < rows.size(); i++) {
            Pending r = rows.get(i);
            if (r.linkedTo == null) {
                continue;
            }
            for (String token : Text.splitList(r.linkedTo)) {
                Integer j = exact.get(token);
                if (j == null) {
                    j = named.get(token);
                }
                if (j == null || j == -1) {
                    if (loose == null) {
                        loose = looseKeys(rows, ids);
                    }
                    j = loose.get(nameKey(token));
                    if (j != null && j == -1) {
                        linkError(r, ProblemCode.LINKED_TO_AMBIGUOUS, Arg.connection(token), Arg.participant(m.id));
                        continue;
                    }
                }
                if (j == null) {
                    if (rejectedNames.getOrDefault(m.id, Set.of()).contains(nameKey(token))) {
                        linkError(r, ProblemCode.LINKED_TO_LEFT_OUT, Arg.connection(token), Arg.participant(m.id));
                    } else {
                        if (names == null) {
                            names = rows.stream().map(Pending::name).toList();
                        }
                        Optional<String> near = Text.didYouMean(token, names);
                        if (near.isPresent()) {
                            linkError(r, ProblemCode.LINKED_TO_UNKNOWN_SUGGEST, Arg.connection(token),
                                    Arg.participant(m.id), Arg.connectionWhole(near.get()));
                        } else {
                            linkError(r, ProblemCode.LINKED_TO_UNKNOWN, Arg.connection(token), Arg.participant(m.id));
                        }
                    }
                    continue;
                }
                if (j == i) {
                    linkError(r, ProblemCode.LINKED_TO_ITSELF, Arg.connection(token));
                    continue;
                }
                long key = Math.min(i, j) * (long) rows.size() + Math.max(i, j);
                if (seen.add(key)) {
                    out.add(new Link(ids[i], ids[j]));
                }
            }
        }
        return out;
    }

    private void linkError(Pending r, ProblemCode code, Arg... args) {
        problems.error(connections.at(r.row, C_LINKED_TO), code, args);
    }

    /** Names, ids and connection_ids without case and runs of spaces; -1 for a key of more than one connection. */
    private static Map<String, Integer> looseKeys(List<Pending> rows, String[] ids) {
        Map<String, Integer> loose = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            Pending r = rows.get(i);
            final int index = i;
            for (String key : new String[] {nameKey(r.name()), nameKey(ids[i]),
                    r.explicitId == null ? null : nameKey(r.explicitId)}) {
                if (key != null) {
                    loose.merge(key, i, (a, b) -> a == index ? a : -1);
                }
            }
        }
        return loose;
    }

    /** How {@code linked_to} matches names: case and runs of spaces ignored. */
    private static String nameKey(String s) {
        return Text.collapseSpaces(s.toLowerCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- rows

    private boolean participantRow(Table t, int row) {
        int before = problems.errorCount();
        String idText = t.value(P_ID);
        String id = null;
        if (Text.isBlank(idText)) {
            problems.error(t.at(row, P_ID), "participant_id is missing; every participant needs an id");
        } else {
            id = interner.string(idText.strip());
            Member known = members.get(id);
            if (known != null && known.participant != null) {
                problems.error(t.at(row, P_ID), ProblemCode.PARTICIPANT_TWICE, Arg.participantQuoted(id),
                        Arg.number(known.listedRow));
            } else if (rejectedParticipants.containsKey(id)) {
                // an earlier row of theirs was left out for an error: this one is still a second row, not theirs
                problems.error(t.at(row, P_ID), ProblemCode.PARTICIPANT_TWICE, Arg.participantQuoted(id),
                        Arg.number(rejectedParticipants.get(id)));
            }
        }
        Optional<LocalDate> asOf = parse(dates, t, row, P_AS_OF,
                (x, at, ps) -> interner.date(Fields.date("as_of", x, at, ps)));
        if (problems.errorCount() > before) {
            if (id != null && (known(id) == null || known(id).participant == null)) {
                rejectedParticipants.putIfAbsent(id, row);
            }
            return false;
        }
        warnCommaTopics(t, row, P_TOPICS);
        Participant p = new Participant(id, text(t.value(P_NAME)).orElse(""),
                interner.text(text(t.value(P_ROLE))), interner.text(text(t.value(P_SCHOOL))),
                topics(t.value(P_TOPICS)),
                interner.text(text(t.value(P_ORGANIZER))), asOf);
        Member m = members.computeIfAbsent(id, Member::new);
        m.participant = p;
        m.listedRow = row;
        Member sameButCase = listedByCase.putIfAbsent(id.toLowerCase(Locale.ROOT), m);
        if (sameButCase != null) {
            // ids are case-sensitive, so these are two participants; but likely one, so never without a word (#16)
            warn(t, P_ID, Problem.warning(t.at(row, P_ID), ProblemCode.PARTICIPANT_ID_CASE_TWICE,
                    new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(id)),
                    new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(sameButCase.id)),
                    Arg.number(sameButCase.listedRow)));
        }
        return true;
    }

    /**
     * A row left out before its fields were read, for a cell the source could not take (a formula without a saved
     * result, a spreadsheet error, an overlong cell). Like a row left out for any other error, its participant id
     * still counts as listed (Participants) and its name as a connection left out (Connections): the rows that name
     * them then say so, rather than "not in Participants" or "not a connection". Nothing is taken from an id cell
     * that is itself the unreadable one.
     */
    private void leftOutUnread(Table t, int row, boolean idUnread) {
        if (idUnread) {
            return;
        }
        if (t.isConnections) {
            String pid = t.value(C_PID);
            String name = t.value(C_NAME);
            if (!Text.isBlank(pid) && !Text.isBlank(name)) {
                rejectedNames.computeIfAbsent(interner.string(pid.strip()), k -> new HashSet<>()).add(nameKey(name));
            }
            return;
        }
        String idText = t.value(P_ID);
        if (!Text.isBlank(idText)) {
            String id = interner.string(idText.strip());
            Member m = members.get(id);
            if (m == null || m.participant == null) {
                rejectedParticipants.putIfAbsent(id, row);
            }
        }
    }

    private boolean connectionRow(Table t, int row) {
        int before = problems.errorCount();
        String pidText = t.value(C_PID);
        String name = t.value(C_NAME);
        String kindText = t.value(C_KIND);
        String categoryText = t.value(C_CATEGORY);
        if (Text.isBlank(pidText)) {
            problems.error(t.at(row, C_PID), "participant_id is missing; every connection belongs to a participant");
        }
        if (Text.isBlank(name)) {
            problems.error(t.at(row, C_NAME), "connection_name is missing; every connection needs a name");
        }
        Optional<Kind> kind = parse(kinds, t, row, C_KIND, (x, at, ps) -> Fields.kind(x, at, ps));
        if (Text.isBlank(kindText)) {
            problems.error(t.at(row, C_KIND), "kind is missing; write person, organization or resource");
        }
        Optional<Category> category =
                parse(categories, t, row, C_CATEGORY, categoryParser);
        if (Text.isBlank(categoryText)) {
            problems.error(t.at(row, C_CATEGORY), "category is missing; use a category id or label of the taxonomy");
        }
        Optional<String> explicitId = text(t.value(C_ID));
        Optional<String> url = parse(urls, t, row, C_URL, urlParser);
        Optional<Frequency> frequency = parse(frequencies, t, row, C_FREQUENCY,
                (x, at, ps) -> Interner.frequency(Fields.frequency(x, at, ps)));
        Optional<Integer> value = parse(values, t, row, C_VALUE, (x, at, ps) -> Interner.value(Fields.value(x, at, ps)));
        Optional<Boolean> givesBack = parse(givesBacks, t, row, C_GIVES_BACK,
                (x, at, ps) -> Interner.yesNo(Fields.yesNo("gives_back", x, at, ps)));
        Optional<Participation> participation = parse(participations, t, row, C_PARTICIPATION,
                (x, at, ps) -> Interner.participation(Fields.participation(x, at, ps)));
        Optional<Boolean> wantsMore = parse(wantsMores, t, row, C_WANTS_MORE,
                (x, at, ps) -> Interner.yesNo(Fields.yesNo("wants_more", x, at, ps)));
        Optional<LocalDate> lastContact = parse(dates, t, row, C_LAST_CONTACT, lastContactParser);
        String pid = Text.isBlank(pidText) ? null : interner.string(pidText.strip());
        if (pid != null && explicitId.isPresent() && explicitId.get().equals(pid)) {
            problems.error(t.at(row, C_ID), ProblemCode.CONNECTION_ID_IS_PARTICIPANT,
                    new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(pid)));
        }
        Member m = pid == null ? null : members.get(pid);
        if (pid != null && (m == null || m.participant == null) && participantsListed()
                && !rejectedParticipants.containsKey(pid)) {
            unlisted(t, row, pid);
        }
        if (m != null && m.pending.size() >= limits.maxConnectionsPerParticipant()) {
            problems.error(t.at(row, C_PID), ProblemCode.CONNECTIONS_LIMIT_PARTICIPANT, Arg.participant(pid),
                    Arg.number(Sizes.count(m.pending.size())),
                    Arg.number(Sizes.count(limits.maxConnectionsPerParticipant())));
        }
        if (problems.errorCount() > before) {
            if (pid != null && !Text.isBlank(name)) {
                rejectedNames.computeIfAbsent(pid, k -> new HashSet<>()).add(nameKey(name));
            }
            return false;
        }
        m = member(t, row, pid);
        if (lastContact.isPresent() && m.participant != null) {
            Fields.lastContactAfterAsOf(lastContact, m.participant.asOf(), () -> t.at(row, C_LAST_CONTACT))
                    .ifPresent(w -> warn(t, C_LAST_CONTACT, w));
        }
        warnCommaTopics(t, row, C_TOPICS);
        List<String> topics = topics(t.value(C_TOPICS));
        if (m.participant != null && !m.participant.topics().isEmpty() && !topics.isEmpty()) {
            warnNearTopics(t, row, m, topics);
        }
        RowFields c = new RowFields(interner.text(explicitId), interner.string(name.strip()), kind.get(),
                category.get().id(), url, interner.text(text(t.value(C_MET_VIA))), frequency, value, givesBack,
                participation, wantsMore, List.copyOf(topics), lastContact);
        m.pending.add(new Pending(c, explicitId.map(interner::string).orElse(null),
                text(t.value(C_LINKED_TO)).orElse(null), row, interner.string(slug(c.name()))));
        return true;
    }

    /**
     * Whether a Participants table with rows of its own (not only the template's examples) was given: then every
     * connection row must name one of its participants.
     */
    private boolean participantsListed() {
        Table p = participantsTable;
        return p != null && p.accepted + p.rejected - p.examples.size() > 0;
    }

    /**
     * A connection row whose participant is not in Participants (#16). An id that is a listed one once case, spaces,
     * dashes and the look-alikes O/0 and l/I/1 are set aside ({@code t1O} for {@code t10}) is a typo: an error, and
     * the row is left out, so it never becomes a participant nobody listed. Any other id is a participant only in
     * Connections, which the contract accepts (name = id): read, with one warning per id that says so and suggests
     * the nearest listed id.
     */
    private void unlisted(Table t, int row, String pid) {
        Optional<String> near = unlistedIds.computeIfAbsent(pid, this::nearListedId);
        Arg shown = Arg.input(pid);
        if (pid.equalsIgnoreCase(TemplateExamples.PARTICIPANT_ID) && looseListedIds.size() == 1) {
            // the teacher overwrote the example rows but not their participant_id: name the id they meant (#7)
            if (warnedUnlisted.add(pid)) {
                warn(t, C_PID, Problem.warning(t.at(row, C_PID), ProblemCode.TEMPLATE_EXAMPLE_ID_LEFT, shown,
                        new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.copyOf(looseListedIds.values()))));
            }
        } else if (near.isPresent() && looseId(near.get()).equals(looseId(pid))) {
            problems.error(t.at(row, C_PID), ProblemCode.PARTICIPANT_ID_LOOKALIKE, shown,
                    new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(near.get())));
        } else if (warnedUnlisted.add(pid)) {
            // the id becomes a participant of the cohort: an anonymized output names them by their label, as on every
            // other sheet, never as a third party (#16)
            Arg participant = new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(pid));
            warn(t, C_PID, near.isPresent()
                    ? Problem.warning(t.at(row, C_PID), ProblemCode.PARTICIPANT_NOT_LISTED_SUGGEST, participant,
                            new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of(near.get())))
                    : Problem.warning(t.at(row, C_PID), ProblemCode.PARTICIPANT_NOT_LISTED, participant));
        }
    }

    /**
     * The listed participant id an unlisted one was probably meant to be: the same once case, spaces, dashes and the
     * look-alikes O/0 and l/I/1 are set aside, else the nearest by {@link Text#didYouMean}.
     */
    private Optional<String> nearListedId(String pid) {
        if (looseListedIds == null) {
            looseListedIds = new LinkedHashMap<>();
            for (Member m : members.values()) {
                if (m.participant != null) {
                    looseListedIds.putIfAbsent(looseId(m.id), m.id);
                }
            }
            // a row left out because of an error was still given: a look-alike of its id is a typo of it too
            for (String id : rejectedParticipants.keySet()) {
                looseListedIds.putIfAbsent(looseId(id), id);
            }
        }
        String same = looseListedIds.get(looseId(pid));
        if (same != null) {
            return Optional.of(same);
        }
        if (listedIdIndex == null) {
            listedIdIndex = new Spelling.Index(looseListedIds.values());
        }
        return listedIdIndex.likelyTypo(pid); // Text.didYouMean's answer, without comparing every listed id
    }

    /**
     * An id without case, spaces, dashes, underscores, dots and commas, with O read as 0 and l and I as 1; a number's
     * leading zeros dropped, as a spreadsheet drops them from a staff number typed into a number cell ({@code 00123}
     * is {@code 123}, {@code 1,001} is {@code 1001}).
     */
    static String looseId(String id) {
        StringBuilder b = new StringBuilder(id.length());
        boolean digits = true;
        for (int i = 0; i < id.length(); i++) {
            char c = Character.toLowerCase(id.charAt(i));
            if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '.' || c == ',') {
                continue;
            }
            char d = c == 'o' ? '0' : c == 'l' || c == 'i' ? '1' : c;
            digits &= d >= '0' && d <= '9';
            b.append(d);
        }
        int zeros = 0;
        while (digits && zeros < b.length() - 1 && b.charAt(zeros) == '0') {
            zeros++;
        }
        return b.substring(zeros);
    }

    /** The participant a connection row belongs to; one only in Connections counts too (its id is its name). */
    private Member member(Table t, int row, String pid) {
        Member m = members.get(pid);
        if (m == null) {
            m = new Member(pid);
            members.put(pid, m);
        }
        return m;
    }

    /** Warns about a topics cell that separates its topics with commas ({@link Fields#commaTopics}). */
    private void warnCommaTopics(Table t, int row, int field) {
        String cell = t.value(field);
        if (cell != null && cell.indexOf(',') >= 0) {
            Problem w = Fields.commaTopics(cell, t.at(row, field));
            if (w != null) {
                warn(t, field, w);
            }
        }
    }

    /** Warns about a connection topic that is a near miss of one of the participant's topics, as in a participant file. */
    private void warnNearTopics(Table t, int row, Member m, List<String> topics) {
        List<String> participantTopics = m.participant.topics();
        // the warnings of a topic list are the same on each row that has it, for the same participant topics (topic
        // lists are shared, so the same list is the same instance, and participants with the same topics share
        // theirs): worked out once for the cohort, then given again with each row's place
        Map<List<String>, List<String[]>> lists = nearTopicWarnings.get(participantTopics);
        if (lists == null) {
            lists = new IdentityHashMap<>();
            nearTopicWarnings.put(participantTopics, lists);
        }
        List<String[]> near = lists.get(topics);
        if (near == null) {
            near = nearTopics(participantTopics, topics);
            lists.put(topics, near);
        }
        for (String[] w : near) {
            warn(t, C_TOPICS, Problem.warning(t.at(row, C_TOPICS), ProblemCode.TOPIC_NEAR, Arg.input(w[0]),
                    Arg.inputWhole(w[1])));
        }
    }

    /** The near misses in a topic list, in its order: each a topic and the participant's topic it is near. */
    private List<String[]> nearTopics(List<String> participantTopics, List<String> topics) {
        Map<String, Optional<String>> guesses = nearTopicGuesses.get(participantTopics);
        if (guesses == null) {
            guesses = new HashMap<>();
            nearTopicGuesses.put(participantTopics, guesses);
        }
        List<String[]> near = List.of();
        for (String topic : topics) {
            boolean known = false;
            for (String p : participantTopics) {
                known |= p.equalsIgnoreCase(topic);
            }
            if (known) {
                continue;
            }
            Optional<String> s = guesses.get(topic);
            if (s == null) {
                s = Spelling.likelyTypo(topic, participantTopics, topicDistances);
                guesses.put(topic, s);
            }
            if (s.isPresent()) {
                if (near.isEmpty()) {
                    near = new ArrayList<>(2);
                }
                near.add(new String[] {topic, s.get()});
            }
        }
        return near;
    }

    private static Optional<String> text(String s) {
        return Fields.text(s);
    }

    /**
     * Whether a cell could be one of {@link #SPREADSHEET_ERRORS} in any case: each ends in {@code !}, {@code ?} or
     * {@code A}, so a cell whose last character (before trailing spaces) is none of these, nor {@code a}, is not one.
     * Spares a hashtag cell ({@code #edchat}, on many rows of a cohort) the upper-casing and the look-up.
     */
    private static boolean mayBeError(String c) {
        int end = c.length();
        while (end > 0 && Character.isWhitespace(c.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return true; // not a cell of text here anyway: checked as before
        }
        char last = c.charAt(end - 1);
        return last == '!' || last == '?' || last == 'A' || last == 'a' || last > 0x7f;
    }

    /** The most distinct cells (topics, names) whose meaning is remembered; past that they are worked out each time. */
    private static final int CACHED = 500_000;

    /** {@link Text#slug}, each distinct name worked out once. */
    private String slug(String name) {
        String known = slugs.get(name);
        if (known == null) {
            known = Text.slug(name);
            if (slugs.size() < CACHED) {
                slugs.put(name, known);
            }
        }
        return known;
    }

    /** The topics of a cell, split, without repeats, shared; each distinct cell text is split once. */
    private List<String> topics(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> known = topicLists.get(cell);
        if (known == null) {
            known = interner.list(Fields.topics(Text.splitList(cell)));
            if (topicLists.size() < CACHED) {
                topicLists.put(cell, known);
            }
        }
        return known;
    }

    /** A {@link Fields} parser applied to a cell's text, its place and where to put problems. */
    @FunctionalInterface
    private interface FieldParser<T> {
        Optional<T> apply(String text, Place place, Problems problems);
    }

    /**
     * Parses a field of the current row with a {@link Fields} parser, remembering the meaning of each text that
     * raised no problem; a text that did is parsed (and reported) again on every row it is on.
     */
    private <T> Optional<T> parse(Map<String, Optional<T>> cache, Table t, int row, int field,
                                  FieldParser<T> parser) {
        String text = t.value(field);
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        if (text == t.lastText[field]) {
            @SuppressWarnings("unchecked")
            Optional<T> same = (Optional<T>) t.lastMeaning[field];
            return same; // the same cell text as the row before (a shared string, a cached number): its meaning
        }
        Optional<T> known = cache.get(text);
        if (known != null) {
            t.lastText[field] = text;
            t.lastMeaning[field] = known;
            return known;
        }
        Problems found = new Problems();
        Optional<T> v = parser.apply(text, t.at(row, field), found);
        if (found.size() == 0) {
            cache.put(text, v);
            t.lastText[field] = text;
            t.lastMeaning[field] = v;
        }
        for (Problem p : found.toList()) {
            if (p.isError()) {
                problems.add(p);
            } else {
                warn(t, field, p);
            }
        }
        return v;
    }

    /**
     * Records a warning about a field of a row; past {@value #WARNINGS_PER_COLUMN} in one column they are only
     * counted, and {@link #build} adds one warning that says how many more there were. Warnings leave no row out,
     * so nothing is lost; this keeps a sheet with a date written as text on each of its 500,000 rows from
     * burying every other problem (and from filling the memory).
     */
    private void warn(Table t, int field, Problem warning) {
        int n = ++t.warnings[field];
        Place place = warning.place();
        if (n <= WARNINGS_PER_COLUMN) {
            problems.add(warning);
        } else if (n == WARNINGS_PER_COLUMN + 1) {
            t.firstUnlisted[field] = place;
        }
    }

    /** One warning per column whose warnings were not all listed. */
    private void summarizeWarnings() {
        for (Table t : tables) {
            for (int f = 0; f < t.warnings.length; f++) {
                int more = t.warnings[f] - WARNINGS_PER_COLUMN;
                if (more > 0) {
                    problems.warning(t.firstUnlisted[f], Sizes.count(more) + " more "
                            + (more == 1 ? "warning" : "warnings")
                            + " about " + t.columns.get(f) + " in " + t.title + ", from here on, are not listed; they"
                            + " are like the " + WARNINGS_PER_COLUMN + " above");
                }
            }
        }
    }

    // ---------------------------------------------------------------- tables

    /** One table: its header, where each field is, and how its rows were accounted for. */
    private final class Table implements TableSink {
        /** How many rows below a row 1 that is not a header are searched for the column names. */
        private static final int HEADER_SEARCH_ROWS = 10;

        final String file;
        final Optional<String> sheet;
        final Places places;
        final List<String> columns;
        final List<Integer> required;
        final String title;
        final boolean isConnections;
        final int[] column;
        /**
         * Per field, the last text {@link #parse} found a meaning for without a problem, and that meaning: many rows
         * in a row repeat a kind, a frequency, a value (the same string instance), and a look-up in the field's
         * cache costs more than this comparison.
         */
        final String[] lastText;
        final Optional<?>[] lastMeaning;
        final String[] header;
        final BitSet named = new BitSet();
        final List<String> headerCells = new ArrayList<>();
        final BitSet warnedUnnamed = new BitSet();
        final int[] warnings;
        final Place[] firstUnlisted;
        /** Rows that are the organizer template's examples, skipped with one note (see {@link TemplateExamples}). */
        final List<Integer> examples = new ArrayList<>();
        /** Cells of the coming row that the source could not read: column, message. */
        final List<Object[]> unreadable = new ArrayList<>();
        String[] cells;
        int width;
        int accepted;
        int rejected;
        int blank;
        boolean stopped;
        /** Row 1 when it does not name the required columns, while the rows below are searched for them. */
        String[] firstRow;
        int firstRowNumber;
        int searched;

        Table(String file, Optional<String> sheet, Places places, List<String> columns, List<Integer> required,
              String title, boolean isConnections) {
            this.file = file;
            this.sheet = sheet;
            this.places = places;
            this.columns = columns;
            this.required = required;
            this.title = title;
            this.isConnections = isConnections;
            this.column = new int[columns.size()];
            this.lastText = new String[columns.size()];
            this.lastMeaning = new Optional<?>[columns.size()];
            java.util.Arrays.fill(column, -1);
            this.header = new String[columns.size()];
            this.warnings = new int[columns.size()];
            this.firstUnlisted = new Place[columns.size()];
        }

        @Override
        public void cellProblem(int row, int column, String message) {
            unreadable.add(new Object[] {column, message});
        }

        @Override
        public boolean header(int row, String[] cells, int width) {
            reportUnreadable(row);
            if (!namesRequired(cells, width)) {
                // a title above the column names? look a few rows further before saying what is missing
                firstRow = java.util.Arrays.copyOf(cells, width);
                firstRowNumber = row;
                return true;
            }
            return applyHeader(row, cells, width);
        }

        /** Whether a row holds every required column name. */
        private boolean namesRequired(String[] cells, int width) {
            BitSet found = new BitSet();
            for (int i = 0; i < width; i++) {
                if (!Text.isBlank(cells[i])) {
                    int f = columns.indexOf(Text.headerKey(cells[i]));
                    if (f >= 0) {
                        found.set(f);
                    }
                }
            }
            return required.stream().allMatch(found::get);
        }

        private boolean applyHeader(int row, String[] cells, int width) {
            boolean empty = true;
            for (int i = 0; i < width; i++) {
                empty &= Text.isBlank(cells[i]);
            }
            if (empty) {
                problems.error(places.row(row, null), "the first row is empty; it must name the columns, such as "
                        + String.join(", ", required.stream().map(columns::get).toList()));
                stopped = true;
                return false;
            }
            for (int i = 0; i < width; i++) {
                String h = cells[i];
                headerCells.add(Text.isBlank(h) ? null : h.strip());
                if (Text.isBlank(h)) {
                    continue;
                }
                named.set(i);
                String key = Text.headerKey(h);
                int field = columns.indexOf(key);
                if (field < 0) {
                    Optional<String> near = Text.columnWithin(key, columns).or(() -> Text.didYouMean(key, columns));
                    if (near.isPresent()) {
                        problems.warning(places.cell(row, i, h.strip()), ProblemCode.UNKNOWN_COLUMN_SUGGEST,
                                Arg.column(h.strip()), Arg.word(near.get()));
                    } else {
                        problems.warning(places.cell(row, i, h.strip()), ProblemCode.UNKNOWN_COLUMN,
                                Arg.column(h.strip()));
                    }
                } else if (column[field] >= 0) {
                    problems.error(places.cell(row, i, h.strip()), ProblemCode.COLUMN_TWICE, Arg.word(columns.get(field)),
                            Arg.column(header[field]));
                } else {
                    column[field] = i;
                    header[field] = h.strip();
                }
            }
            for (int f : required) {
                if (column[f] < 0) {
                    problems.error(places.row(row, columns.get(f)), "the required column " + columns.get(f)
                            + " is missing from the header row; " + title + " needs "
                            + String.join(", ", required.stream().map(columns::get).toList()));
                    stopped = true;
                }
            }
            return !stopped;
        }

        /** A row while the column names are searched for below row 1: false once found, or given up. */
        private boolean searchHeader(int row, String[] cells, int width) {
            unreadable.clear();
            if (namesRequired(cells, width)) {
                problems.error(places.row(row, null), "the column names are in row " + row + ", but they must be in"
                        + " row 1: delete the " + (row - firstRowNumber == 1 ? "row" : (row - firstRowNumber) + " rows")
                        + " above them");
                stopped = true;
                return false;
            }
            boolean empty = true;
            for (int i = 0; i < width; i++) {
                empty &= Text.isBlank(cells[i]);
            }
            if (!empty && ++searched >= HEADER_SEARCH_ROWS) {
                return giveUpSearch();
            }
            return true;
        }

        private boolean giveUpSearch() {
            String[] first = firstRow;
            firstRow = null;
            applyHeader(firstRowNumber, first, first.length);
            stopped = true;
            return false;
        }

        @Override
        public void end() {
            if (firstRow != null) {
                giveUpSearch();
            }
            if (!examples.isEmpty()) {
                List<String> rows = examples.stream().map(String::valueOf).toList();
                problems.warning(places.row(examples.get(0), null), ProblemCode.TEMPLATE_EXAMPLE_ROWS,
                        Arg.word(TemplateExamples.PARTICIPANT_ID),
                        Arg.word((rows.size() == 1 ? "row " : "rows ") + String.join(", ", rows.subList(0,
                                Math.min(10, rows.size()))) + (rows.size() > 10 ? " and " + (rows.size() - 10)
                                + " more" : "")));
            }
        }

        /**
         * Whether the current row is one of the template's examples as the template wrote it; a Connections example
         * only while the example participant is not data (its Participants row overwritten but its id kept).
         */
        private boolean isExample() {
            if (!isConnections) {
                return TemplateExamples.isParticipant(value(P_ID), value(P_NAME));
            }
            if (!TemplateExamples.isConnection(value(C_PID), value(C_NAME))) {
                return false;
            }
            Member m = members.get(value(C_PID).strip());
            return m == null || m.participant == null;
        }

        @Override
        public boolean row(int row, String[] cells, int width) {
            if (firstRow != null) {
                return searchHeader(row, cells, width);
            }
            if (accepted + rejected + blank >= limits.maxRows()) {
                problems.add(Limit.ROWS.error(places.row(row, null), "there are more than "
                        + Sizes.count(limits.maxRows()) + " rows in " + title + ", so it is not read", limits.maxRows()));
                stopped = true;
                return false;
            }
            if (problems.size() >= limits.maxProblems()) {
                problems.add(Limit.PROBLEMS.error(places.row(row, null), "reading stopped at this row, as there"
                        + " are already " + Sizes.count(problems.size()) + " problems (fix the ones above and read the"
                        + " file again)", limits.maxProblems()));
                stopped = true;
                return false;
            }
            boolean empty = unreadable.isEmpty();
            for (int i = 0; i < width && empty; i++) {
                empty = Text.isBlank(cells[i]);
            }
            if (empty) {
                blank++;
                return true;
            }
            this.cells = cells;
            this.width = width;
            if (isExample()) {
                examples.add(row);
                rejected++;
                unreadable.clear();
                this.cells = null;
                return true;
            }
            int idColumn = column[isConnections ? C_PID : P_ID];
            boolean idUnread = unreadableAt(idColumn);
            boolean bad = reportUnreadable(row);
            for (int i = 0; i < width; i++) {
                String c = cells[i];
                if (Text.isBlank(c)) {
                    continue;
                }
                if (!named.get(i) && warnedUnnamed.isEmpty()) {
                    // once per table: a row of 16,000 stray cells must not give 16,000 warnings
                    warnedUnnamed.set(i);
                    problems.warning(places.cell(row, i, null), "this column has values but no name in the header"
                            + " row; its values are ignored");
                }
                String field = i < headerCells.size() ? headerCells.get(i) : null;
                String clean = Text.withoutControls(c);
                if (clean != c && named.get(i)) {
                    problems.warning(places.cell(row, i, field), ProblemCode.CONTROL_CHARACTERS_CELL, Arg.input(c));
                    cells[i] = clean;
                }
                if (c.length() > limits.maxScalarChars()) {
                    problems.error(places.cell(row, i, field), "this cell holds " + Sizes.count(c.length())
                            + " characters; at most " + Sizes.count(limits.maxScalarChars()) + " are accepted");
                    bad = true;
                    idUnread |= i == idColumn;
                } else if (named.get(i) && c.length() <= 15 && c.startsWith("#") && mayBeError(c)
                        && SPREADSHEET_ERRORS.contains(c.strip().toUpperCase(Locale.ROOT))) {
                    problems.error(places.cell(row, i, field), "this cell holds the spreadsheet error "
                            + c.strip().toUpperCase(Locale.ROOT) + " (a formula that failed); fix the formula or type"
                            + " the value");
                    bad = true;
                    idUnread |= i == idColumn;
                }
            }
            if (bad) {
                leftOutUnread(this, row, idUnread);
            }
            boolean ok = !bad && (isConnections ? connectionRow(this, row) : participantRow(this, row));
            if (ok) {
                accepted++;
            } else {
                rejected++;
            }
            this.cells = null;
            return true;
        }

        /** Whether the source could not read this row's cell in the given column. */
        private boolean unreadableAt(int col) {
            for (int k = 0, n = unreadable.size(); k < n; k++) { // no iterator: every row of a sheet passes here
                if ((Integer) unreadable.get(k)[0] == col) {
                    return true;
                }
            }
            return false;
        }

        /** Reports the cells the source could not read on this row; true when there were some. */
        private boolean reportUnreadable(int row) {
            if (unreadable.isEmpty()) {
                return false;
            }
            for (Object[] u : unreadable) {
                int c = (Integer) u[0];
                String field = c < headerCells.size() ? headerCells.get(c) : null;
                problems.error(places.cell(row, c, field), (String) u[1]);
            }
            unreadable.clear();
            return true;
        }

        /** The text of a field in the current row, or null when blank or its column is absent. */
        String value(int field) {
            int c = column[field];
            return c < 0 || c >= width ? null : cells[c];
        }

        Place at(int row, int field) {
            int c = column[field];
            return c < 0 ? places.row(row, columns.get(field)) : places.cell(row, c, header[field]);
        }
    }
}
