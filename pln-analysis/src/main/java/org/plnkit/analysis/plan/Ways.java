package org.plnkit.analysis.plan;

import java.util.Locale;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.core.model.Kind;

/**
 * How one keeps up with a connection, by its kind and category: a person is contacted, an event attended, a journal
 * or a blog read, a podcast listened to, a community visited. The action plan words its check-ins with it, so that
 * it never suggests "a short visit, post or message" to a yearly conference. Categories a district added fall back
 * on the connection's kind.
 *
 * @since 0.1.0
 */
public enum Ways {
    /** A person: get in touch. */
    CONTACT("get in touch with %s", "last contact"),
    /** A conference or an edcamp: plan the next one. */
    ATTEND("plan to attend the next %s", "last attended"),
    /** A journal or magazine. */
    READ_ISSUE("read the latest issue of %s", "last read"),
    /** A blog or a website. */
    READ("catch up on %s", "last read"),
    /** A podcast or a webinar series. */
    LISTEN("listen to or watch a recent episode of %s", "last listened"),
    /** A social network account or hashtag. */
    FOLLOW("catch up on %s and share one thing", "last visit"),
    /** An online community. */
    VISIT("visit %s and answer or ask one question", "last visit"),
    /** An organization. */
    TAKE_PART("read the latest news of %s or join one of its events", "last contact"),
    /** A tutorial site or a course. */
    STUDY("pick up where you left off in %s", "last visit");

    private final String action;
    private final String last;

    Ways(String action, String last) {
        this.action = action;
        this.last = last;
    }

    /** The way of keeping up with a connection of this kind in this category. */
    static Ways of(ConnectionRef c, String category) {
        return of(c.kind(), category);
    }

    /** The way of keeping up with a connection, by its kind and category. */
    public static Ways of(org.plnkit.core.model.Connection c) {
        return of(c.kind(), c.category());
    }

    private static Ways of(Kind kind, String category) {
        if (kind == Kind.PERSON) {
            return CONTACT;
        }
        return switch (category) {
            case "conferences-edcamps" -> ATTEND;
            case "online-journals" -> READ_ISSUE;
            case "blogs-websites" -> READ;
            case "webinars-podcasts" -> LISTEN;
            case "social-networks" -> FOLLOW;
            case "online-communities" -> VISIT;
            case "tutorial-websites" -> STUDY;
            case "professional-organizations", "local-state-organizations" -> TAKE_PART;
            default -> kind == Kind.ORGANIZATION ? TAKE_PART : READ;
        };
    }

    /** What to do, e.g. "plan to attend the next NSTA National Conference". */
    public String action(String name) {
        return String.format(Locale.ROOT, action, name);
    }

    /** The spelling in JSON, e.g. {@code read-issue}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the last contact is called, e.g. "last attended". */
    public String last() {
        return last;
    }

    /** "who" for a person, "which" for the rest. */
    static String who(Kind kind) {
        return kind == Kind.PERSON ? "who" : "which";
    }

    /** "them" for a person (singular they), "it" for the rest. */
    static String it(Kind kind) {
        return kind == Kind.PERSON ? "them" : "it";
    }
}
