package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.CohortReader;
import org.plnkit.report.bundle.BulkReports;

/** {@code pln cohort --per-participant}: every participant's own report, in bulk. */
class CohortPerParticipantTest {
    private static final String SAMPLE = "../samples/lakeside-district.xlsx";
    private static final List<String> FILES = List.of("workbook.xlsx", "map.png", "map.svg", "map.alt.txt",
            "map.desc.txt", "reflection.md", "reflection.html", "assessment.json", "check-ins.ics");

    @Test
    void writesEveryParticipantsReportWithWhatTheirPeersUse(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--as-of", "2026-11-01", "--per-participant");
        assertEquals(1, r.exit(), r.err());   // the sample has rows with errors
        Cohort cohort = CohortReader.read(Path.of(SAMPLE)).value().orElseThrow();
        Path participants = dir.resolve("participants");
        for (Pln p : cohort.plns()) {
            for (String f : FILES) {
                assertTrue(Files.size(participants.resolve(p.participant().id()).resolve(f)) > 0,
                        p.participant().id() + "/" + f);
            }
        }
        assertTrue(r.out().contains("participant reports: 30 written, 0 skipped, 0 failed, in " + participants
                + "/"), r.out());
        assertTrue(r.out().contains("names their people"), r.out());
        assertTrue(r.err().contains("participant reports: 30 of 30 (100%), 0 failed"), r.err());
        // the district outputs are there too
        assertTrue(Files.exists(dir.resolve("district.xlsx")));

        List<String> index = Files.readAllLines(participants.resolve(BulkReports.INDEX));
        assertEquals("participant,folder,status,reason", index.get(0));
        assertEquals(31, index.size());
        for (int i = 0; i < cohort.plns().size(); i++) {
            String id = cohort.plns().get(i).participant().id();
            assertEquals(id + "," + id + ",written,", index.get(i + 1));
        }

        // the action plans name what peers use, with the reason
        long withPeers = cohort.plns().stream().filter(p -> read(participants.resolve(p.participant().id())
                .resolve("assessment.json")).matches("(?s).*\"note\": \"Used for [^\"]+ by \\d+ of the \\d+ .*"))
                .count();
        assertTrue(withPeers > 0, "no action plan names what peers use");
    }

