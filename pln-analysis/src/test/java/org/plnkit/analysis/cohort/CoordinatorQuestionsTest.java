package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.quicktheories.generators.Generate;

/** The district's questions: who needs support, what to promote, communities described, names and keystones. */
class CoordinatorQuestionsTest {
    private static final long SEED = 20261202L;

    private static CohortAnalysis analyse(Cohort c) {
        return CohortAnalyzer.analyze(c, CohortOptions.defaults().withFallbackAsOf(TinyCohort.AS_OF));
    }

    private static Pln pln(String id, String school, Connection... cs) {
        return new Pln(new Participant(id, id.toUpperCase(), Optional.of(school), Optional.of("Teacher"), List.of(),
                Optional.empty(), Optional.of(TinyCohort.AS_OF)), List.of(cs), List.of());
    }

    private static Connection org(String id, String name) {
        return Connection.builder(id, name, Kind.ORGANIZATION, "professional-organizations")
                .frequency(Frequency.MONTHLY).value(3).build();
    }

    @Test
    void mergedNamesUseTheSpellingMostParticipantsWroteAsTheyWroteIt() {
        // QA: 30 of 31 wrote #titletalk, and #TITLETALK was shown: a spelling with capitals no longer wins over the
        // majority; case is never changed either way, and runs of spaces are collapsed
        Cohort c = new Cohort(List.of(
                pln("p1", "A", org("a", "iste"), org("b", "Learning forward"), org("t", "#titletalk")),
                pln("p2", "A", org("a", "iste"), org("b", "Learning  Forward"), org("t", "#TITLETALK")),
                pln("p3", "B", org("a", "ISTE"), org("b", "Learning Forward "), org("t", "#titletalk")),
                pln("p4", "B", org("b", "learning forward"), org("e", "edutopia"), org("t", "#titletalk")),
                pln("p5", "B", org("e", "edutopia"))));
        CohortAnalysis a = analyse(c);
        Set<String> names = new HashSet<>();
        a.sharedResources().forEach(r -> names.add(r.name()));
        assertEquals(Set.of("iste", "Learning Forward", "edutopia", "#titletalk"), names);
        CohortLabels labels = CohortLabels.anonymous(a);
        for (SharedResource r : a.sharedResources()) {
            assertEquals(r.name(), labels.node(r.node()));
        }
    }

