/** The action plan: ranked recommendations with reasons and suggestions, and where suggestions come from. */
package org.plnkit.analysis.plan;
