package org.plnkit.analysis.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.analysis.words.Words;
import org.plnkit.analysis.growth.Growth.Change;
import org.plnkit.analysis.growth.Growth.Kept;
import org.plnkit.analysis.growth.Growth.PartShift;
import org.plnkit.analysis.growth.Growth.Status;
import org.plnkit.analysis.growth.Growth.Step;
import org.plnkit.analysis.growth.Growth.Tie;
import org.plnkit.analysis.growth.Growth.TopicShift;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Taxonomy;

/**
 * A {@link Growth} as plain text to read on screen: the health score, connections added, dropped and changed,
 * categories, topics, give-back and check-ins, and the follow-through of the earlier plan. Lines end with
 * {@code \n}; numbers are formatted the same in every locale.
 *
 * <pre>{@code
 * System.out.print(GrowthText.render(growth, Taxonomy.defaults()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GrowthText {
    private GrowthText() {
    }

    /** The growth as text, category ids shown by their labels in {@code taxonomy}. */
    public static String render(Growth g, Taxonomy taxonomy) {
        StringBuilder b = new StringBuilder();
        b.append("How ").append(g.participant().displayName()).append("'s PLN grew, ").append(g.beforeAsOf())
                .append(" to ").append(g.afterAsOf()).append("\n\n");
        b.append(String.format(Locale.ROOT, "Health score   %d -> %d (%s)", g.health().before(), g.health().after(),
                signed(g.health().delta()))).append('\n');
        for (PartShift p : g.health().parts()) {
            b.append(String.format(Locale.ROOT, "  %-14s %s -> %s%s", partName(p), score(p.before()),
                    score(p.after()), p.delta().map(d -> " (" + signed(d) + ")").orElse(""))).append('\n');
        }
        int before = g.kept().size() + g.dropped().size();
        int after = g.kept().size() + g.added().size();
        b.append('\n').append(String.format(Locale.ROOT, "Connections    %d -> %d: %d added, %d dropped, %d kept"
                + " (%d changed)", before, after, g.added().size(), g.dropped().size(), g.kept().size(),
                g.changed().size())).append('\n');
        for (Tie t : g.added()) {
            b.append("  + ").append(t.name()).append(" (").append(label(taxonomy, t.category())).append(")\n");
        }
        for (Tie t : g.dropped()) {
            b.append("  - ").append(t.name()).append(" (").append(label(taxonomy, t.category())).append(")\n");
        }
        for (Kept k : g.changed()) {
            List<String> parts = new ArrayList<>();
            for (Change c : k.changes()) {
                parts.add(changeText(c, taxonomy));
            }
            b.append("  ~ ").append(k.name()).append(": ").append(String.join("; ", parts)).append('\n');
        }
        b.append('\n');
        b.append("Categories gained: ").append(labels(taxonomy, g.categoriesGained())).append('\n');
        b.append("Categories lost: ").append(labels(taxonomy, g.categoriesLost())).append('\n');
        b.append("Thin categories that became sturdy: ").append(labels(taxonomy, g.becameSturdy())).append('\n');
        if (!g.becameThin().isEmpty()) {
            b.append("Categories that became thin: ").append(labels(taxonomy, g.becameThin())).append('\n');
        }
        List<String> topics = new ArrayList<>();
        for (TopicShift t : g.topics()) {
            if (t.gainedSecondSource()) {
                topics.add(t.topic() + " gained a second source (" + t.sourcesBefore() + " -> " + t.sourcesAfter()
                        + ")");
            } else if (t.gainedFirstSource()) {
                topics.add(t.topic() + " gained its first source");
            } else if (t.lostOnlySource()) {
                topics.add(t.topic() + " lost its only source");
            }
        }
        b.append("Topics: ").append(topics.isEmpty() ? "no change in their sources" : String.join("; ", topics))
                .append('\n');
        b.append("Give-back: ").append(giveBack(g.giveBack().before(), g.giveBack().after()))
                .append("; overdue check-ins: ").append(g.overdue().before()).append(" -> ")
                .append(g.overdue().after()).append('\n');
        b.append('\n');
        long done = g.followThrough().stream().filter(s -> s.status() == Status.DONE).count();
        long partly = g.followThrough().stream().filter(s -> s.status() == Status.PARTLY).count();
        if (g.followThrough().isEmpty()) {
            b.append("Follow-through: the plan of ").append(g.beforeAsOf()).append(" had no steps.\n");
        } else {
            b.append("Follow-through of the plan of ").append(g.beforeAsOf()).append(": ").append(done).append(" of ")
                    .append(Words.count(g.followThrough().size(), "step")).append(" done")
                    .append(partly == 0 ? "" : ", " + partly + " partly").append('\n');
            for (Step s : g.followThrough()) {
                b.append(String.format(Locale.ROOT, "  %2d. %-9s %s: %s", s.rank(), "[" + s.status().words() + "]",
                        s.title(), s.evidence())).append('\n');
            }
        }
        return b.toString();
    }

    /** A change as people read it: "participation lurker -> contributor", "renamed from Ms Park". */
    public static String changeText(Change c, Taxonomy taxonomy) {
        if (c.field().equals("name")) {
            return "renamed from " + c.before().orElse("no name");
        }
        boolean cat = c.field().equals("category");
        String from = c.before().map(v -> cat ? label(taxonomy, v) : v).orElse("not given");
        String to = c.after().map(v -> cat ? label(taxonomy, v) : v).orElse("not given");
        return c.field().replace('_', ' ') + " " + from + " -> " + to;
    }

    /** The name of a health part: "give back" for GIVE_BACK. */
    public static String partName(PartShift p) {
        return p.part().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String score(Optional<Integer> s) {
        return s.map(String::valueOf).orElse("n/a");
    }

    static String signed(int d) {
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    private static String share(Optional<Double> s) {
        return s.map(Words::percent).orElse("n/a");
    }

    /** "0% -> 40% of the connections one can give back to", in words when there was none or is none ("n/a"). */
    private static String giveBack(Optional<Double> before, Optional<Double> after) {
        String of = " of the connections one can give back to";
        if (before.isPresent() && after.isPresent()) {
            return share(before) + " -> " + share(after) + of;
        }
        if (after.isPresent()) {
            return share(after) + of + " (none to give back to before)";
        }
        return before.isPresent() ? share(before) + of + " before, none to give back to now"
                : "no connection one can give back to, before or now";
    }

    static String label(Taxonomy taxonomy, String id) {
        return taxonomy.byId(id).map(Category::label).orElse(id);
    }

    private static String labels(Taxonomy taxonomy, List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(id -> label(taxonomy, id)).toList());
    }
}
