package org.plnkit.analysis.plan;

import java.util.Objects;

/**
 * What a recommendation needs suggestions for: a category to fill or a topic to cover.
 *
 * <pre>{@code
 * source.suggest(Need.category("online-journals"), pln, 3);
 * source.suggest(Need.topic("coding"), pln, 3);
 * }</pre>
 *
 * @param type whether {@code key} is a category id or a topic
 * @param key  the category id, or the topic as the participant spelled it
 *
 * @since 0.1.0
 */
public record Need(Type type, String key) {
    public Need {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }

    /** A need for connections in a category. */
    public static Need category(String categoryId) {
        return new Need(Type.CATEGORY, categoryId);
    }

    /** A need for sources of a topic. */
    public static Need topic(String topic) {
        return new Need(Type.TOPIC, topic);
    }

    /** What is needed. */
    public enum Type {
        CATEGORY, TOPIC
    }
}
