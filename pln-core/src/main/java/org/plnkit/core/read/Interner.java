package org.plnkit.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Participation;

/**
 * Shares equal values while a cohort is read: a 5,000-participant cohort names the same categories, topics,
 * organizations, urls and dates hundreds of thousands of times, and each {@link org.plnkit.core.model.Connection}
 * holds its optional fields as {@link Optional}s. Sharing one instance per distinct value keeps the model small.
 * Lives only as long as one read.
 */
final class Interner {
    private static final Optional<Boolean> YES = Optional.of(true);
    private static final Optional<Boolean> NO = Optional.of(false);
    private static final List<Optional<Integer>> VALUES = List.of(Optional.of(1), Optional.of(2), Optional.of(3),
            Optional.of(4), Optional.of(5));
    private static final List<Optional<Frequency>> FREQUENCIES = optionals(Frequency.values());
    private static final List<Optional<Participation>> PARTICIPATIONS = optionals(Participation.values());

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Optional<String>> optionalStrings = new HashMap<>();
    private final Map<List<String>, List<String>> lists = new HashMap<>();
    private final Map<LocalDate, Optional<LocalDate>> dates = new HashMap<>();

    String string(String s) {
        if (s == null) {
            return null;
        }
        String prev = strings.putIfAbsent(s, s);
        return prev == null ? s : prev;
    }

    Optional<String> text(Optional<String> s) {
        return s.isEmpty() ? s : optionalStrings.computeIfAbsent(string(s.get()), Optional::of);
    }

    List<String> list(List<String> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> shared = new ArrayList<>(items.size());
        for (String s : items) {
            shared.add(string(s));
        }
        List<String> copy = List.copyOf(shared);
        List<String> prev = lists.putIfAbsent(copy, copy);
        return prev == null ? copy : prev;
    }

    Optional<LocalDate> date(Optional<LocalDate> d) {
        return d.isEmpty() ? d : dates.computeIfAbsent(d.get(), Optional::of);
    }

    static Optional<Boolean> yesNo(Optional<Boolean> b) {
        return b.isEmpty() ? b : b.get() ? YES : NO;
    }

    static Optional<Integer> value(Optional<Integer> v) {
        return v.isEmpty() || v.get() < 1 || v.get() > 5 ? v : VALUES.get(v.get() - 1);
    }

    static Optional<Frequency> frequency(Optional<Frequency> f) {
        return f.isEmpty() ? f : FREQUENCIES.get(f.get().ordinal());
    }

    static Optional<Participation> participation(Optional<Participation> p) {
        return p.isEmpty() ? p : PARTICIPATIONS.get(p.get().ordinal());
    }

    private static <E> List<Optional<E>> optionals(E[] values) {
        List<Optional<E>> out = new ArrayList<>(values.length);
        for (E e : values) {
            out.add(Optional.of(e));
        }
        return List.copyOf(out);
    }
}
