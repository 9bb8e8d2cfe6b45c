package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's {@code --help}, word for word, kept as golden files under src/test/resources/help: the help is
 * what a teacher reads first, and where its text lives (annotations, mixins, resource bundles) may change while
 * the text must not. Regenerate on purpose with {@code -Dgolden.update=true} and review the diff.
 */
class HelpGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/help");

    /** {@code pln --help}, and {@code pln NAME --help} for every subcommand and alias. */
    static Stream<String> names() {
        List<String> names = new ArrayList<>(List.of(""));
        for (Class<?> c : PlnCommand.COMMANDS) {
            CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void theHelpOfEachCommandStaysWordForWord(String name) throws IOException {
        Cli r = name.isEmpty() ? Cli.run("--help") : Cli.run(name, "--help");
        assertEquals(0, r.exit(), r.err());
        check((name.isEmpty() ? "pln" : name) + ".txt", r.out());
    }

    /** The commands as tests build them alone (without the root's settings): their own width and bundle. */
    @ParameterizedTest
    @MethodSource("names")
    void theHelpOfEachCommandAloneStaysWordForWord(String name) throws Exception {
        if (name.isEmpty()) {
            return;
        }
        Class<?> c = PlnCommand.COMMANDS.stream().filter(k -> {
            CommandLine.Command command = k.getAnnotation(CommandLine.Command.class);
            return command.name().equals(name);
        }).findFirst().orElse(null);
        if (c == null || c == CommandLine.HelpCommand.class) {
            return;   // an alias, or picocli's own help command
        }
        var constructor = c.getDeclaredConstructor();
        constructor.setAccessible(true);
        Run r = Run.of(constructor.newInstance(), "--help");
        assertEquals(0, r.exit(), r.err());
        check(name + ".alone.txt", r.out());
    }

    private static void check(String file, String actual) throws IOException {
        Path golden = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden
                + " (regenerate on purpose with -Dgolden.update=true)");
    }
}
