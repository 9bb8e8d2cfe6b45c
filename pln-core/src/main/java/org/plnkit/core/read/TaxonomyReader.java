package org.plnkit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.Fields;
import org.plnkit.core.read.internal.InputFiles;
import org.plnkit.core.read.internal.Text;

/**
 * Reads a taxonomy file: a district's own categories, in the shape of the bundled default.
 *
 * <pre>{@code
 * categories:
 *   - id: local-colleagues
 *     label: Local colleagues
 *     kinds: [person]          # optional
 *     local: true              # optional, default false: in-person rather than online
 *     description: People you work with in your school or district.   # optional
 *     examples: [the librarian next door]                             # optional
 *     aliases: [colleagues, PLC, department]   # optional: other words accepted for this category
 * }</pre>
 *
 * An id, label or alias may belong to one category only (in any case).
 * @since 0.1.0
 */
public final class TaxonomyReader {
    private static final String DEFAULT_RESOURCE = "/org/plnkit/core/default-taxonomy.yaml";

    private TaxonomyReader() {
    }

    /** Reads a taxonomy file; every problem is reported with its line. */
    public static ReadResult<Taxonomy> read(Path file) {
        Problems problems = new Problems();
        String name = file.toString();
        try {
            InputFiles.requireRegular(file); // a folder, a FIFO: refused in words before it is opened
            if (Files.size(file) > Limits.DEFAULT.maxParticipantFileBytes()) {
                problems.error(Place.file(name), "the taxonomy file is too large");
                return ReadResult.failed(problems.toList());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (IOException e) {
            problems.error(Place.file(name), "cannot read the file: " + InputFiles.reason(e));
            return ReadResult.failed(problems.toList());
        }
    }

    /** Reads a taxonomy from a stream; {@code name} is used in messages. */
    public static ReadResult<Taxonomy> read(String name, InputStream in) {
        Problems problems = new Problems();
        Tree.Node root = Documents.parse(name, in, Documents.Format.YAML, Limits.DEFAULT, problems);
        if (root == null) {
            if (!problems.hasErrors()) {
                problems.error(Place.file(name), "the file is empty; it needs a list of categories");
            }
            return ReadResult.failed(problems.toList());
        }
        List<Category> categories = new ArrayList<>();
        Tree.Node list = root instanceof Tree.MapNode m ? m.entries().get("categories") : null;
        if (!(list instanceof Tree.ListNode items)) {
            problems.error(root.place(), "a taxonomy file needs \"categories:\" with a list of categories");
            return ReadResult.failed(problems.toList());
        }
        Set<String> idsAndLabels = new java.util.HashSet<>();
        // every id, label and alias (in lower case) and the id of the category it names
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (Tree.Node item : items.items()) {
            if (!(item instanceof Tree.MapNode c)) {
                problems.error(item.place(), "a category is a mapping with id and label, not " + item.shape());
                continue;
            }
            String id = scalar(c, "id");
            String label = scalar(c, "label");
            if (Text.isBlank(id)) {
                problems.error(c.place(), "this category has no id");
                continue;
            }
            if (Text.isBlank(label)) {
                label = id;
            }
            if (!idsAndLabels.add(nameKey(id)) || !idsAndLabels.add("label:" + nameKey(label))) {
                problems.error(c.place(), ProblemCode.TAXONOMY_CATEGORY_TWICE,
                        new Arg(Arg.Kind.INPUT, Arg.Style.PLAIN, List.of(id)));
                continue;
            }
            List<String> aliases = new ArrayList<>();
            boolean clash = false;
            Set<String> own = new java.util.HashSet<>();
            for (String word : concat(id, label, list(c, "aliases"))) {
                String k = nameKey(word);
                String other = seen.get(k);
                if (other != null && !other.equals(id.strip())) {
                    problems.error(c.place(), ProblemCode.TAXONOMY_NAME_TAKEN,
                            new Arg(Arg.Kind.INPUT, Arg.Style.PLAIN, List.of(id.strip())), Arg.input(word.strip()),
                            new Arg(Arg.Kind.INPUT, Arg.Style.PLAIN, List.of(other)));
                    clash = true;
                } else if (own.add(k) && !k.equals(nameKey(id)) && !k.equals(nameKey(label))) {
                    aliases.add(word.strip());
                }
            }
            if (clash) {
                continue;
            }
            for (String k : own) {
                seen.put(k, id.strip());
            }
            EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
            for (String k : list(c, "kinds")) {
                Fields.kind(k, c.place(), problems).ifPresent(kinds::add);
            }
            boolean local = Fields.yesNo("local", scalar(c, "local"), c.place(), problems).orElse(false);
            categories.add(new Category(id.strip(), label.strip(), kinds, local,
                    Text.isBlank(scalar(c, "description")) ? "" : scalar(c, "description").strip(), list(c, "examples"),
                    aliases));
        }
        if (categories.isEmpty() && !problems.hasErrors()) {
            problems.error(items.place(), "the taxonomy has no categories");
        }
        if (problems.hasErrors()) {
            return ReadResult.failed(problems.toList());
        }
        return ReadResult.of(new Taxonomy(categories), problems.toList());
    }

    /** The bundled default taxonomy. */
    public static Taxonomy bundledDefault() {
        try (InputStream in = TaxonomyReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            ReadResult<Taxonomy> r = read("default-taxonomy.yaml", in);
            return r.value().orElseThrow(() -> new IllegalStateException("bad bundled taxonomy: " + r.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nameKey(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<String> concat(String id, String label, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases.size() + 2);
        all.add(id);
        all.add(label);
        for (String a : aliases) {
            if (!Text.isBlank(a)) {
                all.add(a);
            }
        }
        return all;
    }

    private static String scalar(Tree.MapNode m, String key) {
        return m.entries().get(key) instanceof Tree.Scalar s ? s.text() : null;
    }

    private static List<String> list(Tree.MapNode m, String key) {
        Tree.Node n = m.entries().get(key);
        List<String> out = new ArrayList<>();
        if (n instanceof Tree.ListNode l) {
            for (Tree.Node i : l.items()) {
                if (i instanceof Tree.Scalar s && !s.isNull()) {
                    out.add(s.text());
                }
            }
        } else if (n instanceof Tree.Scalar s && !s.isNull()) {
            out.addAll(Text.splitList(s.text()));
        }
        return out;
    }

}
