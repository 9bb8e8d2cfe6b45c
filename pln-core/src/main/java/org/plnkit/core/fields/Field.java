package org.plnkit.core.fields;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;

/**
 * One field of the input contract, described once: its key in a participant file, its column in a cohort's table,
 * the other names a header or an import may give it, its type, whether it is required, a line of help and an
 * example for templates, and how to read it from the model. Every reader, writer, template and export takes the
 * contract's fields from {@link ContractFields}.
 *
 * @param part     participant, connection or link field
 * @param key      the key in a participant file ({@code met_via}); empty when the field is only a cohort column
 * @param column   the column in a cohort's table ({@code connection_name}) and its place among the table's columns;
 *                 empty when it has none
 * @param aliases  other names for the field in a header or an import (lower case, {@code _} for spaces)
 * @param type     what it holds
 * @param required whether a row without it is an error
 * @param help     one line for the person filling it in
 * @param example  an example value for templates; empty when it depends on the taxonomy
 * @param value    the field's value in the model (a participant or a connection); may be an {@code Optional}, a
 *                 list or a plain value, see {@link #valueOf}
 * @param <T>      the model type the field belongs to
 */
public record Field<T>(Part part, Optional<String> key, Optional<Column> column, List<String> aliases,
                       FieldType type, boolean required, String help, Optional<String> example,
                       Function<T, Object> value) {
    /** Where a field belongs. */
    public enum Part {
        PARTICIPANT, CONNECTION, LINK
    }

    /**
     * A column of a cohort's table.
     *
     * @param name  its header
     * @param index its place among the table's columns, from 0
     */
    public record Column(String name, int index) {
        public Column {
            Objects.requireNonNull(name, "name");
        }
    }

    public Field {
        Components.requireNonNull(Field.class, part, key, column, aliases, type, required, help, example, value);
        aliases = List.copyOf(aliases);
        if (key.isEmpty() && column.isEmpty()) {
            throw new IllegalArgumentException("a field needs a key or a column");
        }
    }

    /** The field's name: its participant-file key, else its column. */
    public String name() {
        return key.orElseGet(() -> column.get().name());
    }

    /** The column's header, when the field is a column of a cohort's table. */
    public Optional<String> columnName() {
        return column.map(Column::name);
    }

    /**
     * The field's value in {@code owner}, empty when it is not given: an empty {@code Optional}, a blank text and
     * an empty list count as not given.
     */
    public Optional<Object> valueOf(T owner) {
        Object v = value.apply(owner);
        if (v instanceof Optional<?> o) {
            v = o.orElse(null);
        }
        if (v == null || v instanceof String s && s.isEmpty() || v instanceof Collection<?> c && c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /**
     * The value as the contract writes it in a cell: ids for kinds, frequencies and participations, dates as
     * YYYY-MM-DD, yes/no as {@code true}/{@code false}, lists joined by {@code separator}.
     */
    public Optional<String> textOf(T owner, String separator) {
        return valueOf(owner).map(v -> text(v, separator));
    }

    static String text(Object v, String separator) {
        if (v instanceof Kind k) {
            return k.id();
        }
        if (v instanceof Frequency f) {
            return f.id();
        }
        if (v instanceof Participation p) {
            return p.id();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof Collection<?> c) {
            return String.join(separator, c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }
}
