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
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;

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
 * }</pre>
 *
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
            if (Files.size(file) > Limits.DEFAULT.maxParticipantFileBytes()) {
                problems.error(Place.file(name), "the taxonomy file is too large");
                return ReadResult.failed(problems.toList());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (IOException e) {
            problems.error(Place.file(name), "cannot read the file: " + e.getMessage());
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
        Set<String> seen = new java.util.HashSet<>();
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
            if (!seen.add(id.strip().toLowerCase(java.util.Locale.ROOT))
                    || !seen.add("label:" + label.strip().toLowerCase(java.util.Locale.ROOT))) {
                problems.error(c.place(), "category " + id + " is defined twice");
                continue;
            }
            EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
            for (String k : list(c, "kinds")) {
                Fields.kind(k, c.place(), problems).ifPresent(kinds::add);
            }
            boolean local = Fields.yesNo("local", scalar(c, "local"), c.place(), problems).orElse(false);
            categories.add(new Category(id.strip(), label.strip(), kinds, local,
                    Text.isBlank(scalar(c, "description")) ? "" : scalar(c, "description").strip(), list(c, "examples")));
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
