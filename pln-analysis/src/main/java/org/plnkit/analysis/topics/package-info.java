/** Topics: the sources of each topic the participant needs, uncovered and fragile topics. */
package org.plnkit.analysis.topics;
