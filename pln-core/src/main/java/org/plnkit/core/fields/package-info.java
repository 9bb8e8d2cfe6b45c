/**
 * The fields of the input contract described once ({@link org.plnkit.core.fields.ContractFields}): names, cohort
 * columns, types, help and examples, from which readers, writers, templates and exports take them.
 *
 * @since 0.1.0
 */
package org.plnkit.core.fields;
