package org.plnkit.core.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The normal forms that decide whether two mentions are the same node, per the input contract.
 *
 * <pre>{@code
 * IdentityKeys.url("HTTPS://www.ALA.org/aasl/");    // Optional[ala.org/aasl]
 * IdentityKeys.name("  The  ISTE. ");               // "the iste"
 * IdentityKeys.sharedId(" Jane.Kim@Lincoln.org ");  // "jane.kim@lincoln.org"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IdentityKeys {
    private IdentityKeys() {
    }

    /**
     * A url with its scheme, a leading {@code www.}, trailing {@code /} of the path and the host's case ignored;
     * path, query and fragment are kept as written. Empty when there is no host.
     */
    public static Optional<String> url(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String s = url.strip();
        int sep = s.indexOf("://");
        if (sep > 0 && isScheme(s.substring(0, sep))) {
            s = s.substring(sep + 3);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        }
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String host = s.substring(0, end).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String rest = s.substring(end);
        int q = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '?' || c == '#') {
                q = i;
                break;
            }
        }
        String path = rest.substring(0, q);
        int cut = path.length();
        while (cut > 0 && path.charAt(cut - 1) == '/') {
            cut--;
        }
        return Optional.of(host + path.substring(0, cut) + rest.substring(q));
    }

    /**
     * A name in Unicode NFKC, case-folded, with runs of white space collapsed to one space and surrounding
     * punctuation and spaces trimmed. May be empty (a name of punctuation only).
     */
    public static String name(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        // upper then lower folds more than lower alone (ß → ss, final sigma → σ)
        n = n.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.appendCodePoint(cp);
        }
        int start = 0;
        int end = b.length();
        while (start < end) {
            int cp = b.codePointAt(start);
            if (!isPunctuationOrSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = b.codePointBefore(end);
            if (!isPunctuationOrSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return b.substring(start, end);
    }

    /** An explicit shared id compared without surrounding spaces and case ({@code Jane@X.org} = {@code jane@x.org}). */
    public static String sharedId(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isScheme(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isPunctuationOrSpace(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
