package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;

class CohortFormatDetectionTest {
    @TempDir
    Path dir;

    @Test
    void recognisesTheThreeForms() throws IOException {
        Path csv = Files.createDirectory(dir.resolve("csv"));
        Files.writeString(csv.resolve("Connections.CSV"), "participant_id\n");
        Path yaml = Files.createDirectory(dir.resolve("yaml"));
        Files.writeString(yaml.resolve("a.yml"), "participant: {id: a}\n");
        Path xlsx = Files.writeString(dir.resolve("cohort.XLSX"), "");
        Path zipWithoutExtension = Files.write(dir.resolve("export"), new byte[] {'P', 'K', 3, 4, 0});

        assertEquals(Optional.of(CohortFormat.CSV_FOLDER), CohortReader.formatOf(csv));
        assertEquals(Optional.of(CohortFormat.PARTICIPANT_FOLDER), CohortReader.formatOf(yaml));
        assertEquals(Optional.of(CohortFormat.WORKBOOK), CohortReader.formatOf(xlsx));
        assertEquals(Optional.of(CohortFormat.WORKBOOK), CohortReader.formatOf(zipWithoutExtension));
        assertEquals(Optional.empty(), CohortReader.formatOf(dir));
    }

    @Test
    void saysClearlyWhenTheInputIsNoneOfThem() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        Path onlyParticipants = Files.createDirectory(dir.resolve("half"));
        Files.writeString(onlyParticipants.resolve("participants.csv"), "participant_id\n");
        Files.writeString(dir.resolve("connections.csv"), "participant_id\n");
        Files.writeString(dir.resolve("maria.yaml"), "participant: {id: maria}\n");
        Files.writeString(dir.resolve("old.xls"), "");
        Files.writeString(dir.resolve("notes.md"), "# notes\n");
        Path withWorkbook = Files.createDirectory(dir.resolve("exports"));
        Files.writeString(withWorkbook.resolve("cohort.xlsx"), "");

        assertEquals("missing: error: no such file or folder", only("missing"));
        assertEquals("empty: error: this folder is not a cohort: it holds neither connections.csv nor participant"
                + " .yaml, .yml or .json files", only("empty"));
        assertEquals("exports: error: this folder is not a cohort: it holds neither connections.csv nor participant"
                + " files; to read a workbook, give the file itself (cohort.xlsx)", only("exports"));
        assertEquals("half: error: this folder has participants.csv but no connections.csv; a CSV cohort needs"
                + " connections.csv", only("half"));
        assertEquals("connections.csv: error: a CSV cohort is read from its folder: give the folder that holds"
                + " connections.csv (and participants.csv)", only("connections.csv"));
        assertEquals("maria.yaml: error: this is one participant's file, not a cohort; a cohort is an .xlsx"
                + " workbook or a folder of CSV or participant files", only("maria.yaml"));
        assertEquals("old.xls: error: this spreadsheet format cannot be read; save it as an Excel Workbook (.xlsx)",
                only("old.xls"));
        assertEquals("notes.md: error: this is not a cohort: give an .xlsx workbook with the sheets Participants and"
                + " Connections, or a folder with connections.csv, or a folder of participant .yaml files",
                only("notes.md"));
    }

    @Test
    void aCsvFolderWithParticipantFilesWarnsThatTheyAreNotRead() throws IOException {
        Files.writeString(dir.resolve("connections.csv"), "participant_id,connection_name,kind,category\n"
                + "maria,Jane,person,mentors\n");
        Files.writeString(dir.resolve("maria.yaml"), "participant: {id: maria}\n");
        ReadResult<Cohort> r = CohortReader.read(dir);
        assertEquals(List.of(dir + ": warning: this folder also holds participant files (1); they are not read,"
                + " only the CSV files are"), r.problems().stream().map(Object::toString).toList());
        assertTrue(r.value().isPresent());
    }

    private String only(String name) {
        ReadResult<Cohort> r = CohortReader.read(dir.resolve(name), Taxonomy.defaults(), Limits.DEFAULT, false);
        assertTrue(r.value().isEmpty());
        assertEquals(1, r.problems().size(), r.problems().toString());
        return r.problems().get(0).toString().replace(dir + java.io.File.separator, "");
    }
}
