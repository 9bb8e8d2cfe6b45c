package org.plnkit.report.district;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.privacy.Redaction;
import org.plnkit.core.privacy.SafeValues;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;

/**
 * Takes people's names out of the reader's problems for anonymized district outputs, keeping the place and the
 * reason. It works on each problem's {@link Arg arguments} by their {@link Arg.Kind kind}, never on the wording:
 * <ul>
 *   <li>a participant ({@link Arg.Kind#PARTICIPANT}) becomes their label ("Participant 07"), or "another
 *       participant" when the cohort does not hold them;</li>
 *   <li>a value quoted from the input ({@link Arg.Kind#INPUT}) is shown only when it is known to name no one
 *       ({@link SafeValues}: a word of the contract, a category, a number, a date); else it becomes "(a person)"
 *       when it is someone's name in the cohort, and "(hidden)" otherwise;</li>
 *   <li>what was typed for a connection ({@link Arg.Kind#CONNECTION}) is shown only when it is an organization or
 *       resource of the cohort; else "(a person)" or "(a name)", and a "did you mean" that would have to be hidden
 *       is left out;</li>
 *   <li>a quoted line, a web address or a library's words about a file ({@link Arg.Kind#LINE}) become
 *       "(hidden)";</li>
 *   <li>a participant file ({@code .yaml}, {@code .yml}, {@code .json}), in a message or as the place of a problem,
 *       becomes {@code folder/(participant file N)}, numbered in order of first mention; other files become
 *       "(a file)" unless they are {@code participants.csv} or {@code connections.csv};</li>
 *   <li>a column's name as the header row writes it ({@link Arg.Kind#COLUMN}, and the column of a place) is shown:
 *       headers name the data, not people; a sheet that is not a word of the contract becomes "(a sheet)".</li>
 * </ul>
 * Words and numbers the tool wrote itself are kept, so the row can still be found and fixed.
 *
 * <pre>{@code
 * Redaction redact = ProblemRedactor.of(cohort, CohortLabels.anonymous(analysis));
 * redact.message(problem);
 * // linked_to names "(a person)", which is not a connection of Participant 12
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProblemRedactor implements Redaction {
    private static final String A_PERSON = "(a person)";

    private final Map<String, String> participants;
    private final Set<String> people;
    private final Set<String> others;
    private final SafeValues safe;
    private final Map<String, String> files = new HashMap<>();

    private ProblemRedactor(Map<String, String> participants, Set<String> people, Set<String> others,
                            SafeValues safe) {
        this.participants = participants;
        this.people = people;
        this.others = others;
        this.safe = safe;
    }

    /** The redactor for this cohort, with the default taxonomy's categories; none when the labels show names. */
    public static Redaction of(Cohort cohort, CohortLabels labels) {
        return of(cohort, labels, Taxonomy.defaults());
    }

    /** The redactor for this cohort, whose categories come from {@code taxonomy}; none when labels show names. */
    public static Redaction of(Cohort cohort, CohortLabels labels, Taxonomy taxonomy) {
        if (!labels.anonymized()) {
            return Redaction.none();
        }
        Map<String, String> ps = new HashMap<>();
        Set<String> people = new HashSet<>();
        Set<String> others = new HashSet<>();
        int i = 0;
        for (Pln pln : cohort.plns()) {
            String label = labels.participant(i++);
            ps.put(pln.participant().id(), label);
            if (!pln.participant().name().isBlank()) {
                people.add(pln.participant().name().strip());
            }
            for (Connection c : pln.connections()) {
                if (c.kind() == Kind.PERSON) {
                    people.add(c.name().strip());
                    people.add(c.id().strip());
                    c.sharedId().ifPresent(s -> people.add(s.strip()));
                } else {
                    others.add(c.name().strip());
                    others.add(c.id().strip());
                }
            }
        }
        others.removeAll(people);
        others.removeAll(ps.keySet());
        return new ProblemRedactor(ps, people, others, SafeValues.of(taxonomy));
    }

    @Override
    public synchronized String message(Problem problem) {
        List<Arg> args = problem.args();
        if (problem.code().withoutSuggestion().isPresent() && !args.isEmpty()) {
            Arg suggestion = args.get(args.size() - 1);
            // a suggested participant is shown by their label; any other suggestion that must be hidden is left out
            if (suggestion.kind() != Arg.Kind.PARTICIPANT
                    && !suggestion.shown(v -> value(suggestion, v)).equals(suggestion.shown())) {
                Problem without = new Problem(problem.severity(), problem.place(),
                        problem.code().withoutSuggestion().get(), args.subList(0, args.size() - 1))
                        .withNote(problem.note());
                return without.message(a -> a.shown(v -> value(a, v)));
            }
        }
        return problem.message(a -> a.shown(v -> value(a, v)));
    }

    @Override
    public synchronized Place place(Place place) {
        String sheet = place.sheet() == null || safe.test(place.sheet()) ? place.sheet() : "(a sheet)";
        // a column's name is the header row's, which names the data, not people (#18: "Notes" is shown)
        String field = place.field();
        String file = participantFile(place.file()) ? label(place.file()) : place.file();
        return new Place(file, place.line(), place.column(), sheet, place.cell(), field);
    }

    /** Text the tool wrote itself about the input (its source, the files of a table): kept. */
    @Override
    public String apply(String text) {
        return text;
    }

    private String value(Arg arg, String v) {
        String s = v.strip();
        return switch (arg.kind()) {
            case WORD, NUMBER -> v;
            case PARTICIPANT -> participants.getOrDefault(s, "another participant");
            case INPUT -> safe.test(v) ? v : people.contains(s) || participants.containsKey(s) ? A_PERSON : "(hidden)";
            case CONNECTION -> others.contains(s) ? v
                    : people.contains(s) || participants.containsKey(s) ? A_PERSON : "(a name)";
            case FILE -> participantFile(v) ? label(v) : "(a file)";
            case LINE -> "(hidden)";
            case COLUMN -> v;
        };
    }

    private static boolean participantFile(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".yaml") || p.endsWith(".yml") || p.endsWith(".json");
    }

    /** A participant file as {@code folder/(participant file N)}, numbered in order of first mention. */
    private String label(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return files.computeIfAbsent(path, p -> p.substring(0, slash + 1) + "(participant file " + (files.size() + 1)
                + ")");
    }
}
