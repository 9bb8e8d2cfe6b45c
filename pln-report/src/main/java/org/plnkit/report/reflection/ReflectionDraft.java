package org.plnkit.report.reflection;

import static org.plnkit.analysis.words.Words.and;
import static org.plnkit.analysis.words.Words.count;
import static org.plnkit.analysis.words.Words.percent;
import static org.plnkit.report.reflection.Markdown.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.growth.Growth;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.privacy.Anonymizer;

/**
 * A first draft of the workshop's reflection blog post, in Markdown, written in the participant's voice from their
 * PLN and its assessment. It follows the workshop's prompts: problem-solving with my PLN (a clearly marked prompt:
 * only the participant knows that story), my connections (who, how I connected, what value, how I give back), my
 * resources (blogs, hashtags, groups, journals, webinars, organizations), maintaining my PLN (organizer, schedule,
 * check-ins), and what I will do next (the action plan). The map is embedded with its alt text.
 *
 * <pre>{@code
 * String md = new ReflectionDraft(Taxonomy.defaults())
 *         .markdown(pln, assessment, new MapFigure(Optional.of("map.png"), altText));
 * }</pre>
 *
 * <p>Everything the draft states comes from the data; where the data cannot say, a prompt marked ✍️ asks the
 * participant to write. Text from the input is escaped ({@link Markdown}), so a name can never become a link, a tag
 * or a heading. Names are taken as given: pass an anonymized PLN and its assessment to keep people's names out.
 * Lines end with {@code \n}; the same input always gives the same text.
 *
 * @since 0.1.0
 */
public final class ReflectionDraft {
    /** The number of action-plan steps the draft lists. */
    public static final int STEPS = 5;
    /** The mark of a part only the participant can write. */
    public static final String WRITE_HERE = "✍️";

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final int NAMES = 4;

    private final Taxonomy taxonomy;

