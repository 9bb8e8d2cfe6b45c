package org.plnkit.core.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Kind;

/**
 * One organization, resource or person as the cohort knows it: every participant's mention of it, merged by
 * the identity rule of the input contract.
 *
 * <pre>{@code
 * SharedNode aasl = identity.nodeOf("maria-lopez", "aasl").orElseThrow();
 * aasl.name();               // "American Association of School Librarians", the most frequent spelling
 * aasl.participantIds();     // everyone who named it, in input order
 * }</pre>
 *
 * @param id       stable id derived from the node's identity keys, e.g. {@code url:ala.org/aasl},
 *                 {@code id:jane.kim@lincoln.example.org}, {@code organization:iste}, or, for a mention that
 *                 shares nothing, {@code mention:maria-lopez/jane}
 * @param kind     the most frequent kind among the mentions (ties: the first in input order)
 * @param name     the most frequent spelling of the name (ties: the first in input order)
 * @param category the most frequent category id (ties: the first in input order)
 * @param mentions every mention, in input order
 *
 * @since 0.1.0
 */
public record SharedNode(String id, Kind kind, String name, String category, List<Mention> mentions) {
    public SharedNode {
        Components.requireNonNull(SharedNode.class, id, kind, name, category, mentions);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a node has at least one mention");
        }
    }

    /** The participants who mention it, each once, in input order. */
    public List<String> participantIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention m : mentions) {
            ids.add(m.participantId());
        }
        return List.copyOf(new ArrayList<>(ids));
    }

    /** Whether more than one participant mentions it. */
    public boolean isShared() {
        String first = mentions.get(0).participantId();
        for (Mention m : mentions) {
            if (!m.participantId().equals(first)) {
                return true;
            }
        }
        return false;
    }
}
