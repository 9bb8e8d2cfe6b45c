/** Upkeep: overdue check-ins as of a date, missing last contacts, the organizer tool. */
package org.plnkit.analysis.upkeep;
