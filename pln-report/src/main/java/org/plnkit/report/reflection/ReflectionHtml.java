package org.plnkit.report.reflection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.plnkit.report.io.ByteBlocks;
import org.plnkit.report.io.XmlText;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The reflection draft as one blog-ready web page: the map embedded in the page itself (a {@code data:} image, so
 * the file pastes whole into Blogger, WordPress or Google Sites), headings, lists, and the ✍️ prompts as highlighted
 * boxes. Styles are inline on each element, because blog editors drop {@code <style>} sheets on paste. It is made
 * from the Markdown draft ({@link ReflectionDraft}), so the two always say the same; only the Markdown that the
 * draft writes is understood, and every character of the input is escaped.
 *
 * <pre>{@code
 * String md = new ReflectionDraft(taxonomy).markdown(pln, assessment, figure);
 * String html = ReflectionHtml.page(md, Optional.of(pngBytes), "My personal learning network");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReflectionHtml {
    static final String PROMPT_STYLE = "background:#fff8e1;border-left:6px solid #f4b400;padding:12px 16px;"
            + "margin:16px 0;border-radius:4px";
    private static final String BODY_STYLE = "font-family:Georgia,'Times New Roman',serif;line-height:1.55;"
            + "max-width:760px;margin:24px auto;padding:0 16px;color:#222";

    /** The picture is encoded 48 kB at a time (a multiple of 3). */
    private static final int SLICE = 3 << 14;

    private ReflectionHtml() {
    }

    /**
     * The page for a Markdown draft.
     *
     * @param markdown the draft as {@link ReflectionDraft} writes it
     * @param png      the map picture to embed in place of the draft's image, if any
     * @param title    the page's title
     */
    public static String page(String markdown, Optional<byte[]> png, String title) {
        Page page = build(markdown, png, title);
        String picture = page.cuts.isEmpty() ? "" : Base64.getEncoder().encodeToString(png.orElseThrow());
        // sized for the picture, which is most of the page: no copying of half a megabyte as the page grows
        StringBuilder b = new StringBuilder(page.text.length() + page.cuts.size() * picture.length());
        int from = 0;
        for (int cut : page.cuts) {
            b.append(page.text, from, cut).append(picture);
            from = cut;
        }
        return b.append(page.text, from, page.text.length()).toString();
    }

    /**
     * The page's bytes in UTF-8, as {@code page(markdown, png, title).getBytes(UTF_8)}, with the picture's base64
     * written straight into them: the page as one {@code String} is about 0.9 MB when the draft has a character
     * beyond Latin-1 (two bytes a character), and its encoding another 1.3 MB, each a "humongous" object for G1 (see
     * {@link ByteBlocks}); here only the page's text is a string, and the picture never is.
     */
    public static byte[] bytes(String markdown, Optional<byte[]> png, String title) {
        Page page = build(markdown, png, title);
        ByteBlocks out = new ByteBlocks();
        try {
            int from = 0;
            for (int cut : page.cuts) {
                out.write(page.text.substring(from, cut).getBytes(StandardCharsets.UTF_8));
                byte[] p = png.orElseThrow();
                // in slices of a multiple of 3 bytes, which encode to what the whole encodes to, padding only at the
                // end (the encoder's stream wrapper hands its output on one byte at a time)
                for (int at = 0; at < p.length; at += SLICE) {
                    ByteBuffer slice = ByteBuffer.wrap(p, at, Math.min(SLICE, p.length - at));
                    ByteBuffer base64 = Base64.getEncoder().encode(slice);
                    out.write(base64.array(), base64.arrayOffset() + base64.position(), base64.remaining());
                }
                from = cut;
            }
            out.write(page.text.substring(from).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // memory does not fail
        }
        return out.toByteArray();
    }

    /** The page's text, and where in it the picture's base64 goes (cuts between ASCII characters). */
    private record Page(String text, List<Integer> cuts) {
    }

    private static Page build(String markdown, Optional<byte[]> png, String title) {
        StringBuilder b = new StringBuilder(2 * markdown.length() + 1024);
        List<Integer> cuts = new ArrayList<>(1);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n</head>\n")
                .append("<body style=\"").append(BODY_STYLE).append("\">\n<article>\n");
        List<String> lines = List.of(markdown.split("\n", -1));
        List<String> para = new ArrayList<>();
        String list = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String item = line.startsWith("- ") ? "ul" : line.matches("\\d+\\. .*") ? "ol" : null;
            if (item == null && list != null && !line.isBlank() || line.isBlank() && list != null) {
                b.append("</").append(list).append(">\n");
                list = null;
            }
            if (line.isBlank()) {
                flush(b, para);
                continue;
            }
            if (item != null) {
                flush(b, para);
                if (list == null) {
                    list = item;
                    b.append('<').append(list).append(">\n");
                }
                b.append("<li>").append(inline(line.substring(line.indexOf(' ') + 1))).append("</li>\n");
            } else if (line.startsWith("## ")) {
                flush(b, para);
                b.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
            } else if (line.startsWith("# ")) {
                flush(b, para);
                b.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
            } else if (line.startsWith("> ")) {
                flush(b, para);
                b.append("<blockquote style=\"").append(PROMPT_STYLE).append("\">").append(inline(line.substring(2)))
                        .append("</blockquote>\n");
            } else if (line.equals("---")) {
                flush(b, para);
                b.append("<hr>\n");
            } else if (line.startsWith("![") && line.endsWith(")")) {
                flush(b, para);
                image(b, cuts, line, png);
            } else if (line.equals("<details><summary>Description of the map</summary>")) {
                flush(b, para);
                b.append("<details><summary>Description of the map</summary>\n");
            } else if (line.equals("</details>")) {
                flush(b, para);
                b.append("</details>\n");
            } else {
                para.add(line);
            }
        }
        flush(b, para);
        if (list != null) {
            b.append("</").append(list).append(">\n");
        }
        return new Page(b.append("</article>\n</body>\n</html>\n").toString(), cuts);
    }

    private static void image(StringBuilder b, List<Integer> cuts, String line, Optional<byte[]> png) {
        int close = line.lastIndexOf("](");
        String alt = unescape(line.substring(2, close));
        b.append("<figure style=\"margin:16px 0\"><img src=\"");
        if (png.isPresent()) {
            // base64 has nothing to escape: the picture goes in as it is encoded, here
            b.append("data:image/png;base64,");
            cuts.add(b.length());
        } else {
            b.append(escape(line.substring(close + 2, line.length() - 1)));
        }
        b.append("\" alt=\"").append(escape(alt)).append("\" style=\"max-width:100%;height:auto\"></figure>\n");
    }

    private static void flush(StringBuilder b, List<String> para) {
        if (para.isEmpty()) {
            return;
        }
        String text = String.join(" ", para);
        para.clear();
        boolean prompt = text.contains("✍️");
        b.append(prompt ? "<p style=\"" + PROMPT_STYLE + "\">" : "<p>").append(inline(text)).append("</p>\n");
    }

    /**
     * Backslash escapes, the entities {@link Markdown} writes, **strong**, *em* and [links](https://…) of the draft's
     * Markdown, all else escaped.
     */
    static String inline(String s) {
        StringBuilder b = new StringBuilder();
        boolean strong = false;
        boolean em = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String[] entity = c == '&' ? entityAt(s, i) : null;
            if (entity != null) {
                escape(b, entity[1].charAt(0));
                i += entity[0].length() - 1;
            } else if (c == '\\' && i + 1 < s.length()) {
                escape(b, s.charAt(++i));
            } else if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                b.append(strong ? "</strong>" : "<strong>");
                strong = !strong;
                i++;
            } else if (c == '*') {
                b.append(em ? "</em>" : "<em>");
                em = !em;
            } else if (c == '[') {
                int mid = linkEnd(s, i);
                int end = mid < 0 ? -1 : s.indexOf(')', mid);
                String url = end < 0 ? "" : s.substring(mid + 2, end);
                if (end > 0 && Markdown.safeUrl(url).isPresent()) {
                    b.append("<a href=\"").append(escape(url)).append("\">").append(inline(s.substring(i + 1, mid)))
                            .append("</a>");
                    i = end;
                } else {
                    b.append('[');
                }
            } else {
                escape(b, c);
            }
        }
        if (em) {
            b.append("</em>");
        }
        if (strong) {
            b.append("</strong>");
        }
        return b.toString();
    }

    /** The position of the "](" closing a link's text that opens at {@code open}, skipping escapes; -1 if none. */
    private static int linkEnd(String s, int open) {
        for (int j = open + 1; j < s.length() - 1; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == ']') {
                return s.charAt(j + 1) == '(' ? j : -1;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String[] entity = c == '&' ? entityAt(s, i) : null;
            if (entity != null) {
                b.append(entity[1]);
                i += entity[0].length() - 1;
                continue;
            }
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * The entity {@link Markdown} writes that starts at {@code i} and its character, or null: any other {@code &} is
     * text.
     */
    private static String[] entityAt(String s, int i) {
        for (String[] e : Markdown.ENTITIES) {
            if (s.startsWith(e[0], i)) {
                return e;
            }
        }
        return null;
    }

    /** One character as {@link #escape(String)} writes it, without a string for each. */
    private static void escape(StringBuilder b, char c) {
        XmlText.escape(b, c);
    }

    /** Text for HTML content and attributes. */
    static String escape(String s) {
        return XmlText.escape(s);
    }
}
