package org.plnkit.core.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Many participants' PLNs, as district staff collect them. Participant ids are unique. Cross-participant
 * identity (the same organization named by many) is resolved by {@link org.plnkit.core.identity.CohortIdentity}.
 *
 * @param plns the participants' PLNs in input order
 *
 * @since 0.1.0
 */
public record Cohort(List<Pln> plns) {
    public Cohort {
        plns = List.copyOf(plns);
        Set<String> ids = new HashSet<>();
        for (Pln p : plns) {
            if (!ids.add(p.participant().id())) {
                throw new IllegalArgumentException("participant id " + p.participant().id() + " is used twice");
            }
        }
    }

    /** The PLN of the participant with this id. */
    public Optional<Pln> pln(String participantId) {
        return plns.stream().filter(p -> p.participant().id().equals(participantId)).findFirst();
    }

    /**
     * The latest {@code as_of} date any participant gives: the date to label the cohort as a whole with (a
     * district map, a report's title), so that it comes from the data rather than from the day it was run.
     */
    public Optional<LocalDate> latestAsOf() {
        return plns.stream().flatMap(p -> p.participant().asOf().stream()).max(LocalDate::compareTo);
    }

    /** How many participants. */
    public int size() {
        return plns.size();
    }
}
