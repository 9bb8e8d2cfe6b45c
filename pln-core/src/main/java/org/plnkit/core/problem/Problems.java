package org.plnkit.core.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A collector of problems found while reading; not thread-safe.
 *
 * @since 0.1.0
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private int errors;

    public void error(Place place, String message) {
        add(Problem.error(place, message));
    }

    public void warning(Place place, String message) {
        add(Problem.warning(place, message));
    }

    /** An error of the given code: see {@link ProblemCode} for the arguments each code takes. */
    public void error(Place place, ProblemCode code, Arg... args) {
        add(Problem.error(place, code, args));
    }

    /** A warning of the given code. */
    public void warning(Place place, ProblemCode code, Arg... args) {
        add(Problem.warning(place, code, args));
    }

    /** An error for the reason given. */
    public void error(Place place, Reason reason) {
        add(new Problem(Severity.ERROR, place, reason.code(), reason.args()));
    }

    /** A warning for the reason given. */
    public void warning(Place place, Reason reason) {
        add(new Problem(Severity.WARNING, place, reason.code(), reason.args()));
    }

    public void add(Problem p) {
        list.add(p);
        if (p.isError()) {
            errors++;
        }
    }

    public void addAll(Iterable<Problem> ps) {
        for (Problem p : ps) {
            add(p);
        }
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    public int size() {
        return list.size();
    }

    /** The problems in the order found. */
    public List<Problem> toList() {
        return List.copyOf(list);
    }
}
