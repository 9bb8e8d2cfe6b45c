/**
 * Who is who across a cohort: the same organization or resource named by many participants becomes one
 * {@link org.plnkit.core.identity.SharedNode}; people are merged only by an explicit shared id; a connection whose
 * shared id is another participant's id is a {@link org.plnkit.core.identity.ParticipantTie}. Start at
 * {@link org.plnkit.core.identity.CohortIdentity#resolve(org.plnkit.core.model.Cohort)}.
 *
 * <p><strong>Stable API</strong> from 0.1.0.
 *
 * @since 0.1.0
 */
package org.plnkit.core.identity;