    @Test
    void theReportsAreTheSameBytesForAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        assertEquals(1, Cli.run("cohort", SAMPLE, "--out", one.toString(), "--as-of", "2026-11-01",
                "--per-participant", "--threads", "1").exit());
        assertEquals(1, Cli.run("cohort", SAMPLE, "--out", four.toString(), "--as-of", "2026-11-01",
                "--per-participant", "--threads", "4").exit());
        Map<String, byte[]> a = tree(one.resolve("participants"));
        Map<String, byte[]> b = tree(four.resolve("participants"));
        assertEquals(a.keySet(), b.keySet());
        assertEquals(30 * FILES.size() + 1, a.size());
        for (String f : a.keySet()) {
            assertArrayEquals(a.get(f), b.get(f), f);
        }
    }

    @Test
    void aFailureForOneParticipantNeverStopsTheOthers(@TempDir Path dir) throws Exception {
        Cohort cohort = CohortReader.read(Path.of(SAMPLE)).value().orElseThrow();
        String third = cohort.plns().get(2).participant().id();
        // something in the way: a file where the third participant's folder goes
        Path participants = dir.resolve("participants");
        Files.createDirectories(participants);
        Files.writeString(participants.resolve(third), "not a folder");

        Cli r = Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--as-of", "2026-11-01", "--per-participant",
                "--force", "--formats", "json,md");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("participant reports: 29 written, 0 skipped, 1 failed"), r.out());
        assertTrue(r.out().contains("  failed: " + third + " (" + third + "): "), r.out());
        assertTrue(r.out().contains("is a file, not a folder"), r.out());
        assertTrue(r.err().contains("1 failed"), r.err());
        for (Pln p : cohort.plns()) {
            String id = p.participant().id();
            if (!id.equals(third)) {
                assertTrue(Files.exists(participants.resolve(id).resolve("assessment.json")), id);
                assertTrue(Files.exists(participants.resolve(id).resolve("reflection.md")), id);
                assertFalse(Files.exists(participants.resolve(id).resolve("workbook.xlsx")), id);
            }
        }
        assertEquals("not a folder", Files.readString(participants.resolve(third)));
        List<String> index = Files.readAllLines(participants.resolve(BulkReports.INDEX));
        assertTrue(index.get(3).startsWith(third + "," + third + ",failed,"), index.get(3));
        assertTrue(index.get(3).contains("is a file, not a folder"), index.get(3));
    }

    @Test
    void aRunThatFailsOnParticipant3000Of5000StillWritesTheOthers(@TempDir Path dir) throws Exception {
        Path cohort = dir.resolve("cohort");
        Files.createDirectories(cohort);
        StringBuilder people = new StringBuilder("participant_id,name,school,role,topics,as_of\n");
        StringBuilder ties = new StringBuilder("participant_id,connection_name,kind,category,frequency,value\n");
        for (int i = 1; i <= 5000; i++) {
            String id = String.format("p%04d", i);
            people.append(id).append(",Educator ").append(i).append(",School ").append(i % 7)
                    .append(",Teacher,reading,2026-10-01\n");
            ties.append(id).append(",Colleague ").append(i).append(",person,local-colleagues,weekly,4\n");
            ties.append(id).append(",ISTE,organization,professional-organizations,monthly,3\n");
            ties.append(id).append(",#edchat,resource,social-networks,weekly,").append(1 + i % 5).append('\n');
        }
        Files.writeString(cohort.resolve("participants.csv"), people);
        Files.writeString(cohort.resolve("connections.csv"), ties);
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("participants"));
        Files.writeString(out.resolve("participants").resolve("p3000"), "in the way");

        Cli r = Cli.run("cohort", cohort.toString(), "--out", out.toString(), "--per-participant", "--formats",
                "json", "--force");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("participant reports: 4,999 written, 0 skipped, 1 failed"), r.out());
        assertTrue(r.out().contains("  failed: p3000 (p3000): "), r.out());
        try (Stream<Path> s = Files.list(out.resolve("participants"))) {
            assertEquals(4999, s.filter(p -> Files.exists(p.resolve("assessment.json"))).count());
        }
        List<String> index = Files.readAllLines(out.resolve("participants").resolve(BulkReports.INDEX));
        assertEquals(5001, index.size());
        assertEquals(1, index.stream().filter(l -> l.contains(",failed,")).count());
        assertTrue(index.get(3000).startsWith("p3000,p3000,failed,"), index.get(3000));
    }

    @Test
    void anonymizedReportsHaveAnonymousFoldersAndAnIndexWithoutIds(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--as-of", "2026-11-01", "--per-participant",
                "--anonymize", "--formats", "md,json");
        assertEquals(1, r.exit(), r.err());
        Cohort cohort = CohortReader.read(Path.of(SAMPLE)).value().orElseThrow();
        Path participants = dir.resolve("participants");
        List<String> index = Files.readAllLines(participants.resolve(BulkReports.INDEX));
        String all = String.join("\n", index) + r.out() + r.err();
        for (Pln p : cohort.plns()) {
            assertFalse(all.contains(p.participant().id()), p.participant().id());
            assertFalse(all.contains(p.participant().displayName()), p.participant().displayName());
            assertFalse(Files.exists(participants.resolve(p.participant().id())));
        }
        assertTrue(index.get(1).matches("Participant 01,anonymous-[0-9a-f]{8},written,"), index.get(1));
        try (Stream<Path> s = Files.list(participants)) {
            assertEquals(30, s.filter(Files::isDirectory).filter(p -> p.getFileName().toString()
                    .matches("anonymous-[0-9a-f]{8}")).count());
        }
        assertTrue(r.out().contains("people are anonymized in the participants' reports"), r.out());
    }

    @Test
    void aParticipantWithoutConnectionsIsSkippedWithTheReason(@TempDir Path dir) throws Exception {
        Path cohort = dir.resolve("cohort");
        Files.createDirectories(cohort);
        Files.writeString(cohort.resolve("participants.csv"),
                "participant_id,name,as_of\nana,Ana,2026-10-01\nben,Ben,2026-10-01\n");
        Files.writeString(cohort.resolve("connections.csv"),
                "participant_id,connection_name,kind,category\nana,ISTE,organization,professional-organizations\n");
        Cli r = Cli.run("cohort", cohort.toString(), "--out", dir.resolve("out").toString(), "--per-participant");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("participant reports: 1 written, 1 skipped, 0 failed"), r.out());
        assertTrue(r.out().contains("  skipped: ben (ben): no connections to report on"), r.out());
        assertFalse(Files.exists(dir.resolve("out/participants/ben")));
        assertTrue(Files.exists(dir.resolve("out/participants/ana/workbook.xlsx")));
    }

    @Test
    void existingReportsAreKeptUnlessForced(@TempDir Path dir) throws Exception {
        assertEquals(1, Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--as-of", "2026-11-01",
                "--per-participant", "--formats", "json").exit());
        Path one = dir.resolve("participants/sofia-king/assessment.json");
        Files.writeString(one, "mine");
        Files.delete(dir.resolve("district.xlsx"));
        Cli again = Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--as-of", "2026-11-01",
                "--per-participant", "--formats", "json");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already exists; add --force"), again.err());
        assertEquals("mine", Files.readString(one));
        assertFalse(Files.exists(dir.resolve("district.xlsx")), "nothing is written when an output exists");
    }

    @Test
    void formatsNeedPerParticipant(@TempDir Path dir) {
        Cli r = Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--formats", "json");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--formats chooses the files of --per-participant"), r.err());
        Cli bad = Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--per-participant", "--formats", "pdf");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--formats"), bad.err());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            m.put(root.relativize(f).toString(), Files.readAllBytes(f));
        }
        return m;
    }
}
