package org.plnkit.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.health.Voice;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;

/**
 * The words of every step, for every kind of connection it can name: a table over step kinds (so every
 * recommendation type) × connection kinds × naming (by name, or anonymized by kind), with rules no step may break —
 * a person is never something one takes part in, reads along in or rates as "it"; an organization or a resource is
 * never someone to get to know or "them".
 */
class StepWordsTest {
    /** The connection each kind is named by in the table; the person's name is one word-safe to search. */
    private static final ConnectionRef PERSON = new ConnectionRef("andrea", "Andrea James", Kind.PERSON);
    private static final ConnectionRef ORGANIZATION = new ConnectionRef("iste", "ISTE", Kind.ORGANIZATION);
    private static final ConnectionRef RESOURCE = new ConnectionRef("tlchat", "#tlchat", Kind.RESOURCE);

    /** Words a step may never use about a person. */
    private static final List<String> NOT_FOR_A_PERSON = List.of("more active in", "take a first step in",
            "take part", "read along", "rate it", "use it", "from it", "check it", "let it go", "introduce yourself",
            "participation");
    /** Words a step may never use about an organization or a resource. */
    private static final List<String> NOT_FOR_A_THING = List.of("get to know", "them ", "they share",
            "reached out", "in touch with", "learn more from");

    /** One step of every kind, naming {@code c} wherever the step names a connection. */
    static List<Step> everyStep(ConnectionRef c, Optional<Participation> participation) {
        Coverage.ThinCategory thin = new Coverage.ThinCategory("mentors", "Mentors", true, 1,
                Set.of(Coverage.Reason.FEW_CONNECTIONS));
        List<Step> steps = new ArrayList<>(List.of(
                new Step.FindSource("coding", 3, 5),
                new Step.SoleSource(c, List.of("coding", "makerspaces"), 4, Optional.of(0.4)),
                new Step.LeanLess(List.of(c), List.of("coding"), 0.45, 0.4),
                new Step.SpreadEngagement(List.of(c, ORGANIZATION, RESOURCE), 0.8, 0.31, 0.25),
                new Step.Reach(true, 9, 1, 10),
                new Step.Reach(false, 9, 0, 9),
                new Step.AddInCategory("mentors", "Mentors", true, 2, 11, List.of("a former supervisor")),
                new Step.ExploreCategories(List.of("mentors", "online-journals"), List.of("Mentors", "Online journals")),
                new Step.SecondSource("coding", c),
                new Step.FirstStep(c, participation),
                new Step.ReengageCategory("mentors", "Mentors", 1, List.of(c), 1.5, 3.0, c.kind() == Kind.PERSON),
                new Step.ReviewMembership(c, Optional.of(2), participation, Optional.of(Frequency.WEEKLY)),
                new Step.ReviewMembership(c, Optional.of(2), Optional.empty(), Optional.empty()),
                new Step.GiveBackMore(1, 6, 1 / 6.0, 0.5, List.of(PERSON)),
                new Step.GiveBackToPeople(List.of(PERSON)),
                new Step.StrengthenCategory("mentors", "Mentors", 1, Set.of(Coverage.Reason.FEW_CONNECTIONS,
                        Coverage.Reason.ONLY_INFREQUENT), List.of(c)),
                new Step.StrengthenCategories(List.of(thin, thin), 5),
                new Step.CheckIn(List.of(new Step.Overdue(c, Frequency.MONTHLY, 45, Ways.of(c, "mentors")))),
                new Step.CheckIn(List.of(new Step.Overdue(c, Frequency.MONTHLY, 45, Ways.of(c, "blogs-websites")),
                        new Step.Overdue(PERSON, Frequency.WEEKLY, 20, Ways.CONTACT))),
                new Step.NoteLastContact(List.of(c), 7),
                new Step.Organize(7)));
        return steps;
    }

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (ConnectionRef c : List.of(PERSON, ORGANIZATION, RESOURCE)) {
            for (Optional<Participation> p : List.of(Optional.<Participation>empty(), Optional.of(Participation.LURKER),
                    Optional.of(Participation.NONE))) {
                for (boolean anonymized : List.of(false, true)) {
                    for (Step s : everyStep(c, p)) {
                        rows.add(Arguments.of(s.kind(), c, anonymized, s));
                    }
                }
            }
        }
        return rows.stream();
    }

    @Test
    void theTableHoldsEveryKindOfStepAndSoEveryRecommendationType() {
        Set<Step.Kind> kinds = EnumSet.noneOf(Step.Kind.class);
        Set<RecommendationType> types = EnumSet.noneOf(RecommendationType.class);
        for (Step s : everyStep(PERSON, Optional.empty())) {
            kinds.add(s.kind());
            types.add(s.type());
        }
        assertEquals(EnumSet.allOf(Step.Kind.class), kinds);
        assertEquals(EnumSet.allOf(RecommendationType.class), types);
    }

    @ParameterizedTest(name = "{0} naming a {1}, anonymized: {2}")
    @MethodSource("table")
    void noStepReadsWronglyForTheKindOfConnectionItNames(Step.Kind kind, ConnectionRef c, boolean anonymized,
                                                          Step step) {
        // anonymized outputs name a person by kind, as the district outputs do
        Function<ConnectionRef, String> name = anonymized ? r -> r.kind() == Kind.PERSON ? "one person" : r.name()
                : ConnectionRef::name;
        String title = StepWords.title(step, name);
        String reason = StepWords.reason(step, name);
        String shown = name.apply(c);
        for (String text : List.of(title, reason)) {
            assertFalse(text.isBlank(), kind + ": " + text);
            assertFalse(text.contains("null") || text.contains("  ") || text.contains("Optional"), text);
            assertFalse(text.contains(" ."), text);
        }
        assertTrue(Character.isUpperCase(title.charAt(0)) && !title.endsWith("."), title);
        assertTrue(reason.endsWith("."), reason);
        if (anonymized) {
            assertFalse((title + reason).contains(PERSON.name()), title + " / " + reason);
        }
        if (!step.connections().contains(c)) {
            return;   // the step names no connection of this kind: nothing kind-specific to read
        }
        if (!(step instanceof Step.ReengageCategory)) {   // which speaks of its category, not of its connections
            assertTrue((title + " " + reason).contains(shown), "names " + shown + ": " + title + " / " + reason);
        }
        String lower = (title + ". " + reason).toLowerCase(Locale.ROOT);
        if (c.kind() == Kind.PERSON) {
            // a step about this person alone speaks of them throughout ("You rate them 2 of 5… You are in touch…")
            if (step.connections().stream().allMatch(r -> r.kind() == Kind.PERSON)) {
                for (String b : NOT_FOR_A_PERSON) {
                    assertFalse(lower.contains(b), kind + " about a person says \"" + b + "\": " + title + " / "
                            + reason);
                }
            }
            return;
        }
        // an organization or a resource: each sentence (or clause after a semicolon) that names it
        for (String sentence : lower.split("(?<=[.;])\\s+")) {
            if (sentence.contains(shown.toLowerCase(Locale.ROOT))) {
                for (String b : NOT_FOR_A_THING) {
                    assertFalse(sentence.contains(b), kind + " about a " + c.kind().id() + " says \"" + b + "\": "
                            + title + " / " + reason);
                }
            }
        }
    }

    /**
     * The studio's page speaks as the teacher ("My action plan"): the fifteenth QA pass's science teacher read "Jane
     * Kim is your only source for both your topics" under it. In the teacher's voice no step says "you" or "your",
     * whatever it names; the reports' voice is unchanged.
     */
    @ParameterizedTest(name = "{0} naming a {1}, anonymized: {2}")
    @MethodSource("table")
    void inTheTeachersVoiceNoStepSaysYou(Step.Kind kind, ConnectionRef c, boolean anonymized, Step step) {
        Function<ConnectionRef, String> name = anonymized ? r -> r.kind() == Kind.PERSON ? "one person" : r.name()
                : ConnectionRef::name;
        for (boolean suggested : List.of(false, true)) {
            String title = StepWords.title(step, name, Voice.I);
            String reason = StepWords.reason(step, suggested, name, Voice.I);
            String both = title + " / " + reason;
            assertFalse(both.matches("(?s).*(?<![-\\w])(?i:you|your|yourself)(?![-\\w]).*"), kind + ": " + both);
            assertTrue(Character.isUpperCase(title.charAt(0)) && reason.endsWith("."), both);
            assertEquals(StepWords.title(step, name), StepWords.title(step, name, Voice.YOU));
            assertEquals(StepWords.reason(step, suggested, name), StepWords.reason(step, suggested, name, Voice.YOU));
        }
    }

    @Test
    void theTeachersVoiceReadsAsTheTeacherWouldSayIt() {
        Step.SoleSource sole = new Step.SoleSource(PERSON, List.of("coding", "makerspaces"), 2, Optional.empty());
        assertEquals("Andrea James is my only source for both my topics (coding and makerspaces). If I lost touch,"
                + " I would have no way to keep up with them; add a second source for each.",
                StepWords.reason(sole, ConnectionRef::name, Voice.I));
        Step.ReviewMembership review = new Step.ReviewMembership(PERSON, Optional.of(2),
                Optional.of(Participation.LURKER), Optional.of(Frequency.WEEKLY));
        assertEquals("Review what Andrea James gives me", StepWords.title(review, ConnectionRef::name, Voice.I));
        assertEquals("I rate them 2 of 5 and I only read what they share: assess the value I receive from"
                + " Andrea James. I am in touch weekly: ask them more to get more from the tie, or give that time"
                + " to someone I learn more from.", StepWords.reason(review, ConnectionRef::name, Voice.I));
        assertEquals("Connect with people near me", StepWords.title(new Step.Reach(false, 9, 0, 9),
                ConnectionRef::name, Voice.I));
        // "thank-you" is a word of its own
        assertTrue(StepWords.reason(new Step.GiveBackToPeople(List.of(PERSON)), ConnectionRef::name, Voice.I)
                .startsWith("I learn from Andrea James without giving back; a thank-you, a shared resource"));
    }

    @Test
    void theTeachersVoiceKeepsANameAsTheTeacherWroteIt() {
        ConnectionRef podcast = new ConnectionRef("you-and-science", "You and Your Science Class", Kind.RESOURCE);
        Step.SecondSource s = new Step.SecondSource("physics", podcast);
        assertEquals("You and Your Science Class is my only source for physics; if I lost touch, I would lose my"
                + " way to keep up with it.", StepWords.reason(s, ConnectionRef::name, Voice.I));
    }

    @Test
    void aPersonOneWantsToKnowBetterIsNotACommunity() {
        Step.FirstStep s = new Step.FirstStep(PERSON, Optional.empty());
        assertEquals("Get to know Andrea James better", StepWords.title(s));
        assertEquals("You want to learn more from Andrea James but you have not reached out yet. Start small: ask"
                + " them one question, share a resource with them or set up a short talk this month.",
                StepWords.reason(s));
        assertEquals("Get to know one person better", StepWords.title(s, r -> "one person"));
        Step.FirstStep lurking = new Step.FirstStep(PERSON, Optional.of(Participation.LURKER));
        assertTrue(StepWords.reason(lurking).contains("but you only read what they share."), StepWords.reason(lurking));
        // a community or an organization keeps its words
        Step.FirstStep iste = new Step.FirstStep(ORGANIZATION, Optional.of(Participation.LURKER));
        assertEquals("Take a first step in ISTE", StepWords.title(iste));
        assertTrue(StepWords.reason(iste).startsWith("You want to be more active in ISTE but you only read along there."),
                StepWords.reason(iste));
    }

    @Test
    void aPersonToReviewIsRatedAsSomeoneNotSomething() {
        Step.ReviewMembership s = new Step.ReviewMembership(PERSON, Optional.of(2), Optional.of(Participation.LURKER),
                Optional.of(Frequency.WEEKLY));
        assertEquals("Review what Andrea James gives you", StepWords.title(s));
        assertEquals("You rate them 2 of 5 and you only read what they share: assess the value you receive from"
                + " Andrea James. You are in touch weekly: ask them more to get more from the tie, or give that time"
                + " to someone you learn more from.", StepWords.reason(s));
        Step.ReviewMembership org = new Step.ReviewMembership(ORGANIZATION, Optional.of(2), Optional.empty(),
                Optional.empty());
        assertEquals("You rate it 2 of 5: assess the value you receive from ISTE. Take part more, or let it go to"
                + " make room for something better.", StepWords.reason(org));
    }

    @Test
    void aPlnOfOneConnectionIsNotCountedAsOneOfOne() {
        String undated = StepWords.reason(new Step.NoteLastContact(List.of(RESOURCE), 1));
        assertEquals("Your only connection has no last contact date, so you cannot tell when a check-in is due:"
                + " #tlchat.", undated);
        String allUndated = StepWords.reason(new Step.NoteLastContact(List.of(PERSON, RESOURCE), 2));
        assertTrue(allUndated.startsWith("None of your 2 connections has a last contact date, so"), allUndated);
        String organize = StepWords.reason(new Step.Organize(1));
        assertFalse(organize.contains("your 1 connection"), organize);
        assertTrue(organize.endsWith("one place for your connection and those you add next makes regular check-ins"
                + " easier."), organize);
        assertTrue(StepWords.reason(new Step.NoteLastContact(List.of(RESOURCE), 7))
                .startsWith("1 of your 7 connections has no last contact date"));
    }

    /**
     * Every category with connections being thin is said in words: the fourteenth QA pass's PE teacher read "3 of your
     * 3 categories with connections are thin".
     */
    @Test
    void allThinCategoriesAreNotCountedAsNOfN() {
        Function<String, Coverage.ThinCategory> thin = id -> new Coverage.ThinCategory(id, id, true, 1,
                Set.of(Coverage.Reason.FEW_CONNECTIONS));
        assertTrue(StepWords.reason(new Step.StrengthenCategories(List.of(thin.apply("A"), thin.apply("B"),
                thin.apply("C")), 3)).startsWith("All 3 of your categories with connections are thin: "));
        assertTrue(StepWords.reason(new Step.StrengthenCategories(List.of(thin.apply("A"), thin.apply("B")), 2))
                .startsWith("Both of your categories with connections are thin: "));
        assertTrue(StepWords.reason(new Step.StrengthenCategories(List.of(thin.apply("A"), thin.apply("B")), 5))
                .startsWith("2 of your 5 categories with connections are thin: "));
    }
}
