package org.plnkit.benchmarks.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * A reproducible PLN of a given size for benchmarks: categories skewed towards the first six of the default
 * taxonomy, the usual kind for each, every frequency and value, names of realistic length, one link per four
 * connections.
 */
public final class SyntheticPln {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static final String[] FIRST = {"Alex", "Bea", "Carlos", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan",
        "Jia", "Kofi", "Lina", "Marco", "Nia", "Omar", "Pia"};
    private static final String[] LAST = {"Ng", "Ortiz", "Park", "Quist", "Rossi", "Singh", "Tran", "Ueda"};
    private static final String[] THINGS = {"Learning Hub", "Library Network", "Education Review",
        "Makers Podcast", "Reading Circle", "Teachers Forum"};

    private SyntheticPln() {
    }

    public static Pln of(int connections, long seed) {
        Taxonomy taxonomy = Taxonomy.defaults();
        List<String> categories = taxonomy.ids();
        Random r = new Random(seed);
        List<Connection> cs = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            String cat = categories.get(r.nextInt(3) == 0 ? r.nextInt(categories.size()) : r.nextInt(6));
            Kind kind = taxonomy.byId(cat).orElseThrow().typicalKinds().stream().sorted().findFirst()
                    .orElse(Kind.RESOURCE);
            String name = kind == Kind.PERSON
                    ? FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " " + i
                    : THINGS[r.nextInt(THINGS.length)] + " " + i;
            cs.add(Connection.builder("c" + i, name, kind, cat)
                    .frequency(Frequency.values()[r.nextInt(Frequency.values().length)])
                    .value(1 + r.nextInt(5))
                    .givesBack(r.nextInt(3) == 0)
                    .lastContact(AS_OF.minusDays(r.nextInt(400)))
                    .build());
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i + 1 < connections; i += 4) {
            links.add(new Link("c" + i, "c" + (i + 1 + r.nextInt(connections - i - 1))));
        }
        Participant p = new Participant("synthetic-" + connections, "Synthetic Educator", Optional.of("Teacher"),
                Optional.empty(), List.of(), Optional.empty(), Optional.of(AS_OF));
        return new Pln(p, cs, links);
    }
}
