package org.plnkit.analysis.measure;

import org.plnkit.core.model.Pln;

/**
 * One measure of a participant's PLN. Each implementation is a small final class configured in its constructor;
 * its result is an immutable record that reports and embedding tools can use on their own.
 *
 * <pre>{@code
 * PlnMeasure<Composition> m = new CompositionMeasure(Taxonomy.defaults());
 * Composition c = m.measure(pln);
 * }</pre>
 *
 * @param <R> the result record
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PlnMeasure<R> {
    /** Measures one PLN. The result does not depend on the order of the PLN's connections or links. */
    R measure(Pln pln);
}
