/**
 * Writing a PLN back in the input contract's formats.
 *
 * <p><strong>Stable API</strong> from 0.1.0.
 *
 * @since 0.1.0
 */
package org.plnkit.core.write;
