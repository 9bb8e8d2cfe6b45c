package org.plnkit.report.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every {@code java} block of docs/embedding.md, in order, as one method (snippets share their
 * variables), and checks that what each block prints is the {@code text} block under it. Imports are gathered at
 * the top; {@code Path.of("samples/...")} points to the repository's samples folder. With
 * {@code -Dgolden.update=true} it writes the printed output into the document instead, to be reviewed in the diff.
 */
class EmbeddingDocTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path DOC = ROOT.resolve("docs/embedding.md");

    /** A java block, its lines in the document, and the text block that shows its output. */
    private record Snippet(int firstLine, List<String> code, int outputStart, int outputEnd) {
    }

    @Test
    void everySnippetCompilesRunsAndPrintsWhatTheDocumentShows(@TempDir Path tmp) throws Exception {
        List<String> doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        List<Snippet> snippets = snippets(doc);
        assertTrue(snippets.size() >= 6, "docs/embedding.md has " + snippets.size() + " java blocks");

        // the generated source, with the document's line of each source line for messages
        Set<String> imports = new LinkedHashSet<>();
        List<String> body = new ArrayList<>();
        List<Integer> bodyLines = new ArrayList<>();
        for (int s = 0; s < snippets.size(); s++) {
            Snippet sn = snippets.get(s);
            for (int i = 0; i < sn.code().size(); i++) {
                String line = sn.code().get(i);
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.add("        " + line.replace("Path.of(\"samples/", "Path.of(SAMPLES + \"/"));
                    bodyLines.add(sn.firstLine() + i);
                }
            }
            body.add("        next.run();");
            bodyLines.add(sn.firstLine());
        }
        List<String> src = new ArrayList<>(imports);
        List<Integer> srcLines = new ArrayList<>();
        imports.forEach(x -> srcLines.add(-1));
        src.add("public class EmbeddingSnippets {");
        src.add("    public static String SAMPLES;");
        src.add("    public static void run(Runnable next) throws Exception {");
        srcLines.addAll(List.of(-1, -1, -1));
        src.addAll(body);
        srcLines.addAll(bodyLines);
        src.add("    }");
        src.add("}");
        srcLines.addAll(List.of(-1, -1));

        Path srcDir = Files.createDirectories(tmp.resolve("src"));
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        Path file = srcDir.resolve("EmbeddingSnippets.java");
        Files.write(file, src, StandardCharsets.UTF_8);
        compile(file, classes, srcLines);

        List<String> outputs = run(classes);
        assertEquals(snippets.size(), outputs.size(), "every snippet ran");
        if (Boolean.getBoolean("golden.update")) {
            update(doc, snippets, outputs);
            return;
        }
        for (int s = 0; s < snippets.size(); s++) {
            Snippet sn = snippets.get(s);
            String shown = String.join("\n", doc.subList(sn.outputStart() + 1, sn.outputEnd()));
            String printed = outputs.get(s).stripTrailing();
            assertEquals(shown, printed, "docs/embedding.md line " + (sn.outputStart() + 1)
                    + ": the output shown differs from what the snippet at line " + sn.firstLine()
                    + " prints (regenerate with -Dgolden.update=true if the change is intended)");
        }
    }

    /** The java blocks, each with the text block that follows it. */
    private static List<Snippet> snippets(List<String> doc) {
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (!doc.get(i).equals("```java")) {
                continue;
            }
            int end = i + 1;
            while (!doc.get(end).equals("```")) {
                end++;
            }
            int t = end + 1;
            while (doc.get(t).isBlank()) {
                t++;
            }
            assertEquals("```text", doc.get(t), "docs/embedding.md line " + (t + 1)
                    + ": a java block is followed by a text block with its output");
            int tEnd = t + 1;
            while (!doc.get(tEnd).equals("```")) {
                tEnd++;
            }
            out.add(new Snippet(i + 2, List.copyOf(doc.subList(i + 1, end)), t, tEnd));
            i = tEnd;
        }
        return out;
    }

    private static void compile(Path file, Path classes, List<Integer> docLines) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    classes.toString(), "-proc:none", "-encoding", "UTF-8");
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjects(file)).call();
            StringBuilder errors = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    long line = d.getLineNumber();
                    int docLine = line >= 1 && line <= docLines.size() ? docLines.get((int) line - 1) : -1;
                    errors.append("docs/embedding.md line ").append(docLine).append(": ")
                            .append(d.getMessage(Locale.ROOT)).append('\n');
                }
            }
            assertTrue(ok && errors.isEmpty(), "the snippets do not compile:\n" + errors);
        }
    }

    /** Runs the snippets, collecting what each prints. */
    private static List<String> run(Path classes) throws Exception {
        List<String> outputs = new ArrayList<>();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                EmbeddingDocTest.class.getClassLoader())) {
            Class<?> c = loader.loadClass("EmbeddingSnippets");
            c.getField("SAMPLES").set(null, ROOT.resolve("samples").toString());
            Runnable next = () -> {
                System.out.flush();
                outputs.add(captured.toString(StandardCharsets.UTF_8));
                captured.reset();
            };
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            c.getMethod("run", Runnable.class).invoke(null, next);
        } catch (InvocationTargetException e) {
            throw new AssertionError("a snippet of docs/embedding.md failed after " + outputs.size()
                    + " snippets ran", e.getCause());
        } finally {
            System.setOut(original);
        }
        return outputs;
    }

    /** Writes the printed outputs into the text blocks (atomically). */
    private static void update(List<String> doc, List<Snippet> snippets, List<String> outputs) throws IOException {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int s = 0; s < snippets.size(); s++) {
            Snippet sn = snippets.get(s);
            out.addAll(doc.subList(from, sn.outputStart() + 1));
            String printed = outputs.get(s).stripTrailing();
            if (!printed.isEmpty()) {
                out.addAll(List.of(printed.split("\n", -1)));
            }
            from = sn.outputEnd();
        }
        out.addAll(doc.subList(from, doc.size()));
        Path temp = DOC.resolveSibling(DOC.getFileName() + ".tmp");
        Files.writeString(temp, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, DOC, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertFalse(outputs.isEmpty());
    }
}
