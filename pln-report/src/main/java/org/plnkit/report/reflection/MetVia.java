package org.plnkit.report.reflection;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How a connection was met ({@code met_via}), as the words that follow its name in "I connected with Jane Kim …":
 * the suggested values of the input contract ({@code school} → "at school", {@code twitter} → "on Twitter"), a
 * connection's id or name ("through Marcus Bell"), and whatever else a participant writes, so that the sentence
 * reads well: a phrase that already starts with a preposition is kept ("at ISTE", "through a colleague"; "met at
 * ISTE" → "at ISTE"), a social network is "on" it ("instagram" → "on Instagram"), an event is "at" it ("AASL
 * conference" → "at the AASL conference", "district PE meeting" → "at the district PE meeting"), a bare word for a
 * person gets an article ("colleague" → "through a colleague"), and anything else is "through" it ("ISTE" →
 * "through ISTE").
 *
 * <pre>{@code
 * MetVia.phrase("at ISTE", id -> Optional.empty());        // "at ISTE"
 * MetVia.phrase("twitter", id -> Optional.empty());        // "on Twitter"
 * MetVia.phrase("marcus", id -> Optional.of("Marcus Bell")); // "through Marcus Bell"
 * }</pre>
 *
 * <p>The words are plain text: the caller escapes them for Markdown.
 */
final class MetVia {
    /** The contract's suggested values and their common spellings, by key (lower case, {@code -} between words). */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("school", "at school"),
            Map.entry("my-school", "at school"),
            Map.entry("work", "at work"),
            Map.entry("district", "through my district"),
            Map.entry("my-district", "through my district"),
            Map.entry("in-person", "in person"),
            Map.entry("face-to-face", "in person"),
            Map.entry("f2f", "in person"),
            Map.entry("conference", "at a conference"),
            Map.entry("conferences", "at conferences"),
            Map.entry("edcamp", "at an edcamp"),
            Map.entry("workshop", "at a workshop"),
            Map.entry("webinar", "in a webinar"),
            Map.entry("professional-organization", "through a professional organization"),
            Map.entry("mentor-program", "through a mentor program"),
            Map.entry("email", "by email"),
            Map.entry("e-mail", "by email"),
            Map.entry("online", "online"),
            Map.entry("web", "on the web"),
            Map.entry("internet", "on the internet"),
            Map.entry("google", "through a web search"),
            Map.entry("web-search", "through a web search"),
            Map.entry("search", "through a web search"),
            Map.entry("podcast", "through a podcast"),
            Map.entry("newsletter", "through a newsletter"),
            Map.entry("course", "in a course"),
            Map.entry("class", "in a class"),
            Map.entry("college", "in college"),
            Map.entry("university", "at university"),
            Map.entry("grad-school", "in graduate school"),
            Map.entry("graduate-school", "in graduate school"),
            Map.entry("student-teaching", "during student teaching"),
            Map.entry("pd", "through professional development"),
            Map.entry("professional-development", "through professional development"),
            Map.entry("plc", "through my PLC"),
            Map.entry("other", "in other ways"));

    /** Social networks, as their owners write them: one is "on" them. */
    private static final Map<String, String> NETWORKS = Map.ofEntries(
            Map.entry("twitter", "Twitter"),
            Map.entry("x", "Twitter"),
            Map.entry("x-twitter", "Twitter"),
            Map.entry("twitter-x", "Twitter"),
            Map.entry("facebook", "Facebook"),
            Map.entry("instagram", "Instagram"),
            Map.entry("linkedin", "LinkedIn"),
            Map.entry("reddit", "Reddit"),
            Map.entry("mastodon", "Mastodon"),
            Map.entry("bluesky", "Bluesky"),
            Map.entry("threads", "Threads"),
            Map.entry("tiktok", "TikTok"),
            Map.entry("youtube", "YouTube"),
            Map.entry("discord", "Discord"),
            Map.entry("slack", "Slack"),
            Map.entry("pinterest", "Pinterest"),
            Map.entry("voxer", "Voxer"));

    /** Bare words for a person: "colleague" reads "through a colleague". */
    private static final Set<String> PEOPLE = Set.of("colleague", "coworker", "co-worker", "friend", "mentor",
            "teammate", "classmate", "coach", "neighbor", "neighbour", "former-colleague", "fellow-teacher");

    /** Words a phrase of one's own may start with and that already join it to a name. */
    private static final Set<String> PREPOSITIONS = Set.of("at", "on", "in", "through", "via", "by", "from",
            "during", "over", "with", "after", "while", "when", "thanks", "because", "as", "thru");

    /** Words that make a place one is "at": an event. */
    private static final Pattern EVENT = Pattern.compile(
            "(?i)\\b(conference|convention|summit|institute|workshop|symposium|expo|meetup|meet-up|edcamp|ISTELive"
                    + "|meeting|clinic|festival|retreat)\\b");

    /** An event named by its kind last ("AASL conference"), which reads with "the". */
    private static final Pattern EVENT_LAST =
            Pattern.compile("(?i)\\b(conference|convention|summit|institute|workshop|symposium|expo|meeting|clinic"
                    + "|festival|retreat)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MET = Pattern.compile("(?i)^(?:i\\s+)?(?:met|found|find|discovered|connected)"
            + "(?:\\s+(?:him|her|them|it|this|each\\s+other))?\\s+");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:a|an|the|my|our|his|her|their|this)\\s.*");

    private MetVia() {
    }

    /**
     * The words after a connection's name for what the participant wrote in {@code met_via}.
     *
     * @param raw        the {@code met_via} value as written
     * @param connection the name of the participant's connection with this id or name, if there is one
     */
    static String phrase(String raw, Function<String, Optional<String>> connection) {
        String text = SPACES.matcher(raw.strip()).replaceAll(" ").replaceAll("[.;,:!]+$", "").strip();
        if (text.isEmpty()) {
            return "in other ways";
        }
        Optional<String> named = connection.apply(raw.strip());
        if (named.isPresent()) {
            return "through " + named.get();
        }
        String rest = MET.matcher(text).replaceFirst("");
        if (!rest.equals(text) && !rest.isEmpty()) {
            named = connection.apply(rest);
            if (named.isPresent()) {
                return "through " + named.get();
            }
            text = startsWithPreposition(rest) ? rest : "through " + rest;
        }
        String key = key(text);
        String known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        String network = NETWORKS.get(key);
        if (network != null) {
            return "on " + network;
        }
        if (PEOPLE.contains(key)) {
            return "through a " + text.toLowerCase(Locale.ROOT);
        }
        if (startsWithPreposition(text)) {
            // "At ISTE" → "at ISTE": the phrase goes mid-sentence
            int sp = text.indexOf(' ');
            return text.substring(0, sp).toLowerCase(Locale.ROOT) + text.substring(sp);
        }
        if (EVENT.matcher(text).find()) {
            // "a conference in Denver", "Edcamp Lincoln" as written; "AASL conference" → "at the AASL conference"
            return "at " + (!ARTICLE.matcher(text).matches() && EVENT_LAST.matcher(text).find() ? "the " : "") + text;
        }
        return "through " + text;
    }

    private static boolean startsWithPreposition(String text) {
        int sp = text.indexOf(' ');
        return sp > 0 && PREPOSITIONS.contains(text.substring(0, sp).toLowerCase(Locale.ROOT));
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_/()]+", "-").replaceAll("^-+|-+$", "");
    }
}
