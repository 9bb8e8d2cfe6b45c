package org.plnkit.core.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void slugsFollowTheContract() {
        assertEquals("tlchat", Text.slug("#tlchat"));
        assertEquals("jose-nunez", Text.slug("José Núñez"));
        assertEquals("american-association-of-school-librarians", Text.slug("  American Association of School Librarians. "));
        assertEquals("ольга-петрова", Text.slug("Ольга Петрова"));

        assertEquals("", Text.slug("!!! ###"));
        assertEquals("ffi-2", Text.slug("ﬃ 2"));
    }

    @Test
    void slugsUseNoDefaultLocale() {
        // under a Turkish default locale, "I".toLowerCase() is a dotless ı; the contract wants plain i
        assertEquals("ingrid-ivy", Text.slug("INGRID IVY"));
    }

    @Test
    void uniqueSlugsNumberClashesAndFillEmptyOnes() {
        assertEquals(List.of("jane", "jane-2", "connection-3", "jane-3"),
                Text.uniqueSlugs(List.of("Jane", "JANE", "??", "jane!"), Set.of()));
        assertEquals(List.of("a-2"), Text.uniqueSlugs(List.of("A"), Set.of("a")));
    }

    @Test
    void headerKeysAreForgiving() {
        assertEquals("participant_id", Text.headerKey("Participant ID"));
        assertEquals("participant_id", Text.headerKey("\uFEFFparticipant-id "));
        assertEquals("last_contact", Text.headerKey("LAST_CONTACT"));
    }

    @Test
    void listsSplitOnSemicolons() {
        assertEquals(List.of("a", "b c"), Text.splitList(" a ;; b c; "));
        assertEquals(List.of(), Text.splitList(null));
    }

    @Test
    void didYouMeanOnlySuggestsCloseWords() {
        assertEquals(Optional.of("mentors"), Text.didYouMean("mentor", List.of("mentors", "blogs-websites")));
        assertEquals(Optional.empty(), Text.didYouMean("podcasts", List.of("mentors", "blogs-websites")));
    }

    @Test
    void controlCharactersAreTakenOutAndEverythingElseIsKept() {
        assertEquals("Ana[2J", Text.withoutControls("Ana\u001B[2J"));
        assertEquals("ab", Text.withoutControls("a\u0000\u0007\u0085b"));
        assertEquals("a\tb\nc\r", Text.withoutControls("a\tb\nc\r"));
        assertEquals("x", Text.withoutControls("x\uD83D"));              // half of an emoji
        String kept = "Thảo 👩🏽‍🏫 \u200F\u05E9\u05DC\u05D5\u05DD \u202E";
        assertSame(kept, Text.withoutControls(kept));
    }

    @Test
    void collapseSpacesMakesEachRunOneSpaceAndKeepsTheRest() {
        assertEquals("The Joyful Compass Podcast", Text.collapseSpaces("  The  Joyful\u00a0\tCompass \n Podcast "));
        assertEquals("#titletalk", Text.collapseSpaces("#titletalk"));
        String same = "Ana Cruz";
        assertSame(same, Text.collapseSpaces(same), "nothing to change: the same string");
        assertEquals("", Text.collapseSpaces("   "));
    }
}
