package org.plnkit.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of topics as a participant file gives it: each without surrounding spaces, blanks left out, and a topic
 * repeated in another case or spacing kept once, in its first spelling (the readers' rule too: their
 * {@code Fields.topics} is this), so that a participant or connection made in code holds the topics a file with the same
 * words would.
 *
 * <pre>{@code
 * TopicList.of(List.of(" Coding", "", "coding", "AI"))   // [Coding, AI]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TopicList {
    private TopicList() {
    }

    /**
     * The topics by that rule: an unmodifiable copy, or the very list when it is unmodifiable and already follows it
     * (what a reader gives, so that reading a cohort makes no second list).
     *
     * @throws NullPointerException when the list or a topic is null
     */
    public static List<String> of(List<String> topics) {
        List<String> copy = List.copyOf(topics);
        if (follows(copy)) {
            return copy;
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String t : copy) {
            if (!t.isBlank()) {
                seen.putIfAbsent(t.strip().toLowerCase(Locale.ROOT), t.strip());
            }
        }
        return List.copyOf(seen.values());
    }

    private static boolean follows(List<String> topics) {
        int n = topics.size();
        for (int i = 0; i < n; i++) {
            String t = topics.get(i);
            if (t.isEmpty() || t.strip() != t) {   // strip() gives the same string when there is nothing to take off
                return false;
            }
        }
        if (n > 1) {
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = topics.get(i).toLowerCase(Locale.ROOT);
                for (int j = 0; j < i; j++) {
                    if (keys[j].equals(keys[i])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
