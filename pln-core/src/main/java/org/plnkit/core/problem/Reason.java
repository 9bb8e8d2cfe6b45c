package org.plnkit.core.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What is wrong, before it is known where: a {@link ProblemCode} and its arguments. A check that does not know the
 * place of what it checks returns a reason; its caller makes the {@link Problem} ({@link Problems#error(Place,
 * Reason)}).
 *
 * @param code what is wrong
 * @param args the code's arguments, in order
 */
public record Reason(ProblemCode code, List<Arg> args) {
    public Reason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        if (args.size() != code.arity()) {
            throw new IllegalArgumentException(code + " takes " + code.arity() + " arguments, not " + args.size());
        }
    }

    public static Reason of(ProblemCode code, Arg... args) {
        return new Reason(code, Arrays.asList(args));
    }

    /** A reason in the tool's own words. */
    public static Reason text(String message) {
        return of(ProblemCode.TEXT, Arg.word(message));
    }

    /** The message as a {@link Problem} of this reason renders it. */
    public String message() {
        return Problem.error(Place.file(""), code, args.toArray(Arg[]::new)).message();
    }
}
