package org.plnkit.analysis;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of random PLNs. A connection is drawn as a row of small integers, each picking one field
 * (0 means "not given" where a field is optional), so that shrinking leads to plain connections.
 */
public final class PlnGen {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final List<String> TOPICS = List.of("coding", "makerspaces", "reading", "ai", "math");
    static final List<String> CATEGORIES = Taxonomy.defaults().ids();
    static final List<String> MET_VIA = List.of("school", "district", "in-person", "twitter", "conference");
    private static final int FIELDS = 12;

    private PlnGen() {
    }

    /** One connection's fields as integers. */
    public static Gen<int[]> connectionRows() {
        return Generate.intArrays(Generate.constant(FIELDS), integers().between(0, 1000));
    }

    /** PLNs of 0 to {@code max} connections, with random links and 0 to 5 participant topics. */
    public static Gen<Pln> plns(int max) {
        return plns(0, max);
    }

    /** PLNs of {@code min} to {@code max} connections, with random links and 0 to 5 participant topics. */
    public static Gen<Pln> plns(int min, int max) {
        Gen<List<int[]>> rows = lists().of(connectionRows()).ofSizeBetween(min, max);
        Gen<List<int[]>> links = lists().of(Generate.intArrays(Generate.constant(2), integers().between(0, 1000)))
                .ofSizeBetween(0, max * 2);
        return rows.zip(links, integers().between(0, 31), PlnGen::build);
    }

    static Pln build(List<int[]> rows, List<int[]> linkRows, int topicMask) {
        List<Connection> cs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            cs.add(connection("c" + i, rows.get(i)));
        }
        List<Link> links = new ArrayList<>();
        int n = cs.size();
        for (int[] l : linkRows) {
            if (n >= 2 && l[0] % n != l[1] % n) {
                links.add(new Link("c" + l[0] % n, "c" + l[1] % n));
            }
        }
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            if ((topicMask & 1 << t) != 0) {
                topics.add(TOPICS.get(t));
            }
        }
        Participant p = new Participant("p", "Pat Doe", Optional.of("Teacher"), Optional.empty(), topics,
                topicMask % 3 == 0 ? Optional.empty() : Optional.of("Feedly"), Optional.of(AS_OF));
        return new Pln(p, cs, links);
    }

    /** A connection from a row of integers. */
    public static Connection connection(String id, int[] r) {
        Connection.Builder b = Connection.builder(id, "Name " + id, Kind.values()[r[0] % 3],
                CATEGORIES.get(r[1] % CATEGORIES.size()));
        optional(r[2], 7, v -> b.frequency(Frequency.values()[v]));
        optional(r[3], 6, v -> b.value(v + 1));
        optional(r[4], 3, v -> b.givesBack(v == 1));
        optional(r[5], 5, v -> b.participation(Participation.values()[v]));
        optional(r[6], 3, v -> b.wantsMore(v == 1));
        optional(r[7], MET_VIA.size() + 1, v -> b.metVia(MET_VIA.get(v)));
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            if ((r[8] & 1 << t) != 0) {
                topics.add(TOPICS.get(t));
            }
        }
        b.topics(topics);
        if (r[9] % 4 != 0) {
            b.lastContact(AS_OF.minusDays(r[10] % 800));
        }
        return b.build();
    }

    /** Calls {@code set} with {@code v % range - 1} unless that is -1 (not given). */
    private static void optional(int v, int range, java.util.function.IntConsumer set) {
        int x = v % range;
        if (x > 0) {
            set.accept(x - 1);
        }
    }
}
