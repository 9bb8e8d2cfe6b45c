package org.plnkit.core.read;

import java.util.List;
import java.util.Optional;
import org.plnkit.core.problem.Problem;

/**
 * What a reader gives back: the value when it could be built, and every problem found, in order of place.
 * A value is absent when an error makes it unsafe to use; it is never a half-read model.
 *
 * @param value    the model, when usable
 * @param problems all errors and warnings found
 *
 * @since 0.1.0
 */
public record ReadResult<T>(Optional<T> value, List<Problem> problems) {
    public ReadResult {
        problems = problems.stream().sorted(Problem.BY_PLACE).toList();
    }

    public static <T> ReadResult<T> of(T value, List<Problem> problems) {
        return new ReadResult<>(Optional.of(value), problems);
    }

    public static <T> ReadResult<T> failed(List<Problem> problems) {
        return new ReadResult<>(Optional.empty(), problems);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
