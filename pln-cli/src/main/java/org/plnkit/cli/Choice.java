package org.plnkit.cli;

import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * An enum's values as the command line spells them (lower case, {@code -} for {@code _}): the converter of an
 * enum-typed option and its completion candidates, which {@code ${COMPLETION-CANDIDATES}} lists in {@code --help}.
 * Case and surrounding spaces are ignored; any other value is a usage error naming the choices. An enum-typed option
 * declares its choices as an empty subclass naming the enum (picocli makes converters and candidates from a class
 * with no arguments, and the subclass's type argument is the one place that says which enum).
 *
 * <pre>{@code
 * static final class Themes extends Choice<Theme> {}
 *
 * @Option(names = "--theme", converter = Themes.class, completionCandidates = Themes.class,
 *         description = "${COMPLETION-CANDIDATES}")
 * Theme theme;
 * }</pre>
 */
abstract class Choice<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
    private final List<E> values;

    /** The choices of the enum this class's subclass names: {@code Themes extends Choice<Theme>} offers the themes. */
    @SuppressWarnings("unchecked")
    Choice() {
        ParameterizedType choice = (ParameterizedType) getClass().getGenericSuperclass();
        this.values = Arrays.asList(((Class<E>) choice.getActualTypeArguments()[0]).getEnumConstants());
    }

    /** The value's spelling on the command line. */
    String id(E value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Iterator<String> iterator() {
        return values.stream().map(this::id).iterator();
    }

    @Override
    public E convert(String text) {
        String t = text.strip();
        for (E v : values) {
            if (id(v).equalsIgnoreCase(t)) {
                return v;
            }
        }
        throw unknown(text);
    }

    /** The conversion error for a value that is none of the choices: "x" is not one of a, b, c. */
    CommandLine.TypeConversionException unknown(String text) {
        return new CommandLine.TypeConversionException("\"" + text.strip() + "\" is not one of "
                + String.join(", ", this));
    }
}
