package org.plnkit.core.privacy;

import java.util.function.UnaryOperator;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;

/**
 * How an output shows problems and the text around them: as written, or with what names people taken out. A
 * redaction works on the {@link Problem#args() arguments} of a problem and on its {@link Place}, never on the
 * wording of a message; as a {@code UnaryOperator<String>} it is applied to other text the tool writes about the
 * input (its source, the files of a table).
 *
 * <pre>{@code
 * Redaction r = ...;                        // e.g. ProblemRedactor.of(cohort, labels) in pln-report
 * String shown = Redaction.message(r, problem);
 * Place where = Redaction.place(r, problem.place());
 * }</pre>
 */
public interface Redaction extends UnaryOperator<String> {
    /** The problem's message as the output shows it. */
    String message(Problem problem);

    /** The place as the output shows it. */
    Place place(Place place);

    /**
     * This redaction, then {@code text} applied to every text it gives (messages, and other text through
     * {@link #apply}); places are as this redaction gives them.
     */
    default Redaction then(UnaryOperator<String> text) {
        Redaction self = this;
        return new Redaction() {
            @Override
            public String message(Problem problem) {
                return text.apply(self.message(problem));
            }

            @Override
            public Place place(Place place) {
                return self.place(place);
            }

            @Override
            public String apply(String s) {
                return text.apply(self.apply(s));
            }
        };
    }

    /** {@code r} then {@code text}: a redaction stays one ({@link #then(UnaryOperator)}), other text operators chain. */
    static UnaryOperator<String> then(UnaryOperator<String> r, UnaryOperator<String> text) {
        return r instanceof Redaction x ? x.then(text) : s -> text.apply(r.apply(s));
    }

    /** Everything as written. */
    static Redaction none() {
        return new Redaction() {
            @Override
            public String message(Problem problem) {
                return problem.message();
            }

            @Override
            public Place place(Place place) {
                return place;
            }

            @Override
            public String apply(String text) {
                return text;
            }
        };
    }

    /** The message as {@code r} shows it: by its arguments when {@code r} is a redaction, else the text through it. */
    static String message(UnaryOperator<String> r, Problem problem) {
        return r instanceof Redaction x ? x.message(problem) : r.apply(problem.message());
    }

    /** The place as {@code r} shows it: as is, unless {@code r} is a redaction. */
    static Place place(UnaryOperator<String> r, Place place) {
        return r instanceof Redaction x ? x.place(place) : place;
    }
}
