package org.plnkit.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityKeysTest {
    @Test
    void urlsIgnoreSchemeWwwTrailingSlashAndHostCase() {
        for (String u : new String[] {"https://www.ala.org/aasl", "http://ala.org/aasl/", "HTTPS://WWW.ALA.ORG/aasl",
                "ala.org/aasl", "www.ala.org/aasl//", "  //ala.org/aasl  "}) {
            assertEquals(Optional.of("ala.org/aasl"), IdentityKeys.url(u), u);
        }
    }

    @Test
    void urlsKeepPathQueryAndFragment() {
        assertEquals(Optional.of("ala.org/AASL"), IdentityKeys.url("https://ala.org/AASL/"));
        assertEquals(Optional.of("x.org?utm_source=twitter"), IdentityKeys.url("https://x.org/?utm_source=twitter"));
        assertEquals(Optional.of("x.org/a#Part"), IdentityKeys.url("x.org/a/#Part"));
        assertEquals(Optional.of("x.org:8080/a"), IdentityKeys.url("http://X.org:8080/a"));
        assertEquals(Optional.of("wwwx.org"), IdentityKeys.url("wwwx.org"));
    }

    @Test
    void aUrlWithoutHostHasNoKey() {
        assertEquals(Optional.empty(), IdentityKeys.url("   "));
        assertEquals(Optional.empty(), IdentityKeys.url("https://"));
        assertEquals(Optional.empty(), IdentityKeys.url("/just/a/path"));
        assertEquals(Optional.empty(), IdentityKeys.url(null));
    }

    @Test
    void namesAreFoldedCollapsedAndTrimmedOfPunctuation() {
        assertEquals("the iste", IdentityKeys.name("  The  ISTE. "));
        assertEquals("iste", IdentityKeys.name("ＩＳＴＥ")); // full-width letters, NFKC
        assertEquals(IdentityKeys.name("STRASSE"), IdentityKeys.name("Straße"));
        assertEquals("knowledge quest", IdentityKeys.name("Knowledge\u00A0\t\nQuest"));
        assertEquals("tlchat", IdentityKeys.name("#tlchat"));
        assertEquals("quoted", IdentityKeys.name("«Quoted»"));
        assertEquals("ala & aasl", IdentityKeys.name("\"ALA & AASL\","));
        assertEquals("", IdentityKeys.name("..."));
        // the tests run under a Turkish locale: capital I must still fold to i
        assertEquals("iste idea", IdentityKeys.name("ISTE IDEA"));
    }

    @Test
    void sharedIdsIgnoreCaseAndSurroundingSpaces() {
        assertEquals("jane.kim@lincoln.org", IdentityKeys.sharedId(" Jane.Kim@LINCOLN.org "));
        assertEquals("@idahoteacher", IdentityKeys.sharedId("@IdahoTeacher"));
    }
}
