package org.plnkit.analysis.cohort;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of small cohorts: participants pick connections from a pool of twenty (organizations and
 * resources under a few spellings and url forms, people with and without a shared id, one shared id that is
 * another participant's), so that sharing, hubs, ties and isolated participants all happen.
 */
final class CohortGen {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final List<String> CATEGORIES = Taxonomy.defaults().ids();
    private static final String[] SCHOOLS = {"Lincoln", "Oak", "Maple"};
    private static final String[] ROLES = {"Teacher librarian", "Classroom teacher"};

    private CohortGen() {
    }

    /** Cohorts of 2 to {@code maxParticipants} participants. */
    static Gen<Cohort> cohorts(int maxParticipants) {
        Gen<List<int[]>> rows = lists().of(Generate.intArrays(Generate.constant(5), integers().between(0, 1000)))
                .ofSizeBetween(0, maxParticipants * 6);
        return rows.zip(integers().between(2, maxParticipants), CohortGen::build);
    }

    static Cohort build(List<int[]> rows, int n) {
        List<List<Connection>> cs = new ArrayList<>();
        List<Set<String>> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(new ArrayList<>());
            ids.add(new HashSet<>());
        }
        for (int[] r : rows) {
            int p = r[0] % n;
            int item = r[1] % 20;
            Connection c = item(item, r, n, p);
            if (ids.get(p).add(c.id())) {
                cs.get(p).add(c);
            }
        }
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Participant part = new Participant("p" + i, "Person " + i, Optional.of(ROLES[i % 2]),
                    i % 7 == 6 ? Optional.empty() : Optional.of(SCHOOLS[i % 3]),
                    i % 4 == 0 ? List.of("coding", "reading") : List.of("reading"), Optional.empty(),
                    Optional.of(AS_OF));
            plns.add(new Pln(part, cs.get(i), List.of()));
        }
        return new Cohort(plns);
    }

    private static Connection item(int item, int[] r, int n, int p) {
        String cat = CATEGORIES.get(r[2] % CATEGORIES.size());
        Connection.Builder b;
        if (item < 12) {
            Kind kind = item % 2 == 0 ? Kind.ORGANIZATION : Kind.RESOURCE;
            String name = (r[3] % 2 == 0 ? "Item " : "ITEM  ") + item + (r[3] % 3 == 0 ? "." : "");
            b = Connection.builder("i" + item, name, kind, cat);
            if (r[3] % 5 != 0) {
                b.url((r[3] % 2 == 0 ? "https://www." : "") + "item" + item + ".org" + (r[3] % 3 == 0 ? "/" : ""));
            }
        } else if (item < 17) {
            b = Connection.builder("person" + item, "Person " + item, Kind.PERSON, cat);
            if (item % 2 == 0) {
                b.sharedId("person" + item + "@example.org");
            }
        } else {
            int other = (p + 1 + r[3] % Math.max(1, n - 1)) % n;
            b = Connection.builder("colleague" + other, "Colleague", Kind.PERSON, cat).sharedId("p" + other);
        }
        b.frequency(Frequency.values()[r[4] % Frequency.values().length]).value(1 + r[4] % 5);
        if (r[4] % 3 == 0) {
            b.topics(List.of("coding"));
        }
        return b.build();
    }
}
