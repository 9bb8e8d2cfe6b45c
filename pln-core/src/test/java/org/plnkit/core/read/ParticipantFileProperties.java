package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.Text;
import org.plnkit.core.write.ParticipantFileWriter;
import org.quicktheories.core.Gen;

/** Invariants of the participant file format, on generated PLNs and generated garbage. */
class ParticipantFileProperties {
    private static final List<String> CATEGORIES = Taxonomy.defaults().ids();
    private static final ParticipantFileReader READER = new ParticipantFileReader();

    /** Names that people write: letters of several scripts, digits, punctuation, emoji, YAML-significant words. */
    static Gen<String> names() {
        Gen<String> words = arbitrary().pick(List.of("Jane", "José Núñez", "#tlchat", "AASL", "yes", "no", "null",
                "true", "~", "1.50", "0x1F", "2026-01-01", "O'Brien", "a: b", "- x", "Ünal", "Ольга", "محمد", "李", "📚 Books",
                "[x]", "{y}", "&amp", "*star", "!tag", "% off", "@handle", "`tick`", "\"quoted\"", "tab\there", "C#"));
        return lists().of(words).ofSizeBetween(1, 3).map(ws -> String.join(" ", ws).strip());
    }

    static Gen<Optional<String>> optionalText() {
        return arbitrary().pick(List.of(0, 1)).zip(names(), (flag, s) -> flag == 0 ? Optional.<String>empty() : Optional.of(s));
    }

    static <T> Gen<Optional<T>> optional(Gen<T> g) {
        return integers().between(0, 2).zip(g, (flag, v) -> flag == 0 ? Optional.<T>empty() : Optional.of(v));
    }

    static Gen<Connection> connections() {
        Gen<LocalDate> dates = integers().between(0, 4000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
        Gen<List<String>> topics = lists().of(arbitrary().pick(List.of("coding", "makerspaces", "AI", "équité", "STEM")))
                .ofSizeBetween(0, 3).map(l -> new ArrayList<>(new java.util.LinkedHashSet<>(l)));
        return names().zip(arbitrary().enumValues(Kind.class), arbitrary().pick(CATEGORIES),
                (n, k, c) -> Connection.builder("id-set-below", n, k, c))
                .zip(optionalText(), optional(arbitrary().enumValues(Frequency.class)), optional(integers().between(1, 5)),
                        (b, url, f, v) -> b.url(url.orElse(null)).frequency(f.orElse(null)).value(v.orElse(null)))
                .zip(optional(arbitrary().pick(List.of(true, false))), optional(arbitrary().enumValues(Participation.class)),
                        optional(arbitrary().pick(List.of(true, false))),
                        (b, g, p, w) -> b.givesBack(g.orElse(null)).participation(p.orElse(null)).wantsMore(w.orElse(null)))
                .zip(topics, optional(dates), optionalText(),
                        (b, t, d, m) -> b.topics(t).lastContact(d.orElse(null)).metVia(m.orElse(null)).build());
    }

    static Gen<Pln> plns() {
        return lists().of(connections()).ofSizeBetween(0, 12)
                .zip(names(), integers().between(0, 1000), lists().of(integers().between(0, 400)).ofSizeBetween(0, 8),
                        (cs, pname, seed, linkSeeds) -> {
                            List<String> ids = Text.uniqueSlugs(cs.stream().map(Connection::name).toList(), Set.of());
                            List<Connection> withIds = new ArrayList<>();
                            for (int i = 0; i < cs.size(); i++) {
                                withIds.add(cs.get(i).toBuilder().id(seed % 3 == 0 ? "c" + i : ids.get(i)).build());
                            }
                            List<Link> links = new ArrayList<>();
                            Set<String> seen = new HashSet<>();
                            for (int s : linkSeeds) {
                                if (withIds.size() < 2) {
                                    break;
                                }
                                String a = withIds.get(s % withIds.size()).id();
                                String b = withIds.get((s / 7) % withIds.size()).id();
                                String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
                                if (!a.equals(b) && seen.add(key)) {
                                    links.add(new Link(a, b));
                                }
                            }
                            Participant p = new Participant("p-" + seed, pname, Optional.of("Teacher librarian"),
                                    Optional.empty(), List.of("coding", "AI"), Optional.of("Wakelet"),
                                    Optional.of(LocalDate.of(2026, 11, 1)));
                            return new Pln(p, withIds, links);
                        });
    }

    @Test
    void anyValidPlnWrittenToYamlReadsBackEqual() {
        qt().withFixedSeed(20261128L).withExamples(300).forAll(plns()).checkAssert(pln -> {
            String yaml = ParticipantFileWriter.toYaml(pln);
            ReadResult<Pln> back = READER.read("gen.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            assertTrue(back.value().isPresent(), () -> back.problems() + "\n" + yaml);
            assertEquals(pln, back.value().orElseThrow(), yaml);
        });
    }

    @Test
    void anyValidPlnWrittenToJsonReadsBackEqual() throws Exception {
        qt().withFixedSeed(7L).withExamples(200).forAll(plns()).checkAssert(pln -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                ParticipantFileWriter.writeJson(pln, out);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            ReadResult<Pln> back = READER.read("gen.json", out.toByteArray());
            assertEquals(Optional.of(pln), back.value(), back.problems()::toString);
        });
    }

    @Test
    void anyByteStringGivesProblemsOrAModelNeverAnException() {
        qt().withFixedSeed(1L).withExamples(2000).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300))
                .checkAssert(bytes -> {
                    byte[] b = new byte[bytes.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (int) bytes.get(i);
                    }
                    for (String name : List.of("x.yaml", "x.json")) {
                        ReadResult<Pln> r = READER.read(name, b);
                        assertTrue(r.value().isPresent() || r.hasErrors(), "no model and no error");
                    }
                });
    }

    @Test
    void mangledYamlGivesProblemsOrAModelNeverAnException() throws Exception {
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("../samples/maria-lopez-librarian.yaml"));
        qt().withFixedSeed(3L).withExamples(2000)
                .forAll(integers().between(0, sample.length()), integers().between(0, 20),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 4))
                .checkAssert((at, cut, insert) -> {
                    int end = Math.min(sample.length(), at + cut);
                    String mangled = sample.substring(0, at) + insert + sample.substring(end);
                    ReadResult<Pln> r = READER.read("m.yaml", mangled.getBytes(StandardCharsets.UTF_8));
                    assertTrue(r.value().isPresent() || r.hasErrors(), "no model and no error");
                    r.problems().forEach(p -> assertTrue(p.place().toString().startsWith("m.yaml")));
                });
    }
}
