package org.plnkit.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

/** A place's parts that may be absent are empty Optionals through its Optional accessors, never null. */
class PlaceTest {
    @Test
    void aCellOfASheetHasSheetCellAndField() {
        Place p = Place.cell("cohort.xlsx", "Connections", "I5", "value");
        assertEquals(Optional.of("Connections"), p.sheetName());
        assertEquals(Optional.of("I5"), p.cellReference());
        assertEquals(Optional.of("value"), p.fieldName());
        assertEquals("cohort.xlsx Connections!I5", p.toString());
    }

    @Test
    void aLineOfATextFileHasNoSheetNorCell() {
        Place p = Place.text("maria.yaml", 14, 5);
        assertEquals(Optional.empty(), p.sheetName());
        assertEquals(Optional.empty(), p.cellReference());
        assertEquals(Optional.empty(), p.fieldName());
        assertEquals(Optional.of("kind"), p.withField("kind").fieldName());
        assertEquals(Optional.of("value"), Place.csv("connections.csv", 231, "value").fieldName());
    }

    @Test
    void aReadersProblemsGiveTheirPlaceThroughTheOptionalAccessors() {
        ReadResult<Pln> r = new ParticipantFileReader(Taxonomy.defaults(), Limits.DEFAULT).read("maria.yaml", """
                participant: {id: maria}
                connections:
                  - {name: Jane Kim, kind: person, category: mentors, value: 7}
                """.getBytes(StandardCharsets.UTF_8));
        Problem p = r.problems().stream().filter(x -> x.code() == ProblemCode.VALUE_OUT_OF_RANGE).findFirst()
                .orElseThrow();
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of("value")),
                List.of(p.place().sheetName(), p.place().cellReference(), p.place().fieldName()));
        assertEquals(3, p.place().line());
    }
}
