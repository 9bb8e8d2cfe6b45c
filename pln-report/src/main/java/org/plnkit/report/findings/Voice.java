package org.plnkit.report.findings;

/**
 * Who findings are addressed to: the participant reading their workbook ("your PLN") or the participant writing
 * about it in their blog post ("my PLN").
 *
 * <pre>{@code
 * Voice.I.possessive();   // "my"
 * Voice.YOU.subject();    // "You"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Voice {
    /** Second person: the workbook and the terminal talk to the participant. */
    YOU("You", "you", "your", "Your", "you are"),
    /** First person: the reflection draft and the map speak as the participant. */
    I("I", "I", "my", "My", "I am");

    private final String subject;
    private final String subjectInside;
    private final String possessive;
    private final String possessiveFirst;
    private final String toBe;

    Voice(String subject, String subjectInside, String possessive, String possessiveFirst, String toBe) {
        this.subject = subject;
        this.subjectInside = subjectInside;
        this.possessive = possessive;
        this.possessiveFirst = possessiveFirst;
        this.toBe = toBe;
    }

    /** "You" or "I", to start a sentence. */
    public String subject() {
        return subject;
    }

    /** "you" or "I", inside a sentence. */
    public String subjectInside() {
        return subjectInside;
    }

    /** "your" or "my". */
    public String possessive() {
        return possessive;
    }

    /** "Your" or "My", to start a sentence. */
    public String possessiveFirst() {
        return possessiveFirst;
    }

    /** "you are" or "I am". */
    public String toBe() {
        return toBe;
    }
}
