package org.plnkit.report.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SheetWriterTest {
    /** One call: a character, a whole string, a slice of a string or a slice of a char array. */
    private record Call(int kind, String text, int from, int to) {
        void on(java.io.Writer w) throws IOException {
            switch (kind) {
                case 0 -> w.write(text.isEmpty() ? 'x' : text.charAt(0));
                case 1 -> w.write(text);
                case 2 -> w.write(text, from, to - from);
                default -> w.write(text.toCharArray(), from, to - from);
            }
        }
    }

    private static final Gen<Call> CALL = SourceDSL.integers().between(0, 3)
            .zip(SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40),
                    SourceDSL.integers().between(0, 1000), SourceDSL.integers().between(0, 1000),
                    (kind, text, a, b) -> {
                        int x = text.isEmpty() ? 0 : a % (text.length() + 1);
                        int y = text.isEmpty() ? 0 : b % (text.length() + 1);
                        return new Call(kind, text, Math.min(x, y), Math.max(x, y));
                    });

    @Test
    void writesTheSameCharactersAsAPlainWriterWhateverTheBufferSize() {
        qt().withFixedSeed(17L).withExamples(400)
                .forAll(SourceDSL.lists().of(CALL).ofSizeBetween(0, 60), SourceDSL.integers().between(1, 64))
                .checkAssert((calls, size) -> {
                    StringWriter expected = new StringWriter();
                    StringWriter actual = new StringWriter();
                    try (SheetWriter w = new SheetWriter(actual, size)) {
                        for (int i = 0; i < calls.size(); i++) {
                            calls.get(i).on(expected);
                            calls.get(i).on(w);
                            if (i % 7 == 6) {
                                w.flush();
                                assertEquals(expected.toString(), actual.toString(), "after a flush");
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    assertEquals(expected.toString(), actual.toString());
                });
    }

    @Test
    void closingWritesTheRestOnceAndThenRefusesMore() throws IOException {
        StringWriter out = new StringWriter();
        SheetWriter w = new SheetWriter(out, 4);
        w.write("<row r=\"1\">");
        w.write('&');
        w.close();
        w.close();
        assertEquals("<row r=\"1\">&", out.toString());
        assertThrows(IOException.class, () -> w.write("more"));
        assertThrows(IOException.class, w::flush);
    }

    @Test
    void aSliceOutsideTheTextIsRefused() {
        SheetWriter w = new SheetWriter(new StringWriter(), 8);
        assertThrows(IndexOutOfBoundsException.class, () -> w.write("abc", 2, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> w.write(new char[3], -1, 1));
    }
}
