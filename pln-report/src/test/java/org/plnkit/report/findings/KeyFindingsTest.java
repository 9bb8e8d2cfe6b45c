package org.plnkit.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.Assessment;
import org.plnkit.report.SampleParticipants;

class KeyFindingsTest {
    private static Assessment assess(String name) {
        return SampleParticipants.report(SampleParticipants.read(name), false).assessment();
    }

    @Test
    void theRichSampleInTheWorkbooksVoice() {
        List<String> f = KeyFindings.of(assess("maria-lopez-librarian"), Voice.YOU);
        assertEquals(List.of(
                "Your PLN has 15 connections (3 people, 3 organizations and 9 resources) in all 11 categories.",
                "Every category has at least one connection; Mentors, Social networks, Online communities, Blogs &"
                        + " websites and 4 others are thin (one connection, or checked only yearly or rarely).",
                "Your PLN mixes local (33%) and online (67%) connections.",
                "Your engagement is spread out: no connection carries more than 12% of it.",
                "Each of your 5 topics has two or more sources.",
                "You give back to 6 of the 10 connections you can give back to (people, organizations, communities and"
                        + " events: 60%); you learn from Dr. Ruth Okafor without giving back.",
                "3 check-ins are overdue (The Daring Librarian, Knowledge Quest and Future Ready Librarians); you"
                        + " organize your PLN in Feedly."), f);
        assertEquals(List.of(), KeyFindings.standOut(assess("maria-lopez-librarian"), Voice.I, 3),
                "nothing stands out in a healthy PLN");
    }

    @Test
    void theOverReliantSampleSpeaksAsThePartipantOnTheMap() {
        List<String> notes = KeyFindings.standOut(assess("dana-okoro-tech-coach"), Voice.I, 3);
        assertEquals(List.of("Marcus Bell is my only source for 4 of my 5 topics and carries 45% of my engagement."),
                notes);
    }

    @Test
    void theThinLocalSample() {
        Assessment sam = assess("sam-rivera-new-teacher");
        assertEquals(List.of("Formative assessment has no source in my PLN.",
                "All of my connections are local (school, district, in person); none is online."),
                KeyFindings.standOut(sam, Voice.I, 3));
        assertEquals(1, KeyFindings.standOut(sam, Voice.I, 1).size());
        List<String> f = KeyFindings.of(sam, Voice.YOU);
        assertTrue(f.contains("No connection helps you with formative assessment; reading instruction and parent"
                + " communication have a single source (3 of 4 topics have a source, 1 of them two or more)."),
                f.toString());
        assertTrue(f.get(f.size() - 1).endsWith("you have not named a tool to organize your PLN."), f.toString());
        assertTrue(f.contains("Priya Shah carries 50% of your engagement; with 4 connections, each one weighs a lot."),
                "a small PLN is not called spread out: " + f);
    }
}
