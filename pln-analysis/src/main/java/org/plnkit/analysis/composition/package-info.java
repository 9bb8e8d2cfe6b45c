/** Composition: connections by kind and category, local and online, Blau's index and the IQV. */
package org.plnkit.analysis.composition;
