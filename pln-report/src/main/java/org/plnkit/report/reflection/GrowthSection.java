package org.plnkit.report.reflection;

import static org.plnkit.analysis.words.Words.and;
import static org.plnkit.analysis.words.Words.count;
import static org.plnkit.analysis.words.Words.percent;
import static org.plnkit.report.reflection.Markdown.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.growth.Growth;
import org.plnkit.analysis.growth.Growth.Status;
import org.plnkit.analysis.growth.Growth.Step;
import org.plnkit.analysis.growth.Growth.Tie;
import org.plnkit.analysis.growth.Growth.TopicShift;
import org.plnkit.analysis.words.Words;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Taxonomy;

/**
 * The "How my PLN grew" section of the reflection draft, in the participant's voice: what was added, dropped and
 * changed since the earlier snapshot, the health score then and now, and how far each step of the earlier plan got.
 * Names from the input are escaped ({@link Markdown#text}).
 */
final class GrowthSection {
    /** Steps of the earlier plan listed, at most. */
    static final int STEPS = 8;

    private final Taxonomy taxonomy;

    GrowthSection(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    String markdown(Growth g, String beforeDate, String afterDate) {
        StringBuilder b = new StringBuilder();
        b.append("## How my PLN grew\n\n");
        b.append("On ").append(beforeDate).append(" my PLN had ")
                .append(count(g.kept().size() + g.dropped().size(), "connection")).append("; on ").append(afterDate)
                .append(" it has ").append(count(g.kept().size() + g.added().size(), "connection")).append(". ");
        b.append("Its health score went from ").append(g.health().before()).append(" to ").append(g.health().after())
                .append(g.health().delta() > 0 ? " (up " + g.health().delta() + ")"
                        : g.health().delta() < 0 ? " (down " + -g.health().delta() + ")" : " (no change)")
                .append(".\n\n");
        List<String> items = new ArrayList<>();
        if (!g.added().isEmpty()) {
            items.add("I added " + names(g.added()) + ".");
        }
        if (!g.dropped().isEmpty()) {
            items.add("I let go of " + names(g.dropped()) + ".");
        }
        if (!g.categoriesGained().isEmpty()) {
            items.add("I now have connections in " + labels(g.categoriesGained()) + ", where I had none.");
        }
        if (!g.becameSturdy().isEmpty()) {
            items.add(capital(labels(g.becameSturdy())) + (g.becameSturdy().size() == 1 ? " is" : " are")
                    + " no longer thin.");
        }
        List<String> second = g.topics().stream().filter(TopicShift::gainedSecondSource).map(t -> text(t.topic()))
                .toList();
        if (!second.isEmpty()) {
            items.add("I have a second source for " + and(second) + " now.");
        }
        List<String> lostOnly = g.topics().stream().filter(TopicShift::lostOnlySource).map(t -> text(t.topic()))
                .toList();
        if (!lostOnly.isEmpty()) {
            items.add("I have no source for " + and(lostOnly) + " any more.");
        }
        if (!g.categoriesLost().isEmpty()) {
            items.add("I no longer have anyone in " + Words.or(g.categoriesLost().stream().map(id -> text(taxonomy
                    .byId(id).map(Category::label).orElse(id))).toList()) + ".");
        }
        Optional<Double> gb0 = g.giveBack().before();
        Optional<Double> gb1 = g.giveBack().after();
        if (gb0.isPresent() && gb1.isPresent() && !gb0.equals(gb1)) {
            // the share is of the connections one can give back to (people, communities, organizations, events)
            items.add("I give back to " + percent(gb1.get()) + " of the connections I can give back to ("
                    + percent(gb0.get()) + " before).");
        }
        if (g.overdue().delta() != 0) {
            items.add((g.overdue().after() == 0 ? "No check-in is"
                    : count(g.overdue().after(), "check-in is", "check-ins are")) + " overdue now ("
                    + g.overdue().before() + " before).");
        }
        for (String i : items) {
            b.append("- ").append(i).append('\n');
        }
        if (!items.isEmpty()) {
            b.append('\n');
        }
        if (!g.followThrough().isEmpty()) {
            long done = g.followThrough().stream().filter(s -> s.status() == Status.DONE).count();
            long partly = g.followThrough().stream().filter(s -> s.status() == Status.PARTLY).count();
            if (g.followThrough().size() == 1) {
                // not "Of the 1 step ..., I have done 1"
                b.append("My plan of ").append(beforeDate).append(" suggested one step, and ").append(done == 1
                        ? "I have done it" : partly == 1 ? "I have started it" : "I have not started it yet");
            } else {
                b.append("Of the ").append(count(g.followThrough().size(), "step")).append(" my plan suggested on ")
                        .append(beforeDate).append(", ").append(done == 0 && partly == 0
                                ? "I have not done or started any of them yet"
                                : done == 0 ? "I have started " + partly
                                : partly == 0 ? "I have done " + done : "I have done " + done + " and started " + partly);
            }
            b.append(":\n\n");
            List<Step> steps = g.followThrough();
            for (Step s : steps.subList(0, Math.min(STEPS, steps.size()))) {
                // a dash, not parentheses: the evidence has names, which can hold parentheses of their own
                b.append("- **").append(s.status().words()).append("**: ").append(text(s.title()))
                        .append(s.evidence().isEmpty() ? "" : " \u2014 " + text(s.evidence())).append('\n');
            }
            if (steps.size() > STEPS) {
                b.append("- \u2026 and ").append(count(steps.size() - STEPS, "more step")).append(" (sheet *Growth*"
                        + " of my workbook)\n");
            }
            b.append('\n');
        }
        b.append(ReflectionDraft.WRITE_HERE).append(" *What made the difference, and what got in the way?*\n\n");
        return b.toString();
    }

    private static String names(List<Tie> ties) {
        List<String> n = ties.stream().map(t -> text(t.name())).toList();
        return n.size() <= 5 ? and(n) : and(n.subList(0, 5)) + " and " + (n.size() - 5) + " more";
    }

    private String labels(List<String> ids) {
        return and(ids.stream().map(id -> text(taxonomy.byId(id).map(Category::label).orElse(id))).toList());
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
