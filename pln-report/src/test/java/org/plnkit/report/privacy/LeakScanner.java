package org.plnkit.report.privacy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks for secrets (people's names, ids, e-mail addresses) in every byte a command wrote: the names of folders and
 * files, text files (SVG, Markdown, JSON, CSV, GraphML, GEXF, DOT, alt text), every entry of a zip (an xlsx: sheets
 * with their hidden rows, columns and sheets, shared strings, document properties, comments, drawings, charts,
 * embedded pictures), the text chunks of a PNG ({@code tEXt}, {@code zTXt}, {@code iTXt}) and every other chunk but
 * the pixels, and anything else as UTF-8 and as Latin-1.
 *
 * <p>A secret is found in any spelling that survives the way outputs escape text: XML entities ({@code &amp;},
 * {@code &#233;}, {@code &#xE9;}, escaped twice), JSON and Java escapes ({@code \u00e9}, surrogate pairs), percent
 * escapes, and then ignoring case, accents ({@code é} = {@code e}, {@code ø} = {@code o}, {@code þ} = {@code th})
 * and punctuation ({@code Jane-Kim} = {@code jane
 * kim} = {@code jane_kim}). Secrets with no letter or digit (a name of emoji only) are looked for as written. Short
 * secrets (under six letters) must stand as whole words, longer ones are found anywhere.
 *
 * <p>Pixels cannot be read this way: a name drawn into a picture is proved absent by comparing pictures (see
 * {@code PrivacySweepTest}), not here.
 *
 * <pre>{@code
 * List<String> found = LeakScanner.leaks(outDir, List.of("Zebulon Quetzalcoatl-Ng", "zebulon@example.org"));
 * assertEquals(List.of(), found);   // each entry: where, which secret, and the text around it
 * }</pre>
 */
public final class LeakScanner {
    private static final int SHORT = 6;
    private static final int CONTEXT = 40;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern PERCENT = Pattern.compile("(?:%[0-9a-fA-F]{2})+");
    /** Letters with no decomposition and how an ASCII file name or slug may write them. */
    private static final String[] UNDECOMPOSED = {"ø", "o", "æ", "ae", "œ", "oe", "ß", "ss", "þ", "th", "ð", "d",
        "đ", "d", "ł", "l", "ı", "i", "ħ", "h"};

    private LeakScanner() {
    }

    /**
     * Every place under {@code outputDir} (itself included: its name, and the names of everything under it) where a
     * secret appears; empty when there is none. Each entry reads {@code where: "secret" in …text around it…}.
     */
    public static List<String> leaks(Path outputDir, Collection<String> secrets) {
        List<Secret> s = prepare(secrets);
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(outputDir)) {
            for (Path p : walk.sorted().toList()) {
                String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
                scanText("name of " + p, name, s, found);
                if (Files.isRegularFile(p)) {
                    scanBytes(p.toString(), Files.readAllBytes(p), s, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The places in one file's (or entry's) bytes where a secret appears; {@code where} names it in the result. */
    public static List<String> leaks(String where, byte[] bytes, Collection<String> secrets) {
        List<String> found = new ArrayList<>();
        scanBytes(where, bytes, prepare(secrets), found);
        return found;
    }

    /** The places in a text (a command's output on the screen, a log) where a secret appears. */
    public static List<String> leaks(String where, String text, Collection<String> secrets) {
        List<String> found = new ArrayList<>();
        scanText(where, text, prepare(secrets), found);
        return found;
    }

    /**
     * A secret as the scanner compares it: escapes decoded, accents dropped, lower case, and every run of characters
     * that are not letters or digits one space. {@code fold("Þórhildur Ýrsdóttir-Ñúñez")} is {@code "thorhildur
     * yrsdottir nunez"}.
     */
    public static String fold(String text) {
        String n = Normalizer.normalize(decode(text), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT);
        // letters with no decomposition, as an ASCII file name or slug may write them
        for (int i = 0; i < UNDECOMPOSED.length; i += 2) {
            n = n.replace(UNDECOMPOSED[i], UNDECOMPOSED[i + 1]);
        }
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }


    /** Decodes the escapes outputs use, repeatedly (text escaped twice, {@code &amp;#233;}, is decoded too). */
    static String decode(String text) {
        String t = text;
        for (int i = 0; i < 3; i++) {
            String d = percent(unicodeEscapes(entities(t)));
            if (d.equals(t)) {
                break;
            }
            t = d;
        }
        return t;
    }

    private record Secret(String raw, String folded) {
    }

    private static List<Secret> prepare(Collection<String> secrets) {
        Set<Secret> out = new LinkedHashSet<>();
        for (String s : secrets) {
            if (!s.isBlank()) {
                out.add(new Secret(s.strip(), fold(s)));
            }
        }
        return List.copyOf(out);
    }

    private static void scanBytes(String where, byte[] bytes, List<Secret> secrets, List<String> found) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            scanZip(where, bytes, secrets, found);
        } else if (startsWith(bytes, PNG_MAGIC)) {
            scanPng(where, bytes, secrets, found);
        } else {
            String utf8 = utf8(bytes);
            scanText(where, utf8, secrets, found);
            if (!isStrictUtf8(bytes)) {
                scanText(where + " (as Latin-1)", new String(bytes, StandardCharsets.ISO_8859_1), secrets, found);
            }
        }
    }

    private static void scanZip(String where, byte[] bytes, List<Secret> secrets, List<String> found) {
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries++;
                String inner = where + "!" + e.getName();
                scanText("name of " + inner, e.getName(), secrets, found);
                if (e.getComment() != null) {
                    scanText("comment of " + inner, e.getComment(), secrets, found);
                }
                if (e.getExtra() != null) {
                    scanBytes("extra field of " + inner, e.getExtra(), secrets, found);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                z.transferTo(out);
                scanBytes(inner, out.toByteArray(), secrets, found);
            }
        } catch (IOException e) {
            entries = 0;
        }
        if (entries == 0) {
            // not a zip after all: look at the bytes as they are
            scanText(where, utf8(bytes), secrets, found);
            scanText(where + " (as Latin-1)", new String(bytes, StandardCharsets.ISO_8859_1), secrets, found);
        }
    }

    /** Every chunk but the pixels ({@code IDAT}); text chunks decoded, compressed ones inflated. */
    private static void scanPng(String where, byte[] bytes, List<Secret> secrets, List<String> found) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        b.position(PNG_MAGIC.length);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            String t = new String(type, StandardCharsets.ISO_8859_1);
            if (length < 0 || length > b.remaining() - 4) {
                scanText(where + " (damaged PNG, as Latin-1)", new String(bytes, StandardCharsets.ISO_8859_1),
                        secrets, found);
                return;
            }
            byte[] data = new byte[length];
            b.get(data);
            b.getInt();   // CRC
            String chunk = where + " PNG chunk " + t;
            switch (t) {
                case "IDAT" -> {
                }
                case "tEXt" -> scanText(chunk, new String(data, StandardCharsets.ISO_8859_1), secrets, found);
                case "zTXt" -> {
                    int nul = indexOf(data, 0, (byte) 0);
                    scanText(chunk + " keyword", new String(data, 0, nul, StandardCharsets.ISO_8859_1), secrets, found);
                    scanText(chunk, new String(inflate(data, nul + 2), StandardCharsets.ISO_8859_1), secrets, found);
                }
                case "iTXt" -> {
                    // keyword \0 compressed-flag method language \0 translated-keyword \0 text
                    int k = indexOf(data, 0, (byte) 0);
                    boolean compressed = data[k + 1] == 1;
                    int lang = indexOf(data, k + 3, (byte) 0);
                    int translated = indexOf(data, lang + 1, (byte) 0);
                    String head = new String(data, 0, translated, StandardCharsets.UTF_8).replace('\0', ' ');
                    scanText(chunk + " keywords", head, secrets, found);
                    byte[] text = compressed ? inflate(data, translated + 1)
                            : java.util.Arrays.copyOfRange(data, translated + 1, data.length);
                    scanText(chunk, utf8(text), secrets, found);
                }
                default -> {
                    scanText(chunk, utf8(data), secrets, found);
                    scanText(chunk + " (as Latin-1)", new String(data, StandardCharsets.ISO_8859_1), secrets, found);
                }
            }
        }
    }

    private static void scanText(String where, String text, List<Secret> secrets, List<String> found) {
        String decoded = decode(text);
        String folded = " " + fold(decoded) + " ";
        for (Secret s : secrets) {
            int at;
            String haystack;
            String needle;
            if (s.folded().isEmpty()) {
                haystack = decoded;
                needle = s.raw();
            } else if (s.folded().length() < SHORT) {
                haystack = folded;
                needle = " " + s.folded() + " ";
            } else {
                haystack = folded;
                needle = s.folded();
            }
            at = haystack.indexOf(needle);
            if (at >= 0) {
                int from = Math.max(0, at - CONTEXT);
                int to = Math.min(haystack.length(), at + needle.length() + CONTEXT);
                found.add(where + ": \"" + s.raw() + "\" in …" + haystack.substring(from, to).strip()
                        .replaceAll("\\s+", " ") + "…");
            }
        }
    }

    private static String entities(String t) {
        if (t.indexOf('&') < 0) {
            return t;
        }
        Matcher m = ENTITY.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                }
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        return m.appendTail(b).toString();
    }

    /** {@code \u00e9} and surrogate pairs ({@code \ud83e\udd84}), as JSON and Java write them; other escapes too. */
    private static String unicodeEscapes(String t) {
        if (t.indexOf('\\') < 0) {
            return t;
        }
        Matcher m = UNICODE_ESCAPE.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(b).toString().replace("\\\"", "\"").replace("\\/", "/").replace("\\n", "\n")
                .replace("\\t", "\t").replace("\\\\", "\\");
    }

    private static String percent(String t) {
        if (t.indexOf('%') < 0) {
            return t;
        }
        Matcher m = PERCENT.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            byte[] bytes = new byte[run.length() / 3];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(run.substring(3 * i + 1, 3 * i + 3), 16);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(utf8(bytes)));
        }
        return m.appendTail(b).toString();
    }

    private static byte[] inflate(byte[] data, int from) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(data, from, Math.max(0, data.length - from));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            // not deflate data after all: look at it as it is
            return java.util.Arrays.copyOfRange(data, from, data.length);
        } finally {
            inf.end();
        }
    }

    private static int indexOf(byte[] data, int from, byte b) {
        for (int i = Math.max(0, from); i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return data.length;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Lower-case words, for callers that list a name's parts as secrets too. */
    public static List<String> words(String name, int minLetters) {
        List<String> out = new ArrayList<>();
        for (String w : fold(name).split(" ")) {
            if (w.codePointCount(0, w.length()) >= minLetters) {
                out.add(w);
            }
        }
        return out;
    }
}
