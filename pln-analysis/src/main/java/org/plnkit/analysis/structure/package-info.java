/** Structure of the ego network: density, components, and Burt's effective size, efficiency and constraint. */
package org.plnkit.analysis.structure;
