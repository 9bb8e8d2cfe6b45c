/** Engagement: the weight of a connection from its value and frequency, and what is under-used. */
package org.plnkit.analysis.engagement;
