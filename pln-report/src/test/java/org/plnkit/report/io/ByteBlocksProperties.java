package org.plnkit.report.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ByteBlocks gives what a ByteArrayOutputStream gives for the same writes, across block edges. */
class ByteBlocksProperties {

    @Test
    void writesOfAnySizeGiveTheSameBytesAsAByteArrayOutputStream() {
        // sizes around the 64 kB block: a single byte, pieces that end on and across block edges, a large one
        qt().withExamples(200).withFixedSeed(17L)
                .forAll(lists().of(integers().between(-1, 200_000)).ofSizeBetween(0, 12), integers().all())
                .checkAssert((sizes, seed) -> {
                    Random r = new Random(seed);
                    ByteBlocks blocks = new ByteBlocks();
                    ByteArrayOutputStream plain = new ByteArrayOutputStream();
                    for (int size : sizes) {
                        if (size < 0) {
                            int b = r.nextInt(256);
                            blocks.write(b);
                            plain.write(b);
                        } else {
                            byte[] data = new byte[size + 7];
                            r.nextBytes(data);
                            blocks.write(data, 3, size);
                            plain.write(data, 3, size);
                        }
                    }
                    assertEquals(plain.size(), blocks.size());
                    assertArrayEquals(plain.toByteArray(), blocks.toByteArray());
                });
    }

    @Test
    void exactlyOneBlockAndNothing() {
        ByteBlocks empty = new ByteBlocks();
        assertArrayEquals(new byte[0], empty.toByteArray());

        byte[] block = new byte[1 << 16];
        new Random(3).nextBytes(block);
        ByteBlocks one = new ByteBlocks();
        one.write(block, 0, block.length);
        assertArrayEquals(block, one.toByteArray());
        one.write(9);
        assertEquals(block.length + 1, one.toByteArray().length);
        assertEquals(9, one.toByteArray()[block.length]);
    }
}
