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
