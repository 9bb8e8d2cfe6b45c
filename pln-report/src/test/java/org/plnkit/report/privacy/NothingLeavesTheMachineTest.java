package org.plnkit.report.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.Assessor;
import org.plnkit.core.model.Pln;
import org.plnkit.report.bundle.ReportBundle;

/**
 * No telemetry, no network, no other program: the compiled code of pln-core, pln-analysis and pln-report refers to
 * no class that opens a connection, resolves a host name, starts a process or writes user preferences. (The XML and
 * workbook readers it calls are set up without DTDs or external entities, see docs/input-handling.md, so that no
 * input can make them fetch anything either.)
 */
class NothingLeavesTheMachineTest {
    /** Class names (as the class file writes them) that reach the network, other programs or the user's settings. */
    private static final List<String> FORBIDDEN = List.of("java/net/Socket", "java/net/ServerSocket",
            "java/net/DatagramSocket", "java/net/MulticastSocket", "java/net/URL;", "java/net/URLConnection",
            "java/net/HttpURLConnection", "java/net/JarURLConnection", "java/net/InetAddress",
            "java/net/InetSocketAddress", "java/net/http/", "javax/net/", "java/rmi/", "javax/naming/",
            "java/nio/channels/SocketChannel", "java/nio/channels/ServerSocketChannel",
            "java/nio/channels/DatagramChannel", "java/lang/ProcessBuilder", "java/lang/Process;",
            "java/util/prefs/", "java/awt/Desktop");

    @Test
    void theToolkitsCodeRefersToNoNetworkProcessOrPreferencesClass() throws Exception {
        Map<String, byte[]> classes = new TreeMap<>();
        for (Class<?> module : List.of(Pln.class, Assessor.class, ReportBundle.class)) {
            classes.putAll(classesOf(module));
        }
        assertTrue(classes.keySet().stream().anyMatch(k -> k.endsWith("org/plnkit/core/model/Pln.class")), "pln-core");
        assertTrue(classes.keySet().stream().anyMatch(k -> k.contains("org/plnkit/analysis/")), "pln-analysis");
        assertTrue(classes.keySet().stream().anyMatch(k -> k.endsWith("org/plnkit/report/bundle/ReportBundle.class")),
                "pln-report");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            // class names in the constant pool are UTF-8 (modified UTF-8 is the same for ASCII)
            String text = new String(c.getValue(), StandardCharsets.ISO_8859_1);
            for (String f : FORBIDDEN) {
                // "java/net/URL;" stands for the class URL in a descriptor; alone it is written "java/net/URL" + length
                if (text.contains(f) || f.endsWith(";") && constantIs(c.getValue(), f.substring(0, f.length() - 1))) {
                    found.add(c.getKey() + " refers to " + f);
                }
            }
        }
        assertEquals(List.of(), found);
        // the search works: this test's own class refers to java.net.URISyntaxException and java.net.URL
        byte[] self = classesOf(NothingLeavesTheMachineTest.class).get(
                "org/plnkit/report/privacy/NothingLeavesTheMachineTest.class");
        assertTrue(new String(self, StandardCharsets.ISO_8859_1).contains("java/net/URISyntaxException"));
        assertTrue(constantIs(self, "java/net/URL"));
    }

    /** Whether the class file holds the constant {@code name} exactly (a UTF-8 entry: tag 1, length, bytes). */
    private static boolean constantIs(byte[] classFile, String name) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + 3 + n.length <= classFile.length; i++) {
            if (classFile[i] != 1 || classFile[i + 1] != (byte) (n.length >>> 8) || classFile[i + 2] != (byte) n.length) {
                continue;
            }
            for (int j = 0; j < n.length; j++) {
                if (classFile[i + 3 + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Every class file of the module (a folder of classes, or a jar) that holds {@code type}. */
    private static Map<String, byte[]> classesOf(Class<?> type) throws IOException, URISyntaxException {
        Path where = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, byte[]> out = new TreeMap<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> s = Files.walk(where)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                    out.put(where.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    if (e.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(where.getFileName() + "!" + e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        return out;
    }
}
