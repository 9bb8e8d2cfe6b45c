package org.plnkit.analysis.plan;

import java.util.List;
import java.util.Optional;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Kind;

/**
 * A concrete person, organization or resource the participant could add, from a {@link SuggestionSource}.
 *
 * @param name     its name
 * @param kind     person, organization or resource, when known
 * @param category its category id, when known
 * @param url      where to find it
 * @param topics   topics it helps with
 * @param note     why it is suggested or how to start (e.g. "free; weekly chats on Tuesdays")
 *
 * @since 0.1.0
 */
public record Suggestion(String name, Optional<Kind> kind, Optional<String> category, Optional<String> url,
                         List<String> topics, Optional<String> note) {
    public Suggestion {
        Components.requireNonNull(Suggestion.class, name, kind, category, url, topics, note);
        topics = List.copyOf(topics);
    }
}
