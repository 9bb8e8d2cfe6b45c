/**
 * Problems in the input: a severity, a place (file, line, sheet and cell) and a message.
 *
 * <p><strong>Stable API</strong> from 0.1.0.
 *
 * @since 0.1.0
 */
package org.plnkit.core.problem;
