package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help}, word for word, in one golden file (src/test/resources/help.txt): the help is what
 * a teacher reads first, and where its text lives (annotations, mixins, resource bundles) may change while the text
 * must not. Regenerate on purpose with {@code -Dgolden.update=true} and review the diff.
 */
class HelpGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/help.txt");

    @Test
    void theHelpOfEveryCommandStaysWordForWord() throws Exception {
        StringBuilder all = new StringBuilder();
        List<String> names = new ArrayList<>(List.of(""));
        for (Class<?> c : PlnCommand.COMMANDS) {
            CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        for (String name : names) {
            Cli r = name.isEmpty() ? Cli.run("--help") : Cli.run(name, "--help");
            assertEquals(0, r.exit(), name + ": " + r.err());
            all.append("=== pln ").append(name).append(name.isEmpty() ? "" : " ").append("--help\n").append(r.out());
        }
        // the commands as tests build them alone, without the root's settings: their own width and bundle
        for (Class<?> c : PlnCommand.COMMANDS) {
            if (c == CommandLine.HelpCommand.class) {
                continue;
            }
            var constructor = c.getDeclaredConstructor();
            constructor.setAccessible(true);
            Run r = Run.of(constructor.newInstance(), "--help");
            assertEquals(0, r.exit(), c + ": " + r.err());
            all.append("=== ").append(c.getSimpleName()).append(" alone --help\n").append(r.out());
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, all, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), all.toString(),
                "a command's --help changed (if on purpose, regenerate " + GOLDEN + " with -Dgolden.update=true)");
    }
}
