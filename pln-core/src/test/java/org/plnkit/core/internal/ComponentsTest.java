package org.plnkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;

/** The records' null check names the component that is null, and refuses a call that does not list them all. */
class ComponentsTest {
    @Test
    void namesTheComponentThatIsNull() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Connection("jane", Optional.empty(),
                "Jane Kim", Kind.PERSON, "mentors", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), null, Optional.empty(), List.of(), Optional.empty()));
        assertEquals("participation", e.getMessage());
    }

    @Test
    void aCallMustListEveryComponent() {
        record Pair(String a, String b) {
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Components.requireNonNull(Pair.class, "x"));
        assertEquals("Pair has 2 components, not 1", e.getMessage());
        Components.requireNonNull(Pair.class, "x", "y");
        assertEquals("b", assertThrows(NullPointerException.class,
                () -> Components.requireNonNull(Pair.class, "x", null)).getMessage());
    }
}
