/**
 * Internal helpers of pln-core. <strong>Not API</strong>: not exported from the module, may change in any release.
 *
 * @since 0.1.0
 */
package org.plnkit.core.internal;
