package org.plnkit.core.read;

import org.plnkit.core.model.DefaultTaxonomySource;
import org.plnkit.core.model.Taxonomy;

/**
 * Provides {@link Taxonomy#defaults()} from the YAML file bundled with pln-core (a {@link java.util.ServiceLoader}
 * service, so that the model does not import the readers). Internal: not for embedders.
 *
 * @since 0.1.0
 */
public final class BundledTaxonomy implements DefaultTaxonomySource {
    /** Called by {@link java.util.ServiceLoader}. */
    public BundledTaxonomy() {
    }

    @Override
    public Taxonomy taxonomy() {
        return TaxonomyReader.bundledDefault();
    }
}