    /** A drafter for PLNs that use this taxonomy. */
    public ReflectionDraft(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * The map as the draft shows it.
     *
     * @param image   the image file to embed, relative to the draft (e.g. {@code map.png}); empty: no picture, the
     *                alt text is given as a description instead
     * @param altText     the map's short alt text (at most 250 characters), for the image
     * @param description the map's long description, given below the image for readers who cannot see it
     * @param workbook    the workbook file next to the draft, named where the full action plan is; empty if none
     */
    public record MapFigure(Optional<String> image, String altText, String description, Optional<String> workbook) {
        public MapFigure {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(altText, "altText");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(workbook, "workbook");
        }

        /** A figure whose alt text is also its description. */
        public MapFigure(Optional<String> image, String altText, Optional<String> workbook) {
            this(image, altText, altText, workbook);
        }
    }

    /** The draft, ending with a newline. */
    public String markdown(Pln pln, Assessment a, MapFigure figure) {
        return new Draft(pln, a, figure).write();
    }

    /**
     * The draft with a section "How my PLN grew" before "What I will do next", when the PLN is compared with an
     * earlier snapshot ({@code pln compare}, {@code pln assess --since}).
     */
    public String markdown(Pln pln, Assessment a, MapFigure figure, Optional<Growth> growth) {
        Draft d = new Draft(pln, a, figure);
        d.growth = growth;
        return d.write();
    }

    /** One draft being written. */
    private final class Draft {
        private final Pln pln;
        private final Assessment a;
        private final MapFigure figure;
        private final StringBuilder b = new StringBuilder();
        private Optional<Growth> growth = Optional.empty();
        /** What tells a connection from its namesakes, escaped, by connection id ({@link #namesakes}). */
        private final Map<String, String> namesakes;

        Draft(Pln pln, Assessment a, MapFigure figure) {
            this.pln = pln;
            this.a = a;
            this.figure = figure;
            this.namesakes = namesakes(pln);
        }

        String write() {
            b.append("# My personal learning network\n\n");
            b.append("*A first draft written by PLN Toolkit from my PLN as of ").append(longDate(a.asOf()))
                    .append(". Check every fact, make it your own, and write the parts marked ").append(WRITE_HERE)
                    .append(": only you can tell those.*\n\n");
            map();
            problemSolving();
            connections();
            resources();
            maintaining();
            growth.ifPresent(g -> b.append(new GrowthSection(taxonomy).markdown(g, longDate(g.beforeAsOf()),
                    longDate(g.afterAsOf()))));
            nextSteps();
            b.append("---\n\n*Drafted with PLN Toolkit. Delete this line when the post is yours.*\n");
            return b.toString();
        }

        private void map() {
            // brackets as parentheses before escaping: an image's text in brackets reads best without any escape
            String alt = text(figure.altText().replace("[", "(").replace("]", ")"));
            if (figure.image().isPresent()) {
                b.append("![").append(alt).append("](").append(figure.image().get()).append(")\n\n");
            }
            b.append("*My PLN on ").append(longDate(a.asOf())).append(". I am in the centre; each sector is a kind of"
                    + " source, and the nearer a connection sits, the more often I am in touch.");
            if (figure.image().isEmpty()) {
                b.append(" ").append(text(figure.description()));
            }
            b.append("*\n\n");
            if (figure.image().isPresent() && !figure.description().equals(figure.altText())) {
                // entities only: a Markdown.pl-style renderer shows a raw HTML block's backslash escapes as written
                b.append("<details><summary>Description of the map</summary>\n\n")
                        .append(Markdown.htmlText(figure.description()))
                        .append("\n\n</details>\n\n");
            }
        }

        private void problemSolving() {
            b.append("## Problem-solving with my PLN\n\n");
            b.append("> ").append(WRITE_HERE).append(" **Write this part yourself.** Think of one problem from your"
                    + " practice this year: ").append(role().problems()).append(". Whom in your PLN did you turn to?"
                    + " What did they suggest, what did you try, and what happened? What would you do differently next"
                    + " time?\n\n");
            if (!a.topics().byTopic().isEmpty()) {
                b.append("For ideas on whom I could have asked, see the topics under *What they bring me* below.\n\n");
            }
        }

        private void connections() {
            b.append("## My connections\n\n");
            Composition c = a.composition();
            if (c.connections() == 0) {
                b.append("My PLN has no connections yet. ").append(WRITE_HERE)
                        .append(" *Who do you already learn from, even informally?*\n\n");
                return;
            }
            Coverage cov = a.coverage();
            String where = cov.covered() == cov.categories() ? "all " + cov.categories() + " categories"
                    : cov.covered() + " of the " + cov.categories() + " categories";
            b.append("My PLN has ").append(count(c.connections(), "connection")).append(" (").append(kinds(c))
                    .append(") in ").append(where).append(". ");
            List<Connection> people = pln.connections().stream().filter(x -> x.kind() == Kind.PERSON).toList();
            if (people.isEmpty()) {
                b.append("No people are in it yet: all of it is organizations and resources.");
            } else {
                Map<String, List<String>> byCategory = new LinkedHashMap<>();
                Set<String> named = new HashSet<>();
                for (Connection p : people) {
                    // the category follows the group; namesakes in one group read "Tom Baker … and another Tom Baker"
                    String name = (named.add(p.category() + "\n" + nameKey(p)) ? "" : "another ") + text(p.name());
                    byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(name);
                }
                List<String> groups = new ArrayList<>();
                byCategory.forEach((cat, names) -> groups.add(and(names) + " (" + personWord(cat, names.size())
                        + ")"));
                b.append(people.size() == 1 ? "The person I learn from is " : "The people I learn from are ")
                        .append(and(groups)).append('.');
            }
            b.append("\n\n");

            // who I connect with most
            List<Reliance.ConnectionWeight> top = a.reliance().weights().stream().limit(3).toList();
            double share = top.stream().mapToDouble(Reliance.ConnectionWeight::share).sum();
            List<String> most = new ArrayList<>();
            for (Reliance.ConnectionWeight w : top) {
                pln.connection(w.connection().id()).ifPresent(x -> most.add(text(x.name()) + facts(x)));
            }
            b.append("**Who I connect with most.** I connect most with ").append(and(most));
            if (top.size() > 1 && top.size() < c.connections()) {
                b.append("; together they carry ").append(percent(share)).append(" of my engagement");
            }
            b.append('.');
            a.reliance().flags().stream().filter(f -> f.type() == Reliance.FlagType.SOLE_SOURCE).findFirst()
                    .ifPresent(f -> b.append(' ').append(name(f.connection().orElseThrow()))
                            .append(" is my only source for ").append((long) f.value()).append(" of my ")
                            .append(count(a.topics().byTopic().size(), "topic"))
                            .append(", which makes that tie precious and my PLN fragile."));
            b.append("\n\n");

            howConnected();
            whatValue();
            giveBack();
            b.append(WRITE_HERE).append(" *Add one moment when a connection changed something in your practice.*\n\n");
        }

        private void howConnected() {
            Map<String, List<String>> byWay = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (Connection x : pln.connections()) {
                if (x.metVia().isEmpty()) {
                    unknown.add(name(x));
                    continue;
                }
                byWay.computeIfAbsent(metVia(x.metVia().get()), k -> new ArrayList<>()).add(name(x));
            }
            b.append("**How I connected.** ");
            if (byWay.isEmpty()) {
                b.append(WRITE_HERE).append(" *My PLN file does not say how I found my connections: tell how you met"
                        + " the people and found the resources that matter most to you.*\n\n");
                return;
            }
            List<String> parts = new ArrayList<>();
            byWay.forEach((way, names) -> parts.add(names(names) + " " + way));
            b.append("I connected with ").append(String.join("; ", parts)).append('.');
            if (!unknown.isEmpty()) {
                b.append(' ').append(WRITE_HERE).append(" *How did you find ").append(names(unknown)).append("?*");
            }
            b.append("\n\n");
        }

        private void whatValue() {
            b.append("**What they bring me.** ");
            List<String> five = pln.connections().stream().filter(x -> x.value().orElse(0) == 5)
                    .map(this::name).toList();
            if (!five.isEmpty()) {
                b.append(five.size() == 1 ? "The connection I value most (5 of 5) is " : "The connections I value"
                        + " most (5 of 5) are ").append(names(five)).append(". ");
            }
            TopicCoverage t = a.topics();
            if (t.byTopic().isEmpty()) {
                b.append(WRITE_HERE).append(" *Name the topics you need to keep up with, and what each connection"
                        + " helps you with.*\n\n");
                return;
            }
            b.append("My connections help me keep up with my topics:\n\n");
            for (TopicCoverage.TopicSources ts : t.byTopic()) {
                b.append("- **").append(text(capital(ts.topic()))).append("**: ");
                List<String> names = ts.sources().stream().map(s -> name(s.connection())).toList();
                switch (ts.status()) {
                    case UNCOVERED -> b.append("no one yet; finding a source is on my list");
                    case FRAGILE -> b.append(names.get(0)).append(" only");
                    default -> b.append(names(names));
                }
                b.append('\n');
            }
            b.append('\n');
        }

        private void giveBack() {
            GiveBack g = a.giveBack();
            b.append("**How I give back.** ");
            List<String> contribute = new ArrayList<>();
            List<String> lead = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (Connection x : pln.connections()) {
                if (!x.givesBackOrFalse()) {
                    continue;
                }
                Optional<Participation> p = x.participation();
                if (p.isPresent() && p.get() == Participation.LEADER) {
                    lead.add(name(x));
                } else if (p.isPresent() && p.get() == Participation.CONTRIBUTOR) {
                    contribute.add(name(x));
                } else {
                    other.add(name(x));
                }
            }
            if (g.givesBackTo() == 0) {
                b.append("I do not give back to my connections yet.");
            } else {
                List<String> ways = new ArrayList<>();
                if (!contribute.isEmpty()) {
                    ways.add("I contribute to " + names(contribute));
                }
                if (!lead.isEmpty()) {
                    ways.add("I help lead " + names(lead));
                }
                if (!other.isEmpty()) {
                    ways.add((ways.isEmpty() ? "I give back to " : "and I give back to ") + names(other));
                }
                b.append("I give back to ").append(g.givesBackTo()).append(" of the ")
                        .append(count(g.canGiveBackTo(), "connection")).append(" I can give back to (")
                        .append(percent(g.share().orElse(0.0))).append("): ").append(String.join(", ", ways))
                        .append('.');
            }
            if (!g.oneWayTies().isEmpty()) {
                b.append(" So far I learn from ").append(names(g.oneWayTies().stream().map(this::name).toList()))
                        .append(" without giving back.");
            }
            if (g.givesBackTo() == 0) {
                b.append(' ').append(WRITE_HERE)
                        .append(" *What could you share: ").append(role().share()).append("?*");
            }
            b.append("\n\n");
        }

        private void resources() {
            b.append("## My resources\n\n");
            Map<String, List<Connection>> byCategory = new LinkedHashMap<>();
            for (String id : taxonomy.ids()) {
                byCategory.put(id, new ArrayList<>());
            }
            for (Connection x : pln.connections()) {
                if (x.kind() != Kind.PERSON) {
                    byCategory.computeIfAbsent(x.category(), k -> new ArrayList<>()).add(x);
                }
            }
            boolean any = byCategory.values().stream().anyMatch(l -> !l.isEmpty());
            if (!any) {
                b.append("I do not follow any organizations or resources yet: no blogs, hashtags, groups, journals,"
                        + " webinars or organizations.\n\n");
            } else {
                b.append("Beyond people, I learn from:\n\n");
                byCategory.forEach((cat, list) -> {
                    if (list.isEmpty()) {
                        return;
                    }
                    List<String> items = new ArrayList<>();
                    for (Connection x : list) {
                        items.add(Markdown.link(x.name(), x.url()) + resourceFacts(x));
                    }
                    b.append("- **").append(text(categoryLabel(cat))).append("**: ").append(String.join("; ", items))
                            .append('\n');
                });
                b.append('\n');
            }
            List<String> gaps = a.coverage().gaps().stream().map(g -> text(g.label())).toList();
            if (!gaps.isEmpty()) {
                b.append("Not yet in my PLN: ").append(and(gaps)).append(". ")
                        .append(gaps.size() == 1 ? "It is" : "They are").append(" on my list of next steps.\n\n");
            }
        }

        private void maintaining() {
            b.append("## Maintaining my PLN\n\n");
            Upkeep u = a.upkeep();
            if (u.organizer().isPresent()) {
                b.append("**How I organize it.** I keep my resources organized in ").append(text(u.organizer().get()))
                        .append(". ").append(WRITE_HERE)
                        .append(" *Say how: folders, tags, a daily reading time?*\n\n");
            } else {
                b.append("**How I organize it.** I have not chosen a tool to organize my resources yet. ")
                        .append(WRITE_HERE).append(" *Which would suit you: a feed reader (Feedly, Inoreader), a"
                                + " bookmark board (Wakelet, Raindrop) or a notebook (OneNote)?*\n\n");
            }
            if (pln.connections().isEmpty()) {
                return;
            }
            b.append("**My schedule.** How often I check in:\n\n");
            Map<String, List<String>> byFrequency = new LinkedHashMap<>();
            for (Frequency f : Frequency.values()) {
                byFrequency.put(capital(f.id()), new ArrayList<>());
            }
            byFrequency.put("Not set", new ArrayList<>());
            for (Connection x : pln.connections()) {
                byFrequency.get(x.frequency().map(f -> capital(f.id())).orElse("Not set")).add(name(x));
            }
            byFrequency.forEach((when, names) -> {
                if (!names.isEmpty()) {
                    b.append("- ").append(when).append(": ").append(and(names)).append('\n');
                }
            });
            b.append('\n');
            b.append("**Checking in.** ");
            if (u.overdueCheckIns().isEmpty()) {
                b.append("As of ").append(longDate(a.asOf())).append(", none of my check-ins is overdue.");
            } else {
                List<String> items = new ArrayList<>();
                for (Upkeep.OverdueCheckIn o : u.overdueCheckIns()) {
                    items.add(text(o.connection().name()) + " (" + namesake(o.connection().id()) + o.frequency().id()
                            + ", last contact "
                            + shortDate(o.lastContact()) + ")");
                }
                b.append("As of ").append(longDate(a.asOf())).append(", ")
                        .append(count(items.size(), "check-in is", "check-ins are")).append(" overdue: ")
                        .append(and(items)).append('.');
            }
            if (!u.noLastContact().isEmpty()) {
                b.append(" I have not noted when I was last in touch with ")
                        .append(names(u.noLastContact().stream().map(this::name).toList())).append('.');
            }
            b.append("\n\n").append(WRITE_HERE).append(" *When in your week do you make time for your PLN, and how do"
                    + " you decide what to keep and what to let go?*\n\n");
        }

        private void nextSteps() {
            b.append("## What I will do next\n\n");
            List<Recommendation> recs = a.actionPlan().recommendations();
            b.append("My assessment gives my PLN a health score of ").append(a.health().score())
                    .append(" out of 100. ");
            if (recs.isEmpty()) {
                b.append("It suggests no changes: my PLN is in good shape, and my task is to keep it that way.\n\n");
                return;
            }
            b.append("These are the steps it suggests, most important first (its reasons in italics):\n\n");
            for (Recommendation r : recs.subList(0, Math.min(STEPS, recs.size()))) {
                b.append(r.rank()).append(". **").append(text(r.title())).append(".** *")
                        .append(text(r.reason())).append("*\n");
            }
            b.append('\n');
            if (recs.size() > STEPS) {
                b.append("The full plan has ").append(count(recs.size(), "step"));
                figure.workbook().ifPresent(w -> b.append("; it is in my workbook (").append(w)
                        .append(", sheet *Gaps & actions*), where I track each one"));
                b.append(".\n\n");
            }
            b.append(WRITE_HERE).append(" *Which step will you take first, and by when?*\n\n");
        }

        // -------------------------------------------------------------------------------------------- words

        private RoleWords role() {
            return RoleWords.of(pln.participant().role());
        }

        /** The connection's name as the draft writes it: escaped, and told apart from a namesake. */
        private String name(Connection x) {
            return namesakes.containsKey(x.id()) ? text(x.name()) + " (" + namesakes.get(x.id()) + ")"
                    : text(x.name());
        }

        private String name(ConnectionRef r) {
            return namesakes.containsKey(r.id()) ? text(r.name()) + " (" + namesakes.get(r.id()) + ")"
                    : text(r.name());
        }

        /** "mentor, " for a connection with a namesake, to put before other facts in parentheses; else "". */
        private String namesake(String id) {
            return namesakes.containsKey(id) ? namesakes.get(id) + ", " : "";
        }

        /**
         * What tells namesakes apart, by connection id. Two connections may share a name (two colleagues called Tom Baker, or one
         * person entered in two categories): written as given, "I learn from Tom Baker and Tom Baker" reads like a
         * mistake of the draft. Each of them gets its category ("Tom Baker (mentor)", "Tom Baker (local
         * colleague)"), numbered in PLN order when they share the category too ("José Álvarez (local colleague 1)").
         */
        private Map<String, String> namesakes(Pln p) {
            Map<String, List<Connection>> byName = new LinkedHashMap<>();
            for (Connection x : p.connections()) {
                byName.computeIfAbsent(nameKey(x), k -> new ArrayList<>()).add(x);
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (List<Connection> same : byName.values()) {
                if (same.size() < 2) {
                    continue;
                }
                Map<String, Integer> seen = new LinkedHashMap<>();
                for (Connection x : same) {
                    long inCategory = same.stream().filter(o -> o.category().equals(x.category())).count();
                    String word = lowerFirst(new Anonymizer(taxonomy).personLabel(x.category()));
                    if (inCategory > 1) {
                        word += " " + seen.merge(x.category(), 1, Integer::sum);
                    }
                    out.put(x.id(), text(word));
                }
            }
            return out;
        }

        private String kinds(Composition c) {
            List<String> kinds = new ArrayList<>();
            int people = c.count(Kind.PERSON);
            int orgs = c.count(Kind.ORGANIZATION);
            int res = c.count(Kind.RESOURCE);
            if (people > 0) {
                kinds.add(count(people, "person", "people"));
            }
            if (orgs > 0) {
                kinds.add(count(orgs, "organization"));
            }
            if (res > 0) {
                kinds.add(count(res, "resource"));
            }
            return and(kinds);
        }

        /** "local colleague", "mentors": the category's label, singular for one person, in lower case. */
        private String personWord(String categoryId, int n) {
            String label = categoryLabel(categoryId);
            String word = n == 1 ? new Anonymizer(taxonomy).personLabel(categoryId) : label;
            return text(lowerFirst(word));
        }

        private String categoryLabel(String id) {
            return taxonomy.byId(id).map(Category::label).orElse(id);
        }

        /** " (weekly, value 5 of 5)", after the category of a connection with a namesake ({@link #name}). */
        private String facts(Connection x) {
            List<String> f = new ArrayList<>();
            if (namesakes.containsKey(x.id())) {
                f.add(namesakes.get(x.id()));
            }
            x.frequency().ifPresent(v -> f.add(v.id()));
            x.value().ifPresent(v -> f.add("value " + v + " of 5"));
            return f.isEmpty() ? "" : " (" + String.join(", ", f) + ")";
        }

        private String resourceFacts(Connection x) {
            List<String> f = new ArrayList<>();
            x.frequency().ifPresent(v -> f.add(v.id()));
            x.participation().ifPresent(p -> f.add(switch (p) {
                case NONE -> "I am not active there";
                case LURKER -> "I read along";
                case CONTRIBUTOR -> "I contribute";
                case LEADER -> "I help lead it";
            }));
            if (x.wantsMoreOrFalse()) {
                f.add("I want to do more");
            }
            return f.isEmpty() ? "" : " (" + String.join("; ", f) + ")";
        }

        /**
         * How a connection was met, as words after a name: "at school", "on Twitter", "through Marcus Bell", "at
         * ISTE" ({@link MetVia}); a connection named by its id or name reads as its name.
         */
        private String metVia(String raw) {
            return text(MetVia.phrase(raw, s -> pln.connection(s).or(() -> pln.connections().stream()
                    .filter(c -> c.name().strip().equalsIgnoreCase(s.strip())).findFirst()).map(Connection::name)));
        }

        /** "15 August", with the year when it is not the as-of date's. */
        private String shortDate(LocalDate d) {
            return d.getYear() == a.asOf().getYear() ? SHORT.format(d) : LONG.format(d);
        }

        private String names(List<String> names) {
            if (names.size() <= NAMES + 1) {
                return and(names);
            }
            List<String> shown = new ArrayList<>(names.subList(0, NAMES));
            shown.add(count(names.size() - NAMES, "other"));
            return and(shown);
        }
    }

    /** Names compared as a reader would: case, surrounding spaces and runs of spaces ignored. */
    private static String nameKey(Connection x) {
        return x.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String longDate(LocalDate d) {
        return LONG.format(d);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
