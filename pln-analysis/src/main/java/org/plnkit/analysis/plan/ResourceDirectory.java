package org.plnkit.analysis.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.topics.TopicsMeasure;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.read.internal.Fields;
import org.plnkit.core.read.internal.Text;

/**
 * A directory of recommended people, organizations and resources, read from a YAML file, that suggests entries for
 * the categories and topics a participant's action plan asks for. PLN Toolkit ships a starter directory
 * ({@link #starter(Taxonomy)}: well-known associations, journals, sites, podcasts and hashtags by role and subject);
 * a district's own file is read before it ({@link #withStarter(Taxonomy)}) or replaces it ({@code starter: replace}).
 *
 * <p>Who an entry suits: {@code audiences} names groups of words and phrases (e.g. {@code science: [chemistry,
 * physics, earth science, …]}); a participant belongs to an audience when one of its phrases appears, as whole words
 * in any case, in their role, school or topics ({@link #audiencesOf(Participant)}). Each of those texts is read from
 * left to right, taking at each place the longest phrase the directory knows, so that a phrase's words never match
 * inside a longer phrase: "computer science" is computer science, not science; "English learners" is English
 * learners, not English; "information literacy" is the librarians'. Phrases listed under {@code neutral} belong to
 * no audience and keep their words from matching alone ("mental health" is not health education). An entry with
 * {@code for: [science]} is suggested only to participants of one of those audiences, the first one named being the
 * audience it is mainly for; an entry without {@code for} suits everyone. Entries the PLN already holds (same web
 * address, or same name ignoring case and spacing) are left out. The rest are ordered: the district's own entries
 * before the starter's; then by how well they fit the participant, the role weighing more than the school and the
 * topics: entries mainly for an audience of the role, then other entries for an audience of the role, then entries
 * mainly for an audience of the school or topics, then other entries for one of those, then entries for everyone;
 * then those matching more of the participant's topics; then the file's order. A school level ({@code elementary},
 * {@code early-childhood}) alone does not make an entry mainly for another subject suit a participant whose role names
 * a subject or a job: an elementary music teacher is not offered NCTE ({@code for: [english, elementary]}).
 *
 * <pre>{@code
 * starter: add                          # or replace: leave the starter directory out
 * audiences:                            # optional; the starter's audiences can be named without this
 *   robotics: [robotics, vex, first lego league]
 * neutral: [robotics club]              # optional: phrases of no audience
 * resources:
 *   - name: Edutopia
 *     kind: resource
 *     category: blogs-websites          # an id, label or alias of the taxonomy
 *     url: https://www.edutopia.org
 *     topics: [classroom management, project-based learning]
 *     for: [elementary, science]        # optional: the audiences it suits, its main one first; none = everyone
 *     note: Free articles and videos by teachers.
 * }</pre>
 *
 * <pre>{@code
 * ReadResult<ResourceDirectory> r = ResourceDirectory.read(Path.of("resources.yaml"), Taxonomy.defaults());
 * r.problems().forEach(System.out::println);   // resources.yaml:12:15: error: resource 3 (Edutopa): unknown category …
 * SuggestionSource source = r.value().orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResourceDirectory implements SuggestionSource {
    private static final Set<String> FIELDS = Set.of("name", "kind", "category", "url", "topics", "note", "for");
    private static final Set<String> TOP_FIELDS = Set.of("starter", "audiences", "neutral", "resources");
    private static final String STARTER = "/org/plnkit/analysis/plan/starter-resources.yaml";
    private static volatile ResourceDirectory defaultStarter;

    /**
     * A directory entry with the keys it is compared by, worked out once: an assessment asks the directory for every
     * need of every participant, so nothing here may be recomputed per call.
     */
    private record Entry(Suggestion suggestion, List<String> audiences, boolean fromStarter, String nameKey,
                         String urlKey, Set<String> topicKeys) {
        static Entry of(Suggestion s, List<String> audiences, boolean fromStarter) {
            Set<String> topics = new HashSet<>();
            s.topics().forEach(x -> topics.add(TopicsMeasure.key(x)));
            return new Entry(s, audiences, fromStarter, ResourceDirectory.nameKey(s.name()), s.url().map(ResourceDirectory::urlKey)
                    .orElse(null), Set.copyOf(topics));
        }
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern EDGE_PUNCT =
            java.util.regex.Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    private final List<Entry> entries;
    private final Map<String, List<String>> audiences;
    private final List<String> neutral;
    private final Phrases phrases;
    private final boolean replacesStarter;
    /**
     * What {@link #suggest} works out once per PLN (the names and addresses it holds, its topics, how the directory
     * fits its participant): a plan asks for many needs of the same PLN in a row, on one thread. Per thread, so the
     * directory stays shareable; compared by identity, so a different PLN is never served another's.
     */
    private final ThreadLocal<Held> lastHeld = new ThreadLocal<>();

    private record Held(Pln pln, Set<String> names, Set<String> urls, Set<String> wanted, Fit fit) {
    }

    /** A directory of these resources, in this order, for everyone. */
    public ResourceDirectory(List<Suggestion> resources) {
        this(resources.stream().map(s -> Entry.of(s, List.of(), false)).toList(), Map.of(), List.of(), false);
    }

    private ResourceDirectory(List<Entry> entries, Map<String, List<String>> audiences, List<String> neutral,
                              boolean replacesStarter) {
        this.entries = List.copyOf(entries);
        this.audiences = Collections.unmodifiableMap(new LinkedHashMap<>(audiences));
        this.neutral = List.copyOf(neutral);
        this.phrases = new Phrases(this.audiences, this.neutral);
        this.replacesStarter = replacesStarter;
    }

    /** The resources in file order. */
    public List<Suggestion> resources() {
        return entries.stream().map(Entry::suggestion).toList();
    }

    /** The audiences an entry suits, by the entry's position in {@link #resources()}; empty means everyone. */
    public List<String> audiencesOf(int index) {
        return entries.get(index).audiences();
    }

    /** The audiences this directory knows, each with its words, in file order. */
    public Map<String, List<String>> audiences() {
        return audiences;
    }

    /**
     * The phrases that belong to no audience although they hold an audience's word ("mental health", "financial
     * literacy"): matched like audience phrases, they keep their words from matching alone.
     *
     * @since 0.2.0
     */
    public List<String> neutral() {
        return neutral;
    }

    /**
     * The entries of a district's own directory alone, without the starter's it was joined with ({@link
     * #withStarter}); empty for the starter directory itself.
     *
     * @since 0.2.0
     */
    public ResourceDirectory own() {
        return new ResourceDirectory(entries.stream().filter(e -> !e.fromStarter()).toList(), audiences, neutral,
                replacesStarter);
    }

    /**
     * The starter directory's entries alone, when this directory holds them (the starter itself, or a district's
     * file joined with it); empty otherwise.
     *
     * @since 0.2.0
     */
    public ResourceDirectory starterPart() {
        return new ResourceDirectory(entries.stream().filter(Entry::fromStarter).toList(), audiences, neutral,
                false);
    }

    /** Whether this directory asked to replace the starter directory ({@code starter: replace}). */
    public boolean replacesStarter() {
        return replacesStarter;
    }

    /**
     * The starter directory shipped with PLN Toolkit, its categories resolved in this taxonomy; entries whose
     * category a district's taxonomy does not have are left out.
     */
    public static ResourceDirectory starter(Taxonomy taxonomy) {
        if (taxonomy.equals(Taxonomy.defaults())) {
            ResourceDirectory d = defaultStarter;
            if (d == null) {
                // read once: a caller that comes during a reading (the command line starts one at its start)
                // waits for it
                synchronized (ResourceDirectory.class) {
                    d = defaultStarter;
                    if (d == null) {
                        d = readStarter(taxonomy);
                        defaultStarter = d;
                    }
                }
            }
            return d;
        }
        return readStarter(taxonomy);
    }

    private static ResourceDirectory readStarter(Taxonomy taxonomy) {
        try (InputStream in = ResourceDirectory.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STARTER);
            }
            ReadResult<ResourceDirectory> r = read("starter-resources.yaml", bundledTree(in), taxonomy, Map.of(), true,
                    new Places("starter-resources.yaml"));
            ResourceDirectory d = r.value().orElseThrow(() -> new IllegalStateException(
                    "bad starter directory: " + r.problems()));
            return new ResourceDirectory(d.entries.stream().map(e -> Entry.of(e.suggestion(), e.audiences(), true))
                    .toList(), d.audiences, d.neutral, false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * This directory followed by the starter directory (its audiences known to both), or this one alone when it
     * says {@code starter: replace}.
     */
    public ResourceDirectory withStarter(Taxonomy taxonomy) {
        if (replacesStarter) {
            return this;
        }
        ResourceDirectory st = starter(taxonomy);
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(st.entries);
        Map<String, List<String>> aud = new LinkedHashMap<>(st.audiences);
        aud.putAll(audiences);
        List<String> neu = new ArrayList<>(st.neutral);
        neutral.stream().filter(x -> !neu.contains(x)).forEach(neu::add);
        return new ResourceDirectory(all, aud, neu, false);
    }

    /**
     * The audiences a participant belongs to: those with a phrase that appears, as whole words in any case, in the
     * participant's role, school or topics, each read for the longest phrases the directory knows ("computer science
     * teacher" is of the computer science audience, not of science). In directory order.
     */
    public List<String> audiencesOf(Participant p) {
        Fit fit = fit(p);
        return audiences.keySet().stream().filter(a -> fit.byRole().contains(a) || fit.byOther().contains(a))
                .toList();
    }

    /** The starter's audiences that are a school level rather than a subject or a job. */
    private static final Set<String> LEVELS = Set.of("elementary", "early-childhood");

    /** The audiences of a participant's role, and those of their school and topics. */
    private record Fit(Set<String> byRole, Set<String> byOther) {
        /** How well an entry fits: 0 mainly for the role … 4 for everyone (see the class comment). */
        int rank(Entry e) {
            List<String> a = e.audiences();
            if (a.isEmpty()) {
                return 4;
            }
            if (byRole.contains(a.get(0))) {
                return 0;
            }
            if (a.stream().anyMatch(byRole::contains)) {
                return 1;
            }
            return byOther.contains(a.get(0)) ? 2 : 3;
        }

        /**
         * Whether an entry suits at all: it is for everyone, or for one of the participant's audiences. A school
         * level alone ({@link #LEVELS}) does not make an entry mainly for another subject suit a subject teacher: an
         * elementary PE, music or Spanish teacher is not offered NCTE or ReadWriteThink, which are for English and
         * for the elementary classroom teacher who teaches reading.
         */
        boolean suits(Entry e) {
            List<String> a = e.audiences();
            if (a.isEmpty()) {
                return true;
            }
            List<String> shared = a.stream().filter(x -> byRole.contains(x) || byOther.contains(x)).toList();
            if (shared.isEmpty()) {
                return false;
            }
            boolean subjectTeacher = byRole.stream().anyMatch(x -> !LEVELS.contains(x));
            return !(subjectTeacher && !LEVELS.contains(a.get(0)) && LEVELS.containsAll(shared));
        }
    }

    private Fit fit(Participant p) {
        Set<String> byRole = new HashSet<>();
        Set<String> byOther = new HashSet<>();
        p.role().ifPresent(r -> phrases.match(words(r), byRole));
        p.school().ifPresent(r -> phrases.match(words(r), byOther));
        p.topics().forEach(t -> phrases.match(words(t), byOther));
        return new Fit(byRole, byOther);
    }

    /**
     * The phrases of a directory's audiences and its neutral phrases, matched in a text from left to right, the
     * longest phrase first at each word: a phrase's words never match inside a longer phrase the directory knows.
     */
    private static final class Phrases {
        private final Map<String, List<String>> audiencesByPhrase = new HashMap<>();
        private int longest;

        Phrases(Map<String, List<String>> audiences, List<String> neutral) {
            audiences.forEach((name, ws) -> ws.forEach(w -> add(w, name)));
            neutral.forEach(w -> add(w, null));
        }

        private void add(String phrase, String audience) {
            List<String> a = audiencesByPhrase.computeIfAbsent(phrase, k -> new ArrayList<>());
            if (audience != null && !a.contains(audience)) {
                a.add(audience);
            }
            longest = Math.max(longest, phrase.split(" ").length);
        }

        /** Adds to {@code into} the audiences of the phrases found in a text of {@link #words} form. */
        void match(String text, Set<String> into) {
            if (text.isEmpty()) {
                return;
            }
            String[] w = text.split(" ");
            int i = 0;
            while (i < w.length) {
                int taken = 1;
                for (int len = Math.min(longest, w.length - i); len >= 1; len--) {
                    List<String> a = audiencesByPhrase.get(String.join(" ", Arrays.asList(w).subList(i, i + len)));
                    if (a != null) {
                        into.addAll(a);
                        taken = len;
                        break;
                    }
                }
                i += taken;
            }
        }
    }

    /** Lower case, everything but letters and digits as single spaces. */
    static String words(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .transform(x -> NOT_LETTERS.matcher(x).replaceAll(" ")).strip();
    }

    /** Reads a directory file; problems are reported with the file and the resource's position. */
    public static ReadResult<ResourceDirectory> read(Path file, Taxonomy taxonomy) {
        String name = file.toString();
        Problems problems = new Problems();
        try {
            java.util.Optional<String> notAFile = org.plnkit.core.read.internal.InputFiles.refusal(file);
            if (notAFile.isPresent() && !notAFile.get().equals("no such file")) {
                problems.error(Place.file(name), "cannot read the file: " + notAFile.get()); // a FIFO never ends
                return ReadResult.failed(problems.toList());
            }
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
            problems.error(Place.file(name), "cannot read the file: " + org.plnkit.core.read.internal.InputFiles.reason(e));
        }
        return ReadResult.failed(problems.toList());
    }

    /**
     * Reads a directory from a stream; {@code name} is used in messages. Its {@code for} lists may name its own
     * audiences and the starter directory's.
     */
    public static ReadResult<ResourceDirectory> read(String name, InputStream in, Taxonomy taxonomy) {
        return read(name, in, taxonomy, starter(taxonomy).audiences, false);
    }

    private static ReadResult<ResourceDirectory> read(String name, InputStream in, Taxonomy taxonomy,
                                                      Map<String, List<String>> known, boolean lenient) {
        Places places = new Places(name);
        Problems treeProblems = new Problems();
        JsonNode root;
        try (JsonParser p = new YAMLFactory().createParser(in)) {
            root = p.nextToken() == null ? MissingNode.getInstance() : locatedNode(p, places, treeProblems);
        } catch (IOException e) {
            Problems problems = new Problems();
            // placed at the line and column the parser stopped at, when it says
            com.fasterxml.jackson.core.JsonLocation loc = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getLocation() : null;
            problems.error(loc != null && loc.getLineNr() > 0 ? Place.text(name, loc.getLineNr(),
                    Math.max(0, loc.getColumnNr())) : Place.file(name), unreadable(e));
            return ReadResult.failed(problems.toList());
        }
        ReadResult<ResourceDirectory> r = read(name, root, taxonomy, known, lenient, places);
        if (treeProblems.toList().isEmpty()) {
            return r;
        }
        List<org.plnkit.core.problem.Problem> all = new ArrayList<>(treeProblems.toList());
        all.addAll(r.problems());
        return treeProblems.hasErrors() || r.value().isEmpty() ? ReadResult.failed(all)
                : ReadResult.of(r.value().get(), all);
    }

    /**
     * Where each value of a directory file was written, so that every problem names its line and column: the place
     * of each mapping and list, of each list's items and of each key's value. A tree read without places (the
     * bundled starter) answers the file.
     */
    private static final class Places {
        private final String file;
        private final Map<JsonNode, Place> containers = new IdentityHashMap<>();
        private final Map<JsonNode, List<Place>> items = new IdentityHashMap<>();
        private final Map<JsonNode, Map<String, Place>> keys = new IdentityHashMap<>();
        private final Map<JsonNode, Map<String, Place>> values = new IdentityHashMap<>();

        Places(String file) {
            this.file = file;
        }

        /** A mapping's or a list's place. */
        Place of(JsonNode container) {
            return containers.getOrDefault(container, Place.file(file));
        }

        /** The place of a list's item {@code i} (from 0). */
        Place item(JsonNode list, int i) {
            List<Place> l = items.get(list);
            return l == null || i >= l.size() ? of(list) : l.get(i);
        }

        /** Where a key of a mapping was written. */
        Place key(JsonNode map, String key) {
            Map<String, Place> k = keys.get(map);
            return k == null || !k.containsKey(key) ? of(map) : k.get(key);
        }

        /** Where a key's value was written (its key's place when the value is empty). */
        Place value(JsonNode map, String key) {
            Map<String, Place> v = values.get(map);
            return v == null || !v.containsKey(key) ? key(map, key) : v.get(key);
        }
    }

    /**
     * A directory file's tree, as {@code readTree} gives it but for scalars, which all keep their text as written
     * (a value's meaning is read later), with every value's place. YAML aliases are refused (never expanded), and a
     * key given twice keeps its last value with a warning, so that nothing is dropped unsaid.
     */
    private static JsonNode locatedNode(JsonParser p, Places places, Problems problems) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Place place = place(places.file, p);
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
            problems.error(place, "a YAML alias (*" + p.getText() + ") is not accepted here; write the value out");
            return nodes.nullNode();
        }
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                Map<String, Place> keyPlaces = new LinkedHashMap<>();
                Map<String, Place> valuePlaces = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Place keyPlace = place(places.file, p);
                    p.nextToken();
                    Place valuePlace = place(places.file, p);
                    JsonNode value = locatedNode(p, places, problems);
                    if (keyPlaces.containsKey(key)) {
                        problems.warning(keyPlace, "\"" + key + "\" is given twice (also on line "
                                + keyPlaces.get(key).line() + "): the last one is used");
                    }
                    o.replace(key, value);
                    keyPlaces.put(key, keyPlace);
                    valuePlaces.put(key, valuePlace);
                }
                places.containers.put(o, place);
                places.keys.put(o, keyPlaces);
                places.values.put(o, valuePlaces);
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                List<Place> itemPlaces = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    itemPlaces.add(place(places.file, p));
                    a.add(locatedNode(p, places, problems));
                }
                places.containers.put(a, place);
                places.items.put(a, itemPlaces);
                return a;
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                return nodes.textNode(p.getText());
            }
            default -> {
                problems.error(place, "a binary or other non-text value is not accepted here; write the value as"
                        + " text");
                return nodes.nullNode();
            }
        }
    }

    private static Place place(String file, JsonParser p) {
        com.fasterxml.jackson.core.JsonLocation loc = p.currentTokenLocation();
        return Place.text(file, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
    }

    /**
     * The bundled starter directory as the tree {@code ObjectMapper.readTree} gives for it, built from YAML's
     * streaming parser instead: an {@code ObjectMapper} costs a one-participant command about a tenth of its
     * start (its date format's calendar and locale data, its deserializers; #17), and the starter is read on every
     * assessment. It holds only mappings, lists and text, whose nodes are the same either way ({@code
     * ResourceDirectoryTest} compares the two trees); any other value is a mistake in the bundled file.
     */
    static JsonNode bundledTree(InputStream in) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(in)) {
            return p.nextToken() == null ? MissingNode.getInstance() : bundledNode(p);
        }
    }

    private static JsonNode bundledNode(JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    o.replace(key, bundledNode(p));   // a key twice: the last value, as readTree
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(bundledNode(p));
                }
                return a;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("the bundled starter directory holds a " + p.currentToken()
                    + " at line " + p.currentTokenLocation().getLineNr() + "; write it as text");
        }
    }

    private static ReadResult<ResourceDirectory> read(String name, JsonNode root, Taxonomy taxonomy,
                                                      Map<String, List<String>> known, boolean lenient,
                                                      Places places) {
        Problems problems = new Problems();
        Place place = Place.file(name);
        JsonNode list = root == null ? null : root.get("resources");
        if (list == null || !list.isArray()) {
            problems.error(list == null || root == null ? place : places.value(root, "resources"),
                    "a resource directory needs \"resources:\" with a list of resources");
            return ReadResult.failed(problems.toList());
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!TOP_FIELDS.contains(f)) {
                problems.warning(places.key(root, f), "unknown field \"" + f + "\" is ignored"
                        + Text.didYouMean(f, TOP_FIELDS).map(x -> "; did you mean \"" + x + "\"?").orElse(""));
            }
        }
        boolean replace = false;
        Optional<String> starterText = text(root, "starter");
        if (starterText.isPresent()) {
            switch (starterText.get().strip().toLowerCase(Locale.ROOT)) {
                case "add" -> replace = false;
                case "replace" -> replace = true;
                default -> problems.error(places.value(root, "starter"), "starter \"" + starterText.get()
                        + "\" is not add or replace");
            }
        }
        Map<String, List<String>> aud = new LinkedHashMap<>();
        JsonNode audNode = root.get("audiences");
        if (audNode != null && !audNode.isNull()) {
            if (!audNode.isObject()) {
                problems.error(places.value(root, "audiences"),
                        "\"audiences:\" needs a mapping of names to lists of words");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = audNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> a = it.next();
                    List<String> ws = new ArrayList<>();
                    for (String w : listOf(a.getValue())) {
                        String k = words(w);
                        if (!k.isEmpty()) {
                            ws.add(k);
                        }
                    }
                    if (ws.isEmpty()) {
                        problems.error(places.value(audNode, a.getKey()), "audience \"" + a.getKey()
                                + "\" has no words");
                    }
                    aud.put(a.getKey(), List.copyOf(ws));
                }
            }
        }
        List<String> neutralWords = new ArrayList<>();
        JsonNode neutralNode = root.get("neutral");
        if (neutralNode != null && !neutralNode.isNull()) {
            if (neutralNode.isObject()) {
                problems.error(places.value(root, "neutral"), "\"neutral:\" needs a list of phrases");
            } else {
                for (String w : listOf(neutralNode)) {
                    String k = words(w);
                    if (!k.isEmpty() && !neutralWords.contains(k)) {
                        neutralWords.add(k);
                    }
                }
            }
        }
        Set<String> audienceNames = new java.util.TreeSet<>(known.keySet());
        audienceNames.addAll(aud.keySet());
        List<Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : list) {
            Place at = places.item(list, i);
            i++;
            String where = "resource " + i;
            if (!item.isObject()) {
                problems.error(at, where + " is not a mapping with a name, kind, category…");
                continue;
            }
            // every problem of the entry is reported, each where it was written; the entry is kept only without one
            boolean bad = false;
            String rname = text(item, "name").orElse(null);
            if (rname == null) {
                problems.error(item.has("name") ? places.value(item, "name") : at, where + " has no name");
                bad = true;
            } else {
                where += " (" + rname + ")";
            }
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!FIELDS.contains(f)) {
                    problems.warning(places.key(item, f), where + ": unknown field \"" + f + "\" is ignored"
                            + Text.didYouMean(f, FIELDS).map(x -> "; did you mean \"" + x + "\"?").orElse(""));
                }
            }
            Optional<Kind> kind = Optional.empty();
            Optional<String> kindText = text(item, "kind");
            if (kindText.isPresent()) {
                kind = Kind.parse(kindText.get());
                if (kind.isEmpty()) {
                    problems.error(places.value(item, "kind"), where + ": kind \"" + kindText.get()
                            + "\" is not one of person, organization, resource");
                    bad = true;
                }
            }
            Optional<String> category = Optional.empty();
            Optional<String> catText = text(item, "category");
            if (catText.isPresent()) {
                Optional<Category> cat = taxonomy.resolve(catText.get());
                if (cat.isEmpty() && lenient) {
                    continue; // the starter directory in a district's taxonomy without this category
                }
                if (cat.isEmpty()) {
                    problems.error(places.value(item, "category"), where + ": unknown category \"" + catText.get()
                            + "\"" + suggestCategory(catText.get(), taxonomy)
                            .map(c -> "; did you mean \"" + c.label() + "\" (" + c.id() + ")?").orElse(""));
                    bad = true;
                } else {
                    category = Optional.of(cat.get().id());
                }
            }
            List<String> topics = new ArrayList<>();
            JsonNode t = item.get("topics");
            if (t != null && t.isArray()) {
                t.forEach(x -> topics.add(x.asText()));
            } else if (t != null && !t.isNull()) {
                topics.addAll(Text.splitList(t.asText()));
            }
            List<String> forList = new ArrayList<>();
            for (String a : listOf(item.get("for"))) {
                String key = a.strip();
                if (!audienceNames.contains(key)) {
                    problems.error(places.value(item, "for"), where + ": unknown audience \"" + key + "\""
                            + Text.didYouMean(key, audienceNames).map(x -> "; did you mean \"" + x + "\"?")
                            .orElse("; use one of " + String.join(", ", audienceNames)));
                    bad = true;
                } else if (!forList.contains(key)) {
                    forList.add(key);
                }
            }
            if (bad) {
                continue;
            }
            out.add(Entry.of(new Suggestion(rname, kind, category, text(item, "url"), Fields.topics(topics),
                    text(item, "note")), forList, false));
        }
        if (problems.hasErrors()) {
            return ReadResult.failed(problems.toList());
        }
        Map<String, List<String>> all = new LinkedHashMap<>(known);
        all.putAll(aud);
        return ReadResult.of(new ResourceDirectory(out, all, neutralWords, replace), problems.toList());
    }

    @Override
    public List<Suggestion> suggest(Need need, Pln pln, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String needKey = need.type() == Need.Type.TOPIC ? TopicsMeasure.key(need.key()) : need.key();
        List<Entry> matching = new ArrayList<>();
        for (Entry e : entries) {
            boolean matches = need.type() == Need.Type.CATEGORY
                    ? e.suggestion().category().filter(needKey::equals).isPresent()
                    : e.topicKeys().contains(needKey);
            if (matches) {
                matching.add(e);
            }
        }
        if (matching.isEmpty()) {
            return List.of();
        }
        Held h = held(pln);
        Set<String> names = h.names();
        Set<String> urls = h.urls();
        Set<String> wanted = h.wanted();
        Fit fit = h.fit();
        List<Entry> found = new ArrayList<>();
        for (Entry e : matching) {
            boolean held = names.contains(e.nameKey()) || (e.urlKey() != null && urls.contains(e.urlKey()));
            if (!held && fit.suits(e)) {
                found.add(e);
            }
        }
        // stable: among equals, the directory's own order
        found.sort(Comparator.comparing(Entry::fromStarter)
                .thenComparingInt(fit::rank)
                .thenComparingLong(e -> -e.topicKeys().stream().filter(wanted::contains).count()));
        return found.subList(0, Math.min(limit, found.size())).stream().map(Entry::suggestion).toList();
    }

    /**
     * The category a mistyped or shortened category most likely means, by its id or label: a close misspelling
     * ("Mentros"), or else the one category whose label or id holds every word given, each word whole or shortened
     * ("Local & state orgs" → Local & state organizations, "prof orgs" → Professional organizations).
     */
    static Optional<Category> suggestCategory(String given, Taxonomy taxonomy) {
        Optional<Category> typo = taxonomy.suggest(given).flatMap(taxonomy::resolve);
        if (typo.isPresent()) {
            return typo;
        }
        List<String> words = categoryWords(given);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Category found = null;
        for (Category c : taxonomy.categories()) {
            List<String> label = categoryWords(c.label() + " " + c.id().replace('-', ' '));
            if (words.stream().allMatch(w -> label.stream().anyMatch(l -> l.startsWith(w)))) {
                if (found != null) {
                    return Optional.empty();   // more than one: no guess
                }
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Lower-case words without "and" ("&") and a plural "s" ("orgs" → "org"). */
    private static List<String> categoryWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || w.equals("and")) {
                continue;
            }
            out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private Held held(Pln pln) {
        Held h = lastHeld.get();
        if (h != null && h.pln() == pln) {
            return h;
        }
        Set<String> names = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (Connection c : pln.connections()) {
            names.add(nameKey(c.name()));
            c.url().ifPresent(u -> urls.add(urlKey(u)));
        }
        Set<String> wanted = new HashSet<>();
        pln.participant().topics().forEach(x -> wanted.add(TopicsMeasure.key(x)));
        h = new Held(pln, names, urls, wanted, fit(pln.participant()));
        lastHeld.set(h);
        return h;
    }

    /**
     * A name as compared: NFKC, lower case, spaces collapsed, surrounding punctuation trimmed. A name of printable
     * ASCII (nearly every one; NFKC leaves it as it is) takes a loop instead of the normalizer and two regular
     * expressions, with the same result ({@code NameKeyProperties}): every participant's plan compares every name
     * of their PLN (#17).
     */
    static String nameKey(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return nameKeyByRules(name);
            }
        }
        int start = 0;
        int end = n;
        while (start < end && edge(name.charAt(start))) {
            start++;
        }
        while (end > start && edge(name.charAt(end - 1))) {
            end--;
        }
        StringBuilder b = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                space = false;
            }
        }
        return b.toString();
    }

    /** A printable ASCII character trimmed from the ends of a name key: a space or punctuation ({@code \p{Punct}}). */
    private static boolean edge(char c) {
        return c == ' ' || (c > ' ' && c < '0') || (c > '9' && c < 'A') || (c > 'Z' && c < 'a') || (c > 'z' && c < 0x7F);
    }

    /** {@link #nameKey} by its rules, for any text. */
    static String nameKeyByRules(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .transform(x -> SPACES.matcher(x).replaceAll(" "));
        return EDGE_PUNCT.matcher(s).replaceAll("");
    }

    /** A web address as compared: no scheme, no {@code www.}, host in lower case, no trailing slash. */
    static String urlKey(String url) {
        String s = SCHEME.matcher(url.strip()).replaceFirst("");
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

    private static List<String> listOf(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> {
                if (!x.isNull() && !x.isContainerNode() && !x.asText().isBlank()) {
                    out.add(x.asText());
                }
            });
        } else if (!n.isContainerNode()) {
            out.addAll(Text.splitList(n.asText()));
        }
        return out;
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

    /** Why the YAML could not be read, in plain words: never a Java class name or the parser's own text. */
    private static String unreadable(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof java.io.CharConversionException || m.contains("CharConversionException")
                    || m.contains("Invalid UTF-8") || m.contains("special characters are not allowed")) {
                return "the file is not UTF-8 text (it was saved in another encoding); save it again as UTF-8";
            }
        }
        String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                : e.getMessage();
        return "this is not a readable YAML file: " + firstLine(m).replaceAll("^[\\w.]+Exception: ", "");
    }
}
