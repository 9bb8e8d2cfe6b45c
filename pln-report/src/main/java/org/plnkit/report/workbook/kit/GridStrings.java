package org.plnkit.report.workbook.kit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The shared strings of a gridded workbook ({@link XssfWorkbooks#createGridded()}): plain strings kept as Java
 * strings and written as XML directly, where POI keeps an XMLBeans element per string and saves them with XMLBeans
 * (a tenth of a participant's workbook, issue 17). The bytes are POI's: the same order, counts, {@code
 * xml:space="preserve"} on text with white space at either end, and XMLBeans' escaping of text content. Formatted
 * strings are refused: the toolkit writes none.
 */
final class GridStrings extends XssfWorkbooks.PlainKeyedStrings {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"";
    private static final String NS = " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    @Override
    int index(String text) {
        count++;
        Integer i = indexes.get(text);
        if (i != null) {
            return i;
        }
        uniqueCount++;
        indexes.put(text, texts.size());
        texts.add(text);
        return texts.size() - 1;
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        if (!(string instanceof XSSFRichTextString x) || x.numFormattingRuns() > 0 || x.getCTRst().sizeOfRPhArray() > 0
                || x.getCTRst().isSetPhoneticPr() || !x.getCTRst().isSetT()) {
            throw new UnsupportedOperationException("a gridded workbook keeps plain strings only");
        }
        return index(x.getString());
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(texts.get(idx));
    }

    @Override
    public List<RichTextString> getSharedStringItems() {
        List<RichTextString> items = new ArrayList<>(texts.size());
        for (String t : texts) {
            items.add(new XSSFRichTextString(t));
        }
        return Collections.unmodifiableList(items);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(64 + texts.size() * 48);
        b.append(HEAD).append(count).append("\" uniqueCount=\"").append(uniqueCount).append('"').append(NS);
        if (texts.isEmpty()) {
            b.append("/>");
        } else {
            b.append('>');
            for (String t : texts) {
                if (t.isEmpty()) {
                    b.append("<si><t/></si>");
                    continue;
                }
                // XSSFRichTextString keeps white space at either end with xml:space="preserve"
                boolean preserve = Character.isWhitespace(t.charAt(0))
                        || Character.isWhitespace(t.charAt(t.length() - 1));
                b.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                content(b, t);
                b.append("</t></si>");
            }
            b.append("</sst>");
        }
        // a lone surrogate becomes '?' in UTF-8, as in XMLBeans' writer
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Text content escaped as XMLBeans' saver escapes it: {@code <} and {@code &} as entities, {@code >} only after
     * {@code ]]}, a carriage return as {@code &#13;}, and a character XML cannot hold as {@code ?}.
     */
    static void content(StringBuilder b, String t) {
        char prev = 0;
        char prevPrev = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '<') {
                b.append("&lt;");
            } else if (ch == '&') {
                b.append("&amp;");
            } else if (ch == '>' && prev == ']' && prevPrev == ']') {
                b.append("&gt;");
            } else if (bad(ch)) {
                b.append('?');
            } else if (ch == '\r') {
                b.append("&#13;");
            } else {
                b.append(ch);
            }
            prevPrev = prev;
            prev = ch;
        }
    }

    /** XMLBeans' test of a character XML cannot hold (surrogates pass, to be paired or not by the encoder). */
    private static boolean bad(char ch) {
        return !(Character.isSurrogate(ch) || ch >= 0x20 && ch <= 0xD7FF || ch >= 0xE000 && ch <= 0xFFFD
                || ch == '\t' || ch == '\n' || ch == '\r');
    }
}
