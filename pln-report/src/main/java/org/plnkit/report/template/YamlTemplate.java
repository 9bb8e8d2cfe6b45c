package org.plnkit.report.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.plan.Need;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.Text;

/**
 * A commented YAML starter for one participant's PLN: the participant block, two worked connections and a link,
 * with every choice explained in comments (the categories come from the taxonomy in use). It reads without a
 * problem as it is, so a participant can check each edit with {@code pln validate}.
 *
 * <pre>{@code
 * Files.writeString(Path.of("my-pln.yaml"), YamlTemplate.text(TemplateOptions.defaults()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class YamlTemplate {
    /** Plain words a YAML reader takes for a yes/no or nothing rather than text. */
    private static final Set<String> YAML_WORDS = Set.of("yes", "no", "true", "false", "null", "on", "off", "y", "n");

    private YamlTemplate() {
    }

    /**
     * The starter file's text ({@code \n} line ends): a school librarian's example, or, when the options name a role,
     * an example for that role: its organization, resource and topics from the starter resource directory
     * ({@link ResourceDirectory#starter}), as its action plan would suggest them.
     */
    public static String text(TemplateOptions options) {
        Taxonomy t = options.taxonomy();
        Category person = typical(t, Kind.PERSON, 0);
        Example ex = options.role().map(r -> example(r, t)).orElseGet(() -> librarian(t));
        int width = t.categories().stream().mapToInt(c -> c.id().length()).max().orElse(10) + 2;
        StringBuilder b = new StringBuilder();
        b.append("""
                # My Personal Learning Network (PLN): the people, organizations and resources I learn from.
                # Fill in the participant block about you, then one entry under connections: for each source.
                # Check the file at any time with:   pln validate my-pln.yaml
                #
                # Only the participant's id, and each connection's name, kind and category, are needed.
                # Delete the lines you do not need: a missing field means "not given".
                # Indent with spaces, never tabs. Text with a colon or a # in it goes in "quotes".
                participant:
                  id: my-name                       # a short id: letters, digits and dashes, e.g. maria-lopez
                  name: My Name
                """);
        b.append("  role: ").append(plain(ex.role())).append('\n');
        b.append("  school: ").append(plain(ex.school())).append('\n');
        b.append(commented("  topics: " + list(ex.topics()), "what you need to keep up with"));
        b.append("""
                  organizer: Feedly                 # the tool you keep your resources in (optional)
                  as_of: YYYY-MM-DD                 # the date you filled this in, YYYY-MM-DD

                # For each connection:
                #   name           who or what you learn from (needed)
                #   kind           person, organization or resource (needed)
                #   category       one of these ids (needed):
                """.replace("as_of: YYYY-MM-DD", "as_of: " + options.asOf().toString()));
        for (Category c : t.categories()) {
            b.append("#     ").append(pad(c.id(), width)).append(oneLine(c.label()));
            if (!c.description().isBlank()) {
                b.append(": ").append(oneLine(c.description()));
            }
            if (!c.examples().isEmpty()) {
                b.append(" (e.g. ").append(oneLine(String.join("; ", c.examples()))).append(")");
            }
            b.append('\n');
        }
        b.append("#   id             optional: a short id that links: below refer to (default: made from the name)\n");
        b.append("#   shared_id      optional: the same id for everyone in your group (e-mail, @handle, staff number)\n");
        b.append("#   url            the web address of an organization or resource\n");
        b.append("#   met_via        how you connected: school, district, in-person, twitter, facebook, conference,\n");
        b.append("#                  professional-organization, mentor-program, email, other, or your own words\n");
        b.append("#   frequency      how often you check it or are in touch: ");
        b.append(String.join(", ", List.of(Frequency.values()).stream().map(Frequency::id).toList())).append('\n');
        b.append("#   value          how valuable it is to your practice: 1 (a little) to 5 (essential)\n");
        b.append("#   gives_back     yes if you also contribute to it\n");
        b.append("#   participation  none, lurker (you read), contributor (you post) or leader (you organize)\n");
        b.append("#   wants_more     yes if you want to be more active here but have not started yet\n");
        b.append("#   topics         the topics it helps you with, e.g. ").append(list(ex.topics())).append('\n');
        b.append("#   last_contact   the last time you checked it or were in touch, YYYY-MM-DD\n");
        b.append("#   feed           optional: its news feed (RSS or Atom) address, for Feedly (the PLN's reading list, OPML)\n");
        b.append("connections:\n");
        b.append("  - id: jane\n");
        b.append("    name: Jane Kim\n");
        b.append("    kind: person\n");
        b.append("    category: ").append(scalar(person.id())).append('\n');
        b.append("    met_via: school\n");
        b.append("    frequency: weekly\n");
        b.append("    value: 5\n");
        b.append("    gives_back: yes\n");
        b.append("    topics: ").append(list(ex.topics())).append('\n');
        b.append("    last_contact: ").append(options.exampleContact(12)).append('\n');
        ex.organization().ifPresent(o -> source(b, o, Kind.ORGANIZATION, List.of("met_via: professional-organization",
                "frequency: monthly", "value: 4", "participation: lurker", "wants_more: yes"), options.exampleContact(47)));
        ex.resource().ifPresent(r -> source(b, r, Kind.RESOURCE, List.of("frequency: weekly", "value: 3",
                "participation: lurker"), options.exampleContact(5)));
        ex.organization().ifPresent(o -> {
            b.append("\n");
            b.append("# Ties between your connections (optional): Jane is a member of ").append(oneLine(o.shortName()))
                    .append(". Use the ids above.\n");
            b.append("links:\n");
            b.append("  - { from: jane, to: ").append(scalar(o.id())).append(" }\n");
        });
        return b.toString();
    }

    /** An example organization or resource as a connection: its id, name, kind, category and url, then these fields. */
    private static void source(StringBuilder b, Source s, Kind kind, List<String> fields, Object lastContact) {
        b.append("  - id: ").append(scalar(s.id())).append('\n');
        b.append("    name: ").append(plain(s.name())).append('\n');
        b.append("    kind: ").append(kind.id()).append('\n');
        b.append("    category: ").append(scalar(s.category())).append('\n');
        s.url().ifPresent(u -> b.append("    url: ").append(plain(u)).append('\n'));
        fields.forEach(f -> b.append("    ").append(f).append('\n'));
        b.append("    last_contact: ").append(lastContact).append('\n');
    }

    /** Whose example the starter is, and what they learn from besides their colleague Jane. */
    private record Example(String role, String school, List<String> topics, Optional<Source> organization,
                           Optional<Source> resource) {
    }

    /** An example organization or resource: its id in the starter, and what the directory says of it. */
    private record Source(String id, String name, String shortName, String category, Optional<String> url) {
    }

    /** The long-standing example: a middle-school librarian who belongs to AASL. */
    private static Example librarian(Taxonomy t) {
        Category org = typical(t, Kind.ORGANIZATION, Math.min(1, t.categories().size() - 1));
        return new Example("Teacher librarian", "Lincoln Middle School", List.of("makerspaces", "coding"),
                Optional.of(new Source("aasl", "American Association of School Librarians", "AASL", org.id(),
                        Optional.of("https://www.ala.org/aasl"))), Optional.empty());
    }

    /**
     * An example for a role, chosen from the starter resource directory as an action plan would suggest to a
     * teacher of that role ({@link ResourceDirectory#suggest}): an organization and a resource of the role's own
     * audience when it has them (NSTA and #NGSSchat for a science teacher, SHAPE America and PE Central for a PE
     * teacher), else the directory's entries for every teacher (a neutral teacher's example, not a librarian's). The
     * topics are those of the role's own entries, else the first word of the role's audience ("physical
     * education"), else those of the entries for everyone.
     */
    private static Example example(String role, Taxonomy t) {
        ResourceDirectory d = ResourceDirectory.starter(t);
        Participant p = Participant.builder("my-name").role(role).build();
        Pln pln = new Pln(p, List.of(), List.of());
        List<String> mine = d.audiencesOf(p);
        List<Suggestion> resources = d.resources();
        List<Suggestion> mainly = new ArrayList<>();
        List<Suggestion> alsoFits = new ArrayList<>();
        List<Suggestion> everyone = new ArrayList<>();
        for (Category c : t.categories()) {
            for (Suggestion s : d.suggest(Need.category(c.id()), pln, resources.size())) {
                List<String> audiences = d.audiencesOf(resources.indexOf(s));
                List<Suggestion> into = audiences.isEmpty() ? everyone
                        : mine.contains(audiences.get(0)) ? mainly : alsoFits;
                if (!into.contains(s)) {
                    into.add(s);
                }
            }
        }
        List<Suggestion> fitting = new ArrayList<>(mainly);
        fitting.addAll(alsoFits);
        Set<String> ids = new HashSet<>(Set.of("jane"));
        Optional<Source> org = first(fitting, everyone, Kind.ORGANIZATION).map(s -> source(s, ids));
        Optional<Source> res = first(fitting, everyone, Kind.RESOURCE).map(s -> source(s, ids));
        List<String> topics = topics(fitting);
        if (topics.isEmpty()) {
            topics = mine.stream().filter(a -> !d.audiences().get(a).isEmpty()).findFirst()
                    .map(a -> List.of(d.audiences().get(a).get(0))).orElseGet(() -> topics(everyone));
        }
        return new Example(role, "My School", topics, org, res);
    }

    private static Optional<Suggestion> first(List<Suggestion> fitting, List<Suggestion> everyone, Kind kind) {
        return fitting.stream().filter(s -> s.kind().equals(Optional.of(kind))).findFirst()
                .or(() -> everyone.stream().filter(s -> s.kind().equals(Optional.of(kind))).findFirst());
    }

    /** The first two topics of these entries, each once. */
    private static List<String> topics(List<Suggestion> from) {
        Set<String> seen = new LinkedHashSet<>();
        from.forEach(s -> s.topics().forEach(x -> seen.add(oneLine(x))));
        return seen.stream().filter(x -> !x.isEmpty()).limit(2).toList();
    }

    /** An entry as an example connection, its id new among {@code ids} (which it joins). */
    private static Source source(Suggestion s, Set<String> ids) {
        java.util.regex.Matcher abbreviation = java.util.regex.Pattern.compile("\\(([^()]+)\\)\\s*$").matcher(s.name());
        String shortName = abbreviation.find() ? abbreviation.group(1).strip() : s.name();
        String base = Text.slug(shortName);
        if (base.length() > 30) {
            // whole words: "the-art-of-education", not "the-art-of-education-universit"
            int cut = base.lastIndexOf('-', 30);
            base = base.substring(0, cut > 0 ? cut : 30);
        }
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "source" + (base.isEmpty() ? "" : "-" + base);
        }
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return new Source(id, oneLine(s.name()), shortName, s.category().orElseThrow(), s.url().map(YamlTemplate::oneLine));
    }

    /** A line with a comment at the starter's comment column. */
    private static String commented(String line, String comment) {
        return pad(line, 36) + "# " + comment + "\n";
    }

    /** A flow list of topics, e.g. {@code [makerspaces, coding]}. */
    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlTemplate::plain).toList()) + "]";
    }

    /**
     * A value as the starter writes it: plain when YAML reads plain words back as the same text ("Teacher
     * librarian", "https://www.nsta.org"), else double-quoted ("#NGSSchat", a role with a colon).
     */
    static String plain(String s) {
        boolean words = s.matches("[A-Za-z][A-Za-z0-9 ()'.-]*[A-Za-z0-9)]");
        boolean url = s.matches("https?://[A-Za-z0-9./_~%?=&+-]+");
        boolean notAWord = !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT));
        return (words || url) && notAWord ? s : scalar(s);
    }

    private static Category typical(Taxonomy t, Kind kind, int fallback) {
        return t.categories().stream().filter(c -> c.typicalKinds().contains(kind)).findFirst()
                .orElse(t.categories().get(fallback));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A YAML scalar: plain when it is a simple id, else double-quoted. */
    static String scalar(String s) {
        if (s.matches("[a-z][a-z0-9-]*") && !YAML_WORDS.contains(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
