package org.plnkit.analysis.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void plainWords() {
        assertEquals("1 topic", Words.count(1, "topic"));
        assertEquals("0 topics", Words.count(0, "topic"));
        assertEquals("2 categories", Words.count(2, "category", "categories"));
        assertEquals("999 errors", Words.count(999, "error"));
        assertEquals("4,392 errors", Words.count(4392, "error"));   // as people read it, whatever the machine's locale
        assertEquals("1,048,576", Words.number(1_048_576));
        assertEquals("a", Words.and(List.of("a")));
        assertEquals("a and b", Words.and(List.of("a", "b")));
        assertEquals("a, b and c", Words.and(List.of("a", "b", "c")));
        assertEquals("a, b and 2 others", Words.andAtMost(List.of("a", "b", "c", "d"), 2));
        assertEquals("38%", Words.percent(0.375));
        assertEquals("4.67", Words.decimal(4.666666, 2));
        assertEquals("0.5", Words.decimal(0.5, 2));
        assertEquals("0", Words.decimal(0.0001, 2));
        assertEquals("Istanbul", Words.capitalize("istanbul")); // not the Turkish dotted capital
    }
}
