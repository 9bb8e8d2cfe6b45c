/**
 * The PLN model: {@link org.plnkit.core.model.Pln} (a participant's network), {@link org.plnkit.core.model.Participant},
 * {@link org.plnkit.core.model.Connection}, {@link org.plnkit.core.model.Link}, the {@link org.plnkit.core.model.Taxonomy}
 * of categories and the {@link org.plnkit.core.model.Cohort}. Immutable records and builders; the model depends on
 * nothing else in pln-core. Building a PLN with {@link org.plnkit.core.model.Pln#builder} validates it like a file.
 *
 * <p><strong>Stable API</strong> from 0.1.0, except {@link org.plnkit.core.model.DefaultTaxonomySource}, a service
 * interface public only for {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
package org.plnkit.core.model;