    @Test
    void aSharedNodeIsCalledByTheSpellingMostParticipantsUsedTiesToTheFirstSeen() {
        String[] spellings = {"#titletalk", "#TITLETALK", "#TitleTalk", "#titleTalk", " #titletalk", "#titletalk\t"};
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(lists().of(Generate.intArrays(integers().between(1, 2), integers().between(0, 5)))
                        .ofSizeBetween(2, 12))
                .checkAssert(choices -> {
                    List<Pln> plns = new ArrayList<>();
                    java.util.Map<String, Set<Integer>> users = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < choices.size(); i++) {
                        List<Connection> cs = new ArrayList<>();
                        int[] picks = choices.get(i);
                        for (int k = 0; k < picks.length; k++) {
                            String written = spellings[picks[k]];
                            cs.add(org("t" + k, written));
                            users.computeIfAbsent(written.strip(), x -> new HashSet<>()).add(i);
                        }
                        plns.add(pln("p" + i, "A", cs.toArray(Connection[]::new)));
                    }
                    String expected = null;
                    for (java.util.Map.Entry<String, Set<Integer>> e : users.entrySet()) {
                        if (expected == null || e.getValue().size() > users.get(expected).size()) {
                            expected = e.getKey();
                        }
                    }
                    List<SharedResource> shared = analyse(new Cohort(plns)).sharedResources();
                    assertEquals(1, shared.size());
                    assertEquals(expected, shared.get(0).name(), users.toString());
                });
    }

    @Test
    void aSharedWebAddressIsShownAsMostParticipantsWroteItWithItsSchemeAndHostLowerCased() {
        Cohort c = new Cohort(List.of(
                pln("p1", "A", org("a", "TxASL").toBuilder().url("HTTPS://www.txasl.org").build()),
                pln("p2", "A", org("a", "TxASL").toBuilder().url("https://www.txasl.org/").build()),
                pln("p3", "B", org("a", "TxASL").toBuilder().url("https://WWW.TXASL.org/").build()),
                pln("p4", "B", org("x", "X").toBuilder().url("https://TWITTER.COM/TxASL").build()),
                pln("p5", "B", org("x", "X").toBuilder().url("HTTPS://user:Pw@Twitter.com/TxASL?Q=1").build())));
        List<String> urls = analyse(c).sharedResources().stream().map(r -> r.url().orElseThrow()).sorted().toList();
        assertEquals(List.of("https://twitter.com/TxASL", "https://www.txasl.org/"), urls);
    }

    @Test
    void theTinyCohortKeepsItsFirstSeenSpellingsOnTies() {
        CohortAnalysis a = analyse(TinyCohort.cohort());
        List<String> names = a.sharedResources().stream().map(SharedResource::name).toList();
        assertTrue(names.contains("AASL"), names.toString());
        assertTrue(names.contains("SLJ"), names.toString());
    }

    @Test
    void needsSupportIsRankedByTheDocumentedPointsAndListsOnlyParticipantsWithASignal() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(CohortGen.cohorts(25)).checkAssert(c -> {
            CohortAnalysis a = analyse(c);
            List<SupportNeed> list = NeedsSupport.rank(a);
            Set<Integer> listed = new HashSet<>();
            for (int k = 0; k < list.size(); k++) {
                SupportNeed n = list.get(k);
                assertEquals(k + 1, n.rank());
                assertFalse(n.reasons().isEmpty());
                listed.add(n.participant());
                CohortParticipant p = a.participants().get(n.participant());
                CohortParticipant.Scores s = p.scores().orElseThrow();
                int expected = 100 - s.health() + 10 * n.partsAtZero().size()
                        + (int) Math.round(20 * n.overdueShare()) + (n.noGiveBack() ? 10 : 0)
                        + (p.isolated() ? 15 : 0);
                assertEquals(expected, n.points());
                // without connections, that is the one reason: the rest follows from it
                assertEquals(p.connections() == 0 ? List.of(SupportNeed.Reason.NO_CONNECTIONS) : n.reasons(),
                        n.reasons());
                assertEquals(p.isolated() && p.connections() > 0, n.reasons().contains(SupportNeed.Reason.ISOLATED));
                if (k > 0) {
                    SupportNeed prev = list.get(k - 1);
                    assertTrue(prev.points() > n.points() || prev.points() == n.points()
                            && (prev.health() < n.health() || prev.health() == n.health()
                            && prev.participant() < n.participant()));
                }
            }
            for (CohortParticipant p : a.participants()) {
                if (p.scores().isEmpty() || listed.contains(p.index())) {
                    continue;
                }
                CohortParticipant.Scores s = p.scores().get();
                assertFalse(p.isolated());
                assertTrue(s.health() > a.health().overall().lowerQuartile() && s.health() >= 50);
                assertFalse(s.giveBackShare().filter(v -> v == 0).isPresent());
            }
        });
    }

    @Test
    void promotedResourcesAreValuedHighlyAndReachFew() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(CohortGen.cohorts(30)).checkAssert(c -> {
            CohortAnalysis a = analyse(c);
            double min = Promotions.threshold(a);
            List<Promotion> ps = Promotions.of(a);
            // the list is the best MAX_LISTED of those that qualify, and says how many do
            assertEquals(Math.min(Promotions.MAX_LISTED, Promotions.qualifying(a)), ps.size());
            for (int k = 0; k < ps.size(); k++) {
                Promotion p = ps.get(k);
                assertEquals(k + 1, p.rank());
                assertTrue(p.kind() != Kind.PERSON);
                assertTrue(p.meanWeight() >= min);
                assertTrue(p.share() <= Promotions.MAX_SHARE);
                assertTrue(p.schoolsUsing().stream().mapToInt(Community.GroupCount::participants).sum()
                        <= p.users());
                assertEquals(a.graph().reliance(p.node()), p.users());
                for (String s : p.schoolsWithout()) {
                    assertTrue(p.schoolsUsing().stream().noneMatch(g -> g.group().equals(s)));
                }
            }
        });
    }

    @Test
    void promotionsCountSchoolsAndRolesAsTheCoverageGroupsDo() {
        // QA #16: a school written "north middle" by the two who use a resource was listed, spelled as the
        // majority writes it, among the schools where nobody names it yet, and its users split by spelling
        String[][] people = {{"North Middle", "Teacher"}, {"North Middle", "Teacher"}, {"North Middle", "Teacher"},
                {"north middle", "Teacher"}, {"NORTH  MIDDLE ", "teacher"}, {"South", "Teacher"},
                {"South", "Teacher"}, {"South", "Teacher"}};
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            List<Connection> cs = new ArrayList<>();
            cs.add(Connection.builder("hub", "Hub", Kind.ORGANIZATION, "professional-organizations")
                    .frequency(Frequency.YEARLY).value(1).build());
            if (i == 3 || i == 4) {
                cs.add(Connection.builder("gem", "Gem", Kind.RESOURCE, "webinars-podcasts")
                        .frequency(Frequency.WEEKLY).value(5).build());
            }
            plns.add(new Pln(new Participant("p" + i, "P" + i, Optional.of(people[i][1]),
                    Optional.of(people[i][0]), List.of(), Optional.empty(), Optional.of(TinyCohort.AS_OF)), cs,
                    List.of()));
        }
        CohortAnalysis a = analyse(new Cohort(plns));
        Promotion gem = Promotions.of(a).stream().filter(p -> p.name().equals("Gem")).findFirst().orElseThrow();
        assertEquals(List.of(new Community.GroupCount("North Middle", 2)), gem.schoolsUsing());
        assertEquals(List.of("South"), gem.schoolsWithout());
        assertEquals(List.of(new Community.GroupCount("Teacher", 2)), gem.roles());
    }

    @Test
    void communitiesAreDescribedFromTheDocumentedMinimumAndTheRestAreSmallGroups() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(CohortGen.cohorts(30)).checkAssert(c -> {
            CohortAnalysis a = analyse(c);
            int min = CommunityProfiles.minSize(a.size());
            List<CommunityProfile> described = CommunityProfiles.of(a);
            int[] small = CommunityProfiles.smallGroups(a);
            assertEquals(a.communities().size(), described.size() + small[0]);
            int members = described.stream().mapToInt(p -> p.community().size()).sum() + small[1];
            assertEquals(a.participants().stream().filter(p -> p.community().isPresent()).count(), members);
            for (CommunityProfile p : described) {
                assertTrue(p.community().size() >= min);
                assertTrue(p.cohesion() >= 0 && p.cohesion() <= 1);
                for (CommunityProfile.Defining d : p.defining()) {
                    assertTrue(d.memberShare() >= CommunityProfiles.MIN_MEMBER_SHARE);
                    assertTrue(d.lift() > 0);
                }
            }
        });
        assertEquals(5, CommunityProfiles.minSize(25));
        assertEquals(6, CommunityProfiles.minSize(500));
        assertEquals(18, CommunityProfiles.minSize(5000));
    }

    @Test
    void keystonesAreTheOnlySourceForAtLeastHalfOfTheirUsers() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(CohortGen.cohorts(30)).checkAssert(c -> {
            CohortAnalysis a = analyse(c);
            for (Keystone k : a.keystones()) {
                assertTrue(k.affected() >= a.options().minKeystone());
                assertTrue(2 * k.affected() >= k.participants(), k.toString());
            }
            assertTrue(a.keystones().size() <= a.graph().nodeCount());
        });
    }

    @Test
    void directoryEntriesNobodyNamesAreFoundByAddressOrName() {
        Cohort c = TinyCohort.cohort();
        List<Suggestion> dir = new ArrayList<>(List.of(
                new Suggestion("American Association of School Librarians", Optional.empty(), Optional.empty(),
                        Optional.of("https://ala.org/aasl"), List.of(), Optional.empty()),
                new Suggestion("  EDUTOPIA ", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty()),
                new Suggestion("Learning Forward", Optional.empty(), Optional.empty(),
                        Optional.of("https://learningforward.org"), List.of(), Optional.empty())));
        List<Suggestion> unused = Promotions.unusedDirectoryEntries(dir, c);
        assertEquals(List.of("Learning Forward"), unused.stream().map(Suggestion::name).toList());
    }

    @Test
    void anAnonymizedFirstStepNamesPeopleByKindAndKeepsEverythingElse() {
        // a participant whose plan starts with the one person they rely on for every topic
        Connection jane = Connection.builder("jane", "Florizel Underhill", Kind.PERSON, "mentors")
                .frequency(Frequency.WEEKLY).value(5).topics(List.of("reading", "coding")).build();
        Pln leaning = new Pln(new Participant("p1", "P1", Optional.of("North"), Optional.of("Teacher"),
                List.of("reading", "coding"), Optional.empty(), Optional.of(TinyCohort.AS_OF)), List.of(jane), List.of());
        List<Pln> plns = new ArrayList<>(TinyCohort.cohort().plns());
        plns.add(leaning);
        Cohort c = new Cohort(plns);
        CohortAnalysis a = analyse(c);
        CohortLabels shown = CohortLabels.shown(a);
        CohortLabels anonymous = CohortLabels.anonymous(a);
        int named = 0;
        for (int i = 0; i < c.plns().size(); i++) {
            CohortParticipant.Scores s = a.participants().get(i).scores().orElseThrow();
            String title = shown.firstStep(s, a.taxonomy());
            String hidden = anonymous.firstStep(s, a.taxonomy());
            assertFalse(hidden.isEmpty(), "every assessed participant has a first step");
            String expected = title;
            for (Connection x : c.plns().get(i).connections()) {
                if (x.kind() == Kind.PERSON && title.contains(x.name())) {
                    expected = expected.replace(x.name(), "one person");
                    named++;
                }
            }
            // no person's name, and nothing else changed: topics, categories and organizations stay as written
            assertEquals(expected, hidden, title);
        }
        assertTrue(named > 0, "the cohort has a first step that names a person");
        String mine = anonymous.firstStep(a.participants().get(c.plns().size() - 1).scores().orElseThrow(), a.taxonomy());
        assertEquals("Find more sources beside one person", mine);
    }
}
