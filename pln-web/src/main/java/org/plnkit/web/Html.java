package org.plnkit.web;

import org.plnkit.report.io.XmlText;

/** Text made safe for HTML element content and double-quoted attributes. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        return s == null ? "" : XmlText.escape(s);
    }
}
