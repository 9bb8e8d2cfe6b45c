/**
 * Internal helpers of pln-core. <strong>Not API</strong>: exported only to the toolkit's own modules, not covered
 * by compatibility, may change in any release.
 *
 * @since 0.1.0
 */
package org.plnkit.core.internal;
