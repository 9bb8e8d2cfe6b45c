/**
 * Anonymizing a PLN before it is shared: names replaced, structure kept.
 *
 * <p><strong>Stable API</strong> from 0.1.0.
 *
 * @since 0.1.0
 */
package org.plnkit.core.privacy;
