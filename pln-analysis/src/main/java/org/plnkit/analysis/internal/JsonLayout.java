package org.plnkit.analysis.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The layout every JSON document of the analysis shares ({@link org.plnkit.analysis.AssessmentJson}, the cohort's {@code CohortJson}):
 * UTF-8, two spaces of indent, {@code "field": value}, {@code []} and {@code {}} when empty, {@code \n} line ends and
 * one at the end, decimals written plain and rounded half up, enum values as lower-case words joined by {@code -}.
 *
 * <pre>{@code
 * String json = JsonLayout.toJson(g -> {
 *     g.writeStartObject();
 *     g.writeNumberField("share", JsonLayout.round(2.0 / 3, 4));   // "share": 0.6667
 *     g.writeEndObject();
 * });
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonLayout {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** Writes the content of a document with the generator given. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonLayout() {
    }

    /** Writes the document as UTF-8 JSON, ending with a newline; the stream is left open. */
    public static void write(OutputStream out, Body body) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pp);
            body.write(g);
            g.flush();
        }
        out.write('\n');
        out.flush();
    }

    /** The document as a string, as {@link #write} writes it. */
    public static String toJson(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A number rounded half up to {@code places} decimals, without trailing zeros; zero is {@code 0}. */
    public static BigDecimal round(double v, int places) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    /** An enum constant as written in JSON: {@code FEW_CONNECTIONS} → {@code few-connections}. */
    public static String enumId(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Writes one value, or the fields of one object, of an array. */
    @FunctionalInterface
    public interface Item<T> {
        void write(T item) throws IOException;
    }

    /** An array field whose items are objects: {@code fields} writes the fields of each. */
    public static <T> void objects(JsonGenerator g, String name, List<T> items, Item<? super T> fields)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T t : items) {
            g.writeStartObject();
            fields.write(t);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** An array field: {@code value} writes each item. */
    public static <T> void array(JsonGenerator g, String name, List<T> items, Item<? super T> value)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T t : items) {
            value.write(t);
        }
        g.writeEndArray();
    }

    /** An object field: {@code fields} writes its fields. */
    public static void object(JsonGenerator g, String name, Body fields) throws IOException {
        g.writeObjectFieldStart(name);
        fields.write(g);
        g.writeEndObject();
    }

    /**
     * Each record class's components, found once: {@link Class#getRecordComponents} reads them afresh (a new array
     * and new accessors) at every call, and a cohort's JSON asks for them for every participant (#17). Callers never
     * change the array.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /**
     * Number fields named as the record's components are, for a record whose JSON is counts and settings under
     * their own names ({@code Projection.Stats}, the cohort's options): the components named, in that order, or
     * every component in declaration order when none is named. Only {@code int} and {@code long} components: a
     * decimal needs its own rounding, so it is written by hand.
     *
     * @throws IllegalArgumentException when a name is not a component of the record, or not a whole number; found
     *                                  by the first document written, so by the golden tests
     */
    public static void numbers(JsonGenerator g, Record r, String... components) throws IOException {
        RecordComponent[] all = COMPONENTS.get(r.getClass());
        List<RecordComponent> written = components.length == 0 ? List.of(all) : Arrays.stream(components)
                .map(name -> Arrays.stream(all).filter(c -> c.getName().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(r.getClass().getSimpleName() + " has no "
                                + name)))
                .toList();
        for (RecordComponent c : written) {
            if (c.getType() != int.class && c.getType() != long.class) {
                throw new IllegalArgumentException(r.getClass().getSimpleName() + "." + c.getName()
                        + " is not a whole number");
            }
            g.writeNumberField(c.getName(), ((Number) value(r, c)).longValue());
        }
    }

    /**
     * A record's components by name, in declaration order: for a record whose JSON is its components under their
     * own names. The map is the caller's own, so it may replace a value before writing it (a decimal that needs
     * other rounding).
     */
    public static Map<String, Object> components(Record r) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (RecordComponent c : COMPONENTS.get(r.getClass())) {
            all.put(c.getName(), value(r, c));
        }
        return all;
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A share or index rounded to 4 decimals, or {@code null} when it is undefined. */
    public static void ratioOrNull(JsonGenerator g, String name, Optional<Double> v) throws IOException {
        nullable(g, name, v, x -> g.writeNumber(round(x, 4)));
    }

    /** A text field, or {@code null} when absent. */
    public static void textOrNull(JsonGenerator g, String name, Optional<String> v) throws IOException {
        nullable(g, name, v, g::writeString);
    }

    /** A field whose value {@code value} writes, or {@code null} when absent. */
    public static <T> void nullable(JsonGenerator g, String name, Optional<T> v, Item<? super T> value)
            throws IOException {
        g.writeFieldName(name);
        if (v.isPresent()) {
            value.write(v.get());
        } else {
            g.writeNull();
        }
    }
}
