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
    YOU,
    /** First person: the reflection draft and the map speak as the participant. */
    I;

    /** "You" or "I", to start a sentence. */
    public String subject() {
        return capitalized(subjectInside());
    }

    /** "you" or "I", inside a sentence. */
    public String subjectInside() {
        return this == YOU ? "you" : "I";
    }

    /** "your" or "my". */
    public String possessive() {
        return this == YOU ? "your" : "my";
    }

    /** "Your" or "My", to start a sentence. */
    public String possessiveFirst() {
        return capitalized(possessive());
    }

    /** "you are" or "I am". */
    public String toBe() {
        return this == YOU ? "you are" : "I am";
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
