package org.plnkit.core.model;

/**
 * Where {@link Taxonomy#defaults()} gets the bundled default taxonomy from. <strong>Internal</strong> service
 * interface: pln-core's reader implements it (so that the model does not depend on the readers); embedders neither
 * call nor implement it.
 *
 * @since 0.1.0
 */
public interface DefaultTaxonomySource {
    /** The default taxonomy of the input contract. */
    Taxonomy taxonomy();
}
