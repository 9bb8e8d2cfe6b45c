package org.plnkit.core.identity;

import java.util.ArrayList;
import java.util.List;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/** Small cohorts for identity tests: {@code cohort(pln("maria", org("aasl", "AASL", "ala.org/aasl")), ...)}. */
final class Cohorts {
    private Cohorts() {
    }

    static Cohort cohort(Pln... plns) {
        return new Cohort(List.of(plns));
    }

    static Pln pln(String participant, Connection... connections) {
        return new Pln(Participant.of(participant), new ArrayList<>(List.of(connections)), List.of());
    }

    static Connection org(String id, String name, String url) {
        return Connection.builder(id, name, Kind.ORGANIZATION, "professional-organizations").url(url).build();
    }

    static Connection resource(String id, String name, String url, String category) {
        return Connection.builder(id, name, Kind.RESOURCE, category).url(url).build();
    }

    static Connection person(String id, String name, String sharedId) {
        return Connection.builder(id, name, Kind.PERSON, "local-colleagues").sharedId(sharedId).build();
    }
}
