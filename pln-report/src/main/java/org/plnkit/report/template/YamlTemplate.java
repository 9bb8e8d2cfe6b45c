package org.plnkit.report.template;

import java.util.List;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;

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
    private YamlTemplate() {
    }

    /** The starter file's text ({@code \n} line ends). */
    public static String text(TemplateOptions options) {
        Taxonomy t = options.taxonomy();
        Category person = typical(t, Kind.PERSON, 0);
        Category org = typical(t, Kind.ORGANIZATION, Math.min(1, t.categories().size() - 1));
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
                  role: Teacher librarian
                  school: Lincoln Middle School
                  topics: [makerspaces, coding]     # what you need to keep up with
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
        b.append("#   topics         the topics it helps you with, e.g. [makerspaces, coding]\n");
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
        b.append("    topics: [makerspaces, coding]\n");
        b.append("    last_contact: ").append(options.exampleContact(12)).append('\n');
        b.append("  - id: aasl\n");
        b.append("    name: American Association of School Librarians\n");
        b.append("    kind: organization\n");
        b.append("    category: ").append(scalar(org.id())).append('\n');
        b.append("    url: https://www.ala.org/aasl\n");
        b.append("    met_via: professional-organization\n");
        b.append("    frequency: monthly\n");
        b.append("    value: 4\n");
        b.append("    participation: lurker\n");
        b.append("    wants_more: yes\n");
        b.append("    last_contact: ").append(options.exampleContact(47)).append('\n');
        b.append("\n");
        b.append("# Ties between your connections (optional): Jane is a member of AASL. Use the ids above.\n");
        b.append("links:\n");
        b.append("  - { from: jane, to: aasl }\n");
        return b.toString();
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
        if (s.matches("[a-z][a-z0-9-]*") && !List.of("yes", "no", "true", "false", "null", "on", "off", "y", "n")
                .contains(s)) {
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
