package org.plnkit.analysis.health;

/**
 * Whom the health score's explanations speak of: the teacher addressed ({@code pln assess}: "your engagement is
 * fairly spread out", "You give back to 2 of the 5 connections") or the teacher speaking (the studio's page, whose
 * headings say "my PLN": "my engagement is fairly spread out", "I give back to 2 of the 5 connections").
 *
 * @since 0.1.0
 */
public enum Voice {
    /** "your", "You": the assessment speaks to the teacher (the default). */
    YOU("you", "your"),
    /** "my", "I": the teacher speaks, as on the studio's page and in the reflection. */
    I("I", "my");

    private final String subject;
    private final String possessive;

    Voice(String subject, String possessive) {
        this.subject = subject;
        this.possessive = possessive;
    }

    /** "you" or "I", inside a sentence. */
    public String subject() {
        return subject;
    }

    /** "You" or "I", to begin a sentence. */
    public String subjectCapitalized() {
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
    }

    /** "your" or "my". */
    public String possessive() {
        return possessive;
    }

    /** "Your" or "My", to begin a sentence. */
    public String possessiveCapitalized() {
        return Character.toUpperCase(possessive.charAt(0)) + possessive.substring(1);
    }
}
