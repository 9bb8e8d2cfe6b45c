package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.write.ParticipantFileWriter;
import org.plnkit.report.template.TemplateOptions;
import org.plnkit.report.template.TemplateWriter;
import org.plnkit.report.template.YamlTemplate;

/**
 * The input contract's fields are described once ({@link ContractFields}); this checks that every described field
 * shows up in every reader, writer, template, export and import, so that adding a field to the description is
 * enough to find what else it needs.
 */
class ContractFieldsTest {
    @TempDir
    Path dir;

    /** A PLN with every field of the contract given. */
    private static Pln full() {
        Participant p = new Participant("maria-lopez", "Maria Lopez", Optional.of("Teacher librarian"),
                Optional.of("Lincoln Middle School"), List.of("makerspaces", "coding"), Optional.of("Feedly"),
                Optional.of(LocalDate.of(2026, 11, 1)));
        Connection jane = Connection.builder("jane", "Jane Kim", Kind.PERSON, "local-colleagues")
                .sharedId("jane.kim@example.org").url("https://example.org/jane").metVia("school")
                .frequency(Frequency.WEEKLY).value(5).givesBack(true).participation(Participation.CONTRIBUTOR)
                .wantsMore(false).topics(List.of("coding")).lastContact(LocalDate.of(2026, 10, 20))
                .feed("https://example.org/jane/feed.xml").build();
        Connection aasl = Connection.builder("aasl", "AASL", Kind.ORGANIZATION, "professional-organizations").build();
        return new Pln(p, List.of(jane, aasl), List.of(new Link("jane", "aasl")));
    }

    @Test
    void everyKeyIsWrittenToAParticipantFileAndReadBack() {
        String yaml = ParticipantFileWriter.toYaml(full());
        for (Field.Part part : Field.Part.values()) {
            for (String key : ContractFields.keys(part)) {
                if (key.equals("id") && part == Field.Part.CONNECTION) {
                    continue;   // written only when it is not the slug of the name: see the next assertion
                }
                assertTrue(yaml.contains(" " + key + ":") || yaml.contains("{" + key + ":")
                        || yaml.contains("- " + key + ":"), key + " in\n" + yaml);
            }
        }
        assertTrue(yaml.contains("- id: jane"), yaml);
        ReadResult<Pln> back = new ParticipantFileReader().read("maria.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), back.problems());
        assertEquals(full(), back.value().orElseThrow());
    }

    @Test
    void everyColumnIsReadFromACohortWithoutAWarning() throws IOException {
        Path cohort = Files.createDirectories(dir.resolve("cohort"));
        Pln pln = full();
        List<String> pRow = new ArrayList<>();
        for (String column : ContractFields.columns(Field.Part.PARTICIPANT)) {
            Field<Participant> f = find(ContractFields.PARTICIPANT, column);
            pRow.add(f.textOf(pln.participant(), "; ").orElse(""));
        }
        StringBuilder connections = new StringBuilder(String.join(",", ContractFields.columns(Field.Part.CONNECTION)))
                .append('\n');
        for (Connection c : pln.connections()) {
            List<String> row = new ArrayList<>();
            for (String column : ContractFields.columns(Field.Part.CONNECTION)) {
                Field<Connection> f = find(ContractFields.CONNECTION, column);
                row.add(switch (column) {
                    case "participant_id" -> pln.participant().id();
                    case "linked_to" -> c.id().equals("jane") ? "AASL" : "";
                    default -> f.textOf(c, "; ").orElse("");
                });
            }
            connections.append(String.join(",", row)).append('\n');
        }
        Files.writeString(cohort.resolve("participants.csv"), String.join(",",
                ContractFields.columns(Field.Part.PARTICIPANT)) + "\n" + String.join(",", pRow) + "\n");
        Files.writeString(cohort.resolve("connections.csv"), connections.toString());
        CohortReading r = CohortReader.readDetailed(cohort, Taxonomy.defaults(), Limits.DEFAULT, true);
        assertEquals(List.of(), r.result().problems());
        Cohort read = r.result().value().orElseThrow();
        Connection jane = read.plns().get(0).connections().get(0);
        for (Field<Connection> f : ContractFields.CONNECTION) {
            // a field of participant files only (feed) has no cohort column to come from
            if (f.key().isPresent() && f.column().isPresent() && !f.key().get().equals("id")) {
                assertEquals(f.valueOf(pln.connections().get(0)), f.valueOf(jane), f.name());
            }
        }
        for (Field<Participant> f : ContractFields.PARTICIPANT) {
            assertEquals(f.valueOf(pln.participant()), f.valueOf(read.plns().get(0).participant()), f.name());
        }
    }

    @Test
    void theTemplatesHaveEveryColumnWithItsHelpAndTheYamlStarterNamesEveryKey() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                new TemplateWriter(TemplateOptions.defaults()).bytes()))) {
            for (Field.Part part : List.of(Field.Part.PARTICIPANT, Field.Part.CONNECTION)) {
                Sheet s = wb.getSheet(part == Field.Part.PARTICIPANT ? "Participants" : "Connections");
                List<String> header = new ArrayList<>();
                for (Cell c : s.getRow(0)) {
                    header.add(new DataFormatter(java.util.Locale.ROOT).formatCellValue(c));
                    String help = find(ContractFields.of(part), header.get(header.size() - 1)).help();
                    assertTrue(c.getCellComment().getString().getString().contains(help), help);
                }
                assertEquals(ContractFields.columns(part), header);
            }
        }
        String starter = YamlTemplate.text(TemplateOptions.defaults());
        for (Field.Part part : Field.Part.values()) {
            for (String key : ContractFields.keys(part)) {
                assertTrue(starter.matches("(?s).*[ #{-] *" + key + "[: ].*"), key);
            }
        }
    }

    @Test
    void everyFieldIsAnAttributeOfTheExportsAndATargetOfAnImportMapping() throws IOException {
        StringWriter graphml = new StringWriter();
        new PlnExporter(Taxonomy.defaults()).write(full(), ExchangeFormat.GRAPHML, graphml);
        List<String> nodeAttributes = GraphAttributes.NODE.stream().map(GraphAttributes.Attr::name).toList();
        for (Field<?> f : ContractFields.PARTICIPANT) {
            String name = f.columnName().orElseThrow();
            assertTrue(nodeAttributes.contains(name) || nodeAttributes.contains(f.name()), name);
            assertTrue(ImportMapping.TARGETS.contains(name), name);
        }
        for (Field<?> f : ContractFields.CONNECTION) {
            if (f.key().isEmpty() || f.key().get().equals("id")) {
                continue;   // cohort columns (participant_id, linked_to), and the node's own id
            }
            assertTrue(nodeAttributes.contains(f.key().get()), f.name());
            assertTrue(graphml.toString().contains("attr.name=\"" + f.key().get() + "\""), f.name());
            assertEquals(f.type().export().name().replace("INTEGER", "INT"),
                    GraphAttributes.type(f).name(), f.name());
        }
        for (String key : ContractFields.keys(Field.Part.CONNECTION)) {
            assertTrue(ImportMapping.TARGETS.contains(key), key);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> find(List<? extends Field<?>> fields, String name) {
        return (Field<T>) fields.stream().filter(f -> f.columnName().filter(name::equals).isPresent()
                || f.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
