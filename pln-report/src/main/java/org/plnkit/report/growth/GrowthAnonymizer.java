package org.plnkit.report.growth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plnkit.analysis.growth.ConnectionMatcher;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.privacy.Anonymizer;

/**
 * Anonymizes two snapshots of a PLN alike ({@link Anonymizer}'s rules), so that a person is the same "Mentor 1" in
 * both: the two are paired first ({@link ConnectionMatcher}), then AFTER and the connections only BEFORE has are
 * anonymized as one network, and each paired connection of BEFORE takes its partner's new id and name. Comparing the
 * two results pairs the same connections as comparing the originals.
 *
 * @since 0.1.0
 */
public final class GrowthAnonymizer {
    private GrowthAnonymizer() {
    }

    /** The two snapshots with people's names removed. */
    public record Pair(Pln before, Pln after) {
    }

    public static Pair anonymize(Pln before, Pln after, Taxonomy taxonomy) {
        ConnectionMatcher.Matching m = ConnectionMatcher.match(before, after);
        List<Connection> union = new ArrayList<>(after.connections());
        Set<String> ids = new HashSet<>();
        after.connections().forEach(c -> ids.add(c.id()));
        List<Connection> dropped = new ArrayList<>();
        Map<String, String> unionIdOfDropped = new HashMap<>();
        for (Connection c : before.connections()) {
            if (m.afterOf(c.id()).isEmpty()) {
                String id = c.id();
                for (int k = 2; ids.contains(id); k++) {
                    id = c.id() + "-" + k;
                }
                ids.add(id);
                unionIdOfDropped.put(c.id(), id);
                dropped.add(c.toBuilder().id(id).build());
            }
        }
        union.addAll(dropped);
        Pln shownUnion = new Anonymizer(taxonomy).apply(new Pln(after.participant(), union, List.of()));
        int n = after.connections().size();
        Map<String, Connection> shownAfter = new HashMap<>();
        List<Connection> afterConnections = new ArrayList<>(shownUnion.connections().subList(0, n));
        for (int i = 0; i < n; i++) {
            shownAfter.put(after.connections().get(i).id(), afterConnections.get(i));
        }
        Map<String, Connection> shownDropped = new HashMap<>();
        for (int i = 0; i < dropped.size(); i++) {
            shownDropped.put(dropped.get(i).id(), shownUnion.connections().get(n + i));
        }
        Anonymizer one = new Anonymizer(taxonomy);
        Pln shownBeforeAlone = one.apply(before);
        Map<String, String> newIdsBefore = new HashMap<>();
        List<Connection> beforeConnections = new ArrayList<>();
        for (int i = 0; i < before.connections().size(); i++) {
            Connection c = before.connections().get(i);
            Connection shown;
            if (m.afterOf(c.id()).isPresent()) {
                Connection partner = shownAfter.get(m.afterOf(c.id()).get());
                Connection alone = shownBeforeAlone.connections().get(i);
                shown = alone.toBuilder().id(partner.id()).name(c.kind() == Kind.PERSON ? partner.name() : c.name())
                        .build();
            } else {
                shown = shownDropped.get(unionIdOfDropped.get(c.id()));
                if (shown.kind() != Kind.PERSON) {
                    shown = shown.toBuilder().id(unionIdOfDropped.get(c.id())).build();
                }
            }
            newIdsBefore.put(c.id(), shown.id());
            beforeConnections.add(shown);
        }
        Map<String, String> newIdsAfter = new HashMap<>();
        shownAfter.forEach((id, c) -> newIdsAfter.put(id, c.id()));
        Participant pa = shownUnion.participant();
        Participant pb = before.participant();
        Participant shownParticipantBefore = new Participant(pa.id(), pa.name(), pb.role(), java.util.Optional.empty(),
                pb.topics(), pb.organizer(), pb.asOf());
        return new Pair(new Pln(shownParticipantBefore, beforeConnections, links(before.links(), newIdsBefore)),
                new Pln(new Participant(pa.id(), pa.name(), pa.role(), pa.school(), pa.topics(), pa.organizer(),
                        after.participant().asOf()), afterConnections, links(after.links(), newIdsAfter)));
    }

    private static List<Link> links(List<Link> links, Map<String, String> ids) {
        return links.stream().map(l -> new Link(ids.get(l.from()), ids.get(l.to()))).toList();
    }
}
