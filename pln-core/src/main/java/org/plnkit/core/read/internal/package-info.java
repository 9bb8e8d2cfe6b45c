/**
 * Helpers the readers share with the other modules of the toolkit: text (slugs, lists in cells, "did you mean"),
 * the parsing of each contract field, the checks made before an input file is opened, the organizer template's
 * example rows. <strong>Not API</strong>: exported only to the toolkit's own modules ({@code org.plnkit.analysis},
 * {@code org.plnkit.report}, {@code org.plnkit.cli}, {@code org.plnkit.web}), not covered by compatibility, may
 * change in any release. On the class path Java cannot hide it: do not use it from your own code.
 *
 * @since 0.1.0
 */
package org.plnkit.core.read.internal;
