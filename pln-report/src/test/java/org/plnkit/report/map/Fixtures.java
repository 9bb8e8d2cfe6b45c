package org.plnkit.report.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ParticipantFileReader;

/** The PLNs the map tests draw: the rich sample, a thin one, an over-reliant one, and generated ones. */
final class Fixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final Taxonomy TAXONOMY = Taxonomy.defaults();

    private Fixtures() {
    }

    /** Maria Lopez, the project's rich sample: 15 connections in all 11 categories. */
    static Pln maria() {
        return new ParticipantFileReader().read(Path.of("..", "samples", "maria-lopez-librarian.yaml"))
                .value().orElseThrow();
    }

    /** A first-year teacher: 4 connections in 3 categories, one with a very long name. */
    static Pln thin() {
        return resource("thin-pln.yaml");
    }

    /** A teacher whose network is nearly all colleagues at school: 17 connections, 14 of them local. */
    static Pln overReliant() {
        return resource("over-reliant-pln.yaml");
    }

    private static Pln resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new ParticipantFileReader().read(name, in.readAllBytes()).value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generated PLN with {@code n} connections, reproducible from the seed: categories skewed towards the
     * first six, kinds as usual for the category, every frequency and value, a quarter linked.
     */
    static Pln synthetic(int n, long seed) {
        Random r = new Random(seed);
        List<String> categories = TAXONOMY.ids();
        List<Connection> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cat = categories.get(r.nextInt(3) == 0 ? r.nextInt(categories.size()) : r.nextInt(6));
            Kind kind = TAXONOMY.byId(cat).orElseThrow().typicalKinds().stream().sorted()
                    .skip(r.nextInt(2)).findFirst().orElse(Kind.RESOURCE);
            String name = (kind == Kind.PERSON ? "Person" : "Resource") + " " + i
                    + " " + "abcdefghijklmnopqrstuvwxyz".substring(0, r.nextInt(24));
            Connection.Builder b = Connection.builder("c" + i, name, kind, cat);
            if (r.nextInt(8) > 0) {
                b.frequency(Frequency.values()[r.nextInt(Frequency.values().length)]);
            }
            if (r.nextInt(8) > 0) {
                b.value(1 + r.nextInt(5));
            }
            b.givesBack(r.nextInt(3) == 0);
            if (r.nextInt(4) > 0) {
                b.lastContact(AS_OF.minusDays(r.nextInt(400)));
            }
            cs.add(b.build());
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i + 1 < n; i += 4) {
            links.add(new Link("c" + i, "c" + (i + 1 + r.nextInt(n - i - 1))));
        }
        return new Pln(new Participant("synthetic", "Synthetic Educator", java.util.Optional.of("Teacher"),
                java.util.Optional.empty(), List.of(), java.util.Optional.empty(), java.util.Optional.of(AS_OF)),
                cs, links);
    }

    static MapOptions.Builder options() {
        return MapOptions.builder(AS_OF);
    }
}
