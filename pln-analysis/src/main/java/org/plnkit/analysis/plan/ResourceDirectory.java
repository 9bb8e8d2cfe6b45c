package org.plnkit.analysis.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.topics.TopicsMeasure;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.Fields;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.read.Text;

/**
 * A district's directory of recommended people, organizations and resources, read from a YAML file, that suggests
 * entries for the categories and topics a participant's action plan asks for. Entries the PLN already holds (same
 * web address, or same name ignoring case and spacing) are left out; the others keep the file's order, those that
 * match more of the participant's topics first.
 *
 * <pre>{@code
 * resources:
 *   - name: Edutopia
 *     kind: resource
 *     category: blogs-websites          # an id or label of the taxonomy
 *     url: https://www.edutopia.org
 *     topics: [classroom management, project-based learning]
 *     note: Free articles and videos by teachers.
 * }</pre>
 *
 * <pre>{@code
 * ReadResult<ResourceDirectory> r = ResourceDirectory.read(Path.of("resources.yaml"), Taxonomy.defaults());
 * r.problems().forEach(System.out::println);   // resources.yaml: error: resource 3 (Edutopa): unknown category …
 * SuggestionSource source = r.value().orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResourceDirectory implements SuggestionSource {
    private static final Set<String> FIELDS = Set.of("name", "kind", "category", "url", "topics", "note");

    private final List<Suggestion> resources;

    /** A directory of these resources, in this order. */
    public ResourceDirectory(List<Suggestion> resources) {
        this.resources = List.copyOf(resources);
    }

    /** The resources in file order. */
    public List<Suggestion> resources() {
        return resources;
    }

    /** Reads a directory file; problems are reported with the file and the resource's position. */
    public static ReadResult<ResourceDirectory> read(Path file, Taxonomy taxonomy) {
        String name = file.toString();
        Problems problems = new Problems();
        try {
            if (Files.size(file) > Limits.DEFAULT.maxParticipantFileBytes()) {
                problems.error(Place.file(name), "the resource directory is too large");
                return ReadResult.failed(problems.toList());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in, taxonomy);
            }
        } catch (NoSuchFileException e) {
            problems.error(Place.file(name), "no such file");
        } catch (IOException e) {
            problems.error(Place.file(name), "cannot read the file: " + e.getMessage());
        }
        return ReadResult.failed(problems.toList());
    }

    /** Reads a directory from a stream; {@code name} is used in messages. */
    public static ReadResult<ResourceDirectory> read(String name, InputStream in, Taxonomy taxonomy) {
        Problems problems = new Problems();
        Place place = Place.file(name);
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            problems.error(place, "this is not a readable YAML file: " + firstLine(e.getMessage()));
            return ReadResult.failed(problems.toList());
        }
        JsonNode list = root == null ? null : root.get("resources");
        if (list == null || !list.isArray()) {
            problems.error(place, "a resource directory needs \"resources:\" with a list of resources");
            return ReadResult.failed(problems.toList());
        }
        List<Suggestion> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : list) {
            i++;
            String where = "resource " + i;
            if (!item.isObject()) {
                problems.error(place, where + " is not a mapping with a name, kind, category…");
                continue;
            }
            String rname = text(item, "name").orElse(null);
            if (rname == null) {
                problems.error(place, where + " has no name");
                continue;
            }
            where += " (" + rname + ")";
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!FIELDS.contains(f)) {
                    problems.warning(place, where + ": unknown field \"" + f + "\" is ignored"
                            + Text.didYouMean(f, FIELDS).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
                }
            }
            Optional<Kind> kind = Optional.empty();
            Optional<String> kindText = text(item, "kind");
            if (kindText.isPresent()) {
                kind = Kind.parse(kindText.get());
                if (kind.isEmpty()) {
                    problems.error(place, where + ": kind \"" + kindText.get()
                            + "\" is not one of person, organization, resource");
                    continue;
                }
            }
            Optional<String> category = Optional.empty();
            Optional<String> catText = text(item, "category");
            if (catText.isPresent()) {
                Optional<Category> cat = taxonomy.resolve(catText.get());
                if (cat.isEmpty()) {
                    problems.error(place, where + ": unknown category \"" + catText.get() + "\""
                            + taxonomy.suggest(catText.get()).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
                    continue;
                }
                category = Optional.of(cat.get().id());
            }
            List<String> topics = new ArrayList<>();
            JsonNode t = item.get("topics");
            if (t != null && t.isArray()) {
                t.forEach(x -> topics.add(x.asText()));
            } else if (t != null && !t.isNull()) {
                topics.addAll(Text.splitList(t.asText()));
            }
            out.add(new Suggestion(rname, kind, category, text(item, "url"), Fields.topics(topics),
                    text(item, "note")));
        }
        if (problems.hasErrors()) {
            return ReadResult.failed(problems.toList());
        }
        return ReadResult.of(new ResourceDirectory(out), problems.toList());
    }

    @Override
    public List<Suggestion> suggest(Need need, Pln pln, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (Connection c : pln.connections()) {
            names.add(nameKey(c.name()));
            c.url().ifPresent(u -> urls.add(urlKey(u)));
        }
        Set<String> wanted = new HashSet<>();
        pln.participant().topics().forEach(x -> wanted.add(TopicsMeasure.key(x)));
        String needKey = need.type() == Need.Type.TOPIC ? TopicsMeasure.key(need.key()) : need.key();

        List<Suggestion> found = new ArrayList<>();
        for (Suggestion s : resources) {
            boolean matches = need.type() == Need.Type.CATEGORY
                    ? s.category().filter(needKey::equals).isPresent()
                    : s.topics().stream().anyMatch(x -> TopicsMeasure.key(x).equals(needKey));
            boolean held = names.contains(nameKey(s.name()))
                    || s.url().map(u -> urls.contains(urlKey(u))).orElse(false);
            if (matches && !held) {
                found.add(s);
            }
        }
        // stable: among equals, the directory's own order
        found.sort(Comparator.comparingLong(s -> -s.topics().stream().map(TopicsMeasure::key).filter(wanted::contains)
                .count()));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    /** A name as compared: NFKC, lower case, spaces collapsed, surrounding punctuation trimmed. */
    static String nameKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
        return s.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    /** A web address as compared: no scheme, no {@code www.}, host in lower case, no trailing slash. */
    static String urlKey(String url) {
        String s = url.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        int slash = s.indexOf('/');
        String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
        String rest = slash < 0 ? "" : s.substring(slash);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String key = host + rest;
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    private static Optional<String> text(JsonNode item, String field) {
        JsonNode n = item.get(field);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return Optional.empty();
        }
        return Fields.text(n.asText());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
