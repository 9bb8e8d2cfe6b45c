package org.plnkit.report.exchange;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.Text;
import org.quicktheories.core.Gen;

/**
 * Generated PLNs as the readers build them (trimmed text, topics without repeats, links without repeats), with
 * names that stress every format: XML and DOT specials, quotes, backslashes, non-Latin scripts, formula starts.
 */
final class Plns {
    private static final List<String> CATEGORIES = Taxonomy.defaults().ids();

    private Plns() {
    }

    static Gen<String> names() {
        Gen<String> words = arbitrary().pick(List.of("Jane", "José Núñez", "#tlchat", "AASL", "yes", "null", "1.50",
                "O'Brien", "a: b", "Ünal", "Ольга", "محمد", "李", "📚 Books", "<b>", "&amp;", "a&b", "\"quoted\"",
                "back\\slash", "\\N", "=SUM(A1)", "+1", "-dash", "@handle", "'apos", "semi,comma", "x\"y", "C#", "ﬁ"));
        return lists().of(words).ofSizeBetween(1, 3).map(ws -> String.join(" ", ws).strip());
    }

    static <T> Gen<Optional<T>> optional(Gen<T> g) {
        return integers().between(0, 2).zip(g, (flag, v) -> flag == 0 ? Optional.<T>empty() : Optional.of(v));
    }

    static Gen<List<String>> topics() {
        return lists().of(arbitrary().pick(List.of("coding", "makerspaces", "AI", "équité", "STEM", "a&b", "<x>")))
                .ofSizeBetween(0, 3).map(l -> {
                    LinkedHashMap<String, String> seen = new LinkedHashMap<>();
                    l.forEach(t -> seen.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
                    return List.copyOf(seen.values());
                });
    }

    static Gen<Connection> connections() {
        Gen<LocalDate> dates = integers().between(0, 4000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
        return names().zip(arbitrary().enumValues(Kind.class), arbitrary().pick(CATEGORIES),
                        (n, k, c) -> Connection.builder("id-set-below", n, k, c))
                .zip(optional(arbitrary().pick(List.of("https://example.org/a?b=c&d=e", "www.slj.com", "https://ß.de/ü"))),
                        optional(arbitrary().enumValues(Frequency.class)), optional(integers().between(1, 5)),
                        (b, url, f, v) -> b.url(url.orElse(null)).frequency(f.orElse(null)).value(v.orElse(null)))
                .zip(optional(arbitrary().pick(List.of(true, false))), optional(arbitrary().enumValues(Participation.class)),
                        optional(arbitrary().pick(List.of(true, false))),
                        (b, g, p, w) -> b.givesBack(g.orElse(null)).participation(p.orElse(null)).wantsMore(w.orElse(null)))
                .zip(topics(), optional(dates), optional(names()),
                        (b, t, d, m) -> b.topics(t).lastContact(d.orElse(null)).metVia(m.orElse(null)))
                .zip(optional(arbitrary().pick(List.of("jane@school.org", "@jk", "S-1042"))), (b, s) -> b.sharedId(s.orElse(null)).build());
    }

    static Gen<Pln> plns() {
        return lists().of(connections()).ofSizeBetween(0, 10)
                .zip(optional(names()), integers().between(0, 1000), lists().of(integers().between(0, 400)).ofSizeBetween(0, 8),
                        (cs, pname, seed, linkSeeds) -> {
                            List<String> ids = Text.uniqueSlugs(cs.stream().map(Connection::name).toList(), Set.of());
                            List<Connection> withIds = new ArrayList<>();
                            for (int i = 0; i < cs.size(); i++) {
                                String id = switch (seed % 3) {
                                    case 0 -> "c" + i;
                                    case 1 -> ids.get(i);
                                    default -> i + " " + cs.get(i).name();   // explicit ids may be any text
                                };
                                withIds.add(cs.get(i).toBuilder().id(id).build());
                            }
                            List<Link> links = new ArrayList<>();
                            Set<String> seen = new HashSet<>();
                            for (int s : linkSeeds) {
                                if (withIds.size() < 2) {
                                    break;
                                }
                                String a = withIds.get(s % withIds.size()).id();
                                String b = withIds.get((s / 7) % withIds.size()).id();
                                String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
                                if (!a.equals(b) && seen.add(key)) {
                                    links.add(new Link(a, b));
                                }
                            }
                            Participant p = new Participant(seed % 2 == 0 ? "p-" + seed : "Ünal " + seed, pname.orElse(""),
                                    seed % 5 == 0 ? Optional.empty() : Optional.of("Teacher librarian"),
                                    seed % 3 == 0 ? Optional.empty() : Optional.of("Lincoln & Co <MS>"),
                                    seed % 4 == 0 ? List.of() : List.of("coding", "AI"),
                                    seed % 7 == 0 ? Optional.empty() : Optional.of("Wakelet"),
                                    seed % 2 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2026, 11, 1)));
                            return new Pln(p, withIds, links);
                        });
    }
}
