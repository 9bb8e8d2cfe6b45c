package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pln serve} only wires the studio: it starts it, prints the address, and never needs a browser. */
class ServeCommandTest {
    @TempDir
    Path dir;

    /** A running {@code pln serve} on its own thread; interrupting the thread stops the studio. */
    record Running(Thread thread, StringWriter out, StringWriter err, URI uri) {
        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(30_000);
        }
    }

    static Running serve(String... args) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread t = new Thread(() -> {
            CommandLine cl = PlnCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            cl.execute(args);
        });
        t.start();
        Pattern at = Pattern.compile("is at (http://[^ ]+/)");
        for (int i = 0; i < 600; i++) {
            Matcher m = at.matcher(out.toString());
            if (m.find()) {
                return new Running(t, out, err, URI.create(m.group(1)));
            }
            Thread.sleep(100);
        }
        t.interrupt();
        throw new AssertionError("no address printed: " + out + err);
    }

    @Test
    void startsTheStudioOnAFreePortWithoutABrowser() throws Exception {
        Path file = dir.resolve("my-pln.yaml");
        Running r = serve("serve", file.toString(), "--no-browser");
        try {
            assertTrue(r.uri().toString().startsWith("http://127.0.0.1:"), r.uri().toString());
            assertTrue(r.out().toString().contains("Created " + file + " from the starter."), r.out().toString());
            assertTrue(Files.exists(file));
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(r.uri()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("My PLN studio"));
            assertFalse(r.err().toString().contains("Warning"), r.err().toString());
        } finally {
            r.stop();
        }
    }

    /** --role only passes the role: a new file's example is the library's for it; an existing file is left alone. */
    @Test
    void roleMakesANewFilesExampleFitAndLeavesAnExistingFileAlone() throws Exception {
        Path file = dir.resolve("pe.yaml");
        Running r = serve("serve", file.toString(), "--no-browser", "--role", "PE teacher");
        try {
            String text = Files.readString(file);
            assertTrue(text.contains("  role: PE teacher\n") && text.contains("    name: SHAPE America\n"), text);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(r.uri()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("This new file starts with an example for \u201cPE teacher\u201d"),
                    page.body());
        } finally {
            r.stop();
        }
        Running again = serve("serve", file.toString(), "--no-browser", "--role", "art teacher");
        try {
            assertTrue(Files.readString(file).contains("  role: PE teacher\n"), "the file is the teacher's");
            assertTrue(again.err().toString().contains("exists, so it opens as it is: --role only makes a new file's"
                    + " example"), again.err().toString());
        } finally {
            again.stop();
        }
    }

    @Test
    void theApiAnswersExactlyWhatPlnAssessPrints() throws Exception {
        String sample = "../samples/jordan-reyes-chemistry.yaml";
        Running r = serve("serve", dir.resolve("p.yaml").toString(), "--no-browser");
        try {
            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(r.uri().resolve(
                    "/api/assess")).header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers
                    .ofFile(Path.of(sample))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, api.statusCode(), api.body());
            Cli cli = Cli.run("assess", sample, "--format", "json");
            assertEquals(0, cli.exit(), cli.err());
            assertEquals(cli.out(), api.body());
            assertTrue(api.body().contains("American Association of Chemistry Teachers"), "the starter's suggestions");
        } finally {
            r.stop();
        }
    }

    @Test
    void anotherHostIsWarnedAbout() throws Exception {
        Running r = serve("serve", dir.resolve("p.yaml").toString(), "--no-browser", "--host", "0.0.0.0");
        try {
            assertTrue(r.err().toString().contains("Warning: --host 0.0.0.0 lets other computers"), r.err().toString());
        } finally {
            r.stop();
        }
    }

    @Test
    void refusesAWorkbook() {
        Cli r = Cli.run("serve", dir.resolve("district.xlsx").toString(), "--no-browser");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("the studio edits a participant file"), r.err());
    }

    @Test
    void refusesAFileInAFolderThatDoesNotExist() {
        Path missing = dir.resolve("no-such-folder").resolve("my-pln.yaml");
        Cli r = Cli.run("serve", missing.toString(), "--no-browser");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("the folder") && r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(missing.getParent()), "no folder is created");
    }
}
