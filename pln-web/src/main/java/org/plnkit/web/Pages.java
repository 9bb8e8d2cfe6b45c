package org.plnkit.web;

import static org.plnkit.web.Html.esc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.plnkit.analysis.plan.Need;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.internal.Text;

/** The studio's HTML: the page, the editor (also sent alone after an upload) and its rows. No inline script or style. */
final class Pages {
    private static final List<String[]> ME = List.of(
            new String[] {"name", "My name", "As you want it on the map, e.g. Maria Lopez"},
            new String[] {"id", "Short id", "Letters, digits and dashes, e.g. maria-lopez"},
            new String[] {"role", "My role", "e.g. Teacher librarian, 7th grade science teacher"},
            new String[] {"school", "My school", ""},
            new String[] {"topics", "Topics I need to keep up with", "Separated by commas, e.g. makerspaces, coding"},
            new String[] {"organizer", "My organizer tool", "Where I keep track, e.g. Feedly, Wakelet, a notebook"},
            new String[] {"as_of", "Date (YYYY-MM-DD)", "The day this picture of my PLN is for; empty means today"});
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id", "Id (optional)"), Map.entry("shared_id", "Shared id (optional)"),
            Map.entry("name", "Name"), Map.entry("kind", "Kind"), Map.entry("category", "Category"),
            Map.entry("url", "Web address"), Map.entry("met_via", "Met via"),
            Map.entry("frequency", "How often I hear from them"), Map.entry("value", "Value to me (1–5)"),
            Map.entry("gives_back", "I give back"), Map.entry("participation", "My participation"),
            Map.entry("wants_more", "I want more of this"), Map.entry("topics", "Topics"),
            Map.entry("last_contact", "Last contact (YYYY-MM-DD)"), Map.entry("feed", "News feed (RSS or Atom)"),
            Map.entry("from", "This connection"),
            Map.entry("to", "knows this one"));

    private final Taxonomy taxonomy;
    private final ResourceDirectory directory;

    Pages(Taxonomy taxonomy, ResourceDirectory directory) {
        this.taxonomy = taxonomy;
        this.directory = directory;
    }

    /**
     * Each category's line of help for this draft's teacher, by category id: the lesson's description and up to three
     * examples from the resource directory that suit the teacher's role, school or topics (a chemistry teacher sees
     * the chemistry teachers' association), else the taxonomy's own examples.
     */
    Map<String, String> categoryHelp(Draft d) {
        Participant.Builder pb = Participant.builder("studio").role(blankToNull(d.participant.get("role")))
                .school(blankToNull(d.participant.get("school")));
        List<String> topics = new ArrayList<>();
        for (String t : Draft.items(d.participant.getOrDefault("topics", ""))) {
            if (!t.isBlank()) {
                topics.add(t.strip());
            }
        }
        // the action plan's own ranking (the role's main audience first: a librarian who teaches coding sees the
        // librarians' association first); a participant the directory knows no audience for gets the taxonomy's
        // examples, which say what to look for
        Participant p = pb.topics(topics).build();
        boolean known = !directory.audiencesOf(p).isEmpty();
        Pln pln = new Pln(p, List.of(), List.of());
        Map<String, String> m = new LinkedHashMap<>();
        for (Category c : taxonomy.categories()) {
            List<String> ex = known ? directory.suggest(Need.category(c.id()), pln, 3).stream()
                    .map(Suggestion::name).toList() : List.of();
            m.put(c.id(), help(c, ex.isEmpty() ? c.examples() : ex));
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The whole page for a file being edited. */
    String page(String fileName, String version, Evaluation e, Opened opened, String rawText) {
        return page(fileName, version, e, opened, rawText, Optional.empty());
    }

    /**
     * The note over a new file's example, and its first question: what the teacher teaches, so that the example's
     * association, resource and topics are their subject's (asked on the page, where a teacher who opened the studio
     * from a handout's one command sees it, rather than only as {@code pln serve --role}).
     */
    private static String exampleNote(Optional<String> role) {
        String whose = role.map(r -> " for \u201c" + esc(r) + "\u201d").orElse(", a school librarian\u2019s");
        return "<div id=\"example-box\"><p id=\"example-note\" class=\"example\">This new file"
                + " starts with an example" + whose + ": put your own name, role, school and topics under Me, and"
                + " replace or remove the example connections with the people, organizations and resources you learn"
                + " from.</p>\n<form id=\"starter-role\" class=\"starter-role\"><label for=\"starter-role-text\">"
                + (role.isPresent() ? "Teach something else? Say what, and the example fits it:"
                : "What do you teach? The example then fits your subject:")
                + "</label> <input id=\"starter-role-text\" name=\"role\" maxlength=\""
                + org.plnkit.report.template.TemplateOptions.MAX_ROLE_CHARS + "\" placeholder=\"e.g. 8th grade science"
                + " teacher\" value=\"" + esc(role.orElse("")) + "\"> <button type=\"submit\">Fit the example</button>"
                + " <span id=\"starter-status\" role=\"status\" aria-live=\"polite\"></span></form></div>\n";
    }

    /**
     * The whole page; {@code example}: present while the file is still the starter the studio made, an example to
     * replace, holding the role it was made for (empty: the school librarian's example).
     */
    String page(String fileName, String version, Evaluation e, Opened opened, String rawText,
                Optional<Optional<String>> example) {
        StringBuilder b = new StringBuilder(32_000);
        b.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>PLN studio: ").append(esc(fileName)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/studio.css\">\n")
                .append("<script src=\"/static/studio.js\" defer></script>\n</head>\n")
                .append("<body data-version=\"").append(esc(version)).append("\">\n")
                .append("<a class=\"skip\" href=\"#connections-heading\">Skip to my connections</a>\n")
                .append("<header class=\"top\">\n<h1>My PLN studio</h1>\n<p>Editing <code>").append(esc(fileName))
                .append("</code>. Every change is checked at once; nothing is written until you save.</p>\n")
                .append(example.map(Pages::exampleNote).orElse(""))
                .append("<div class=\"bar\"><button type=\"button\" id=\"save\">Save to ").append(esc(fileName))
                .append("</button> <span id=\"status\" role=\"status\" aria-live=\"polite\"></span></div>\n")
                .append("</header>\n<main>\n<div class=\"columns\">\n<section class=\"edit\" aria-label=\"My PLN\">\n")
                .append("<form id=\"studio\" novalidate>\n<div id=\"editor\">\n");
        editor(b, e, opened, rawText);
        b.append("</div>\n</form>\n</section>\n<section class=\"results\" tabindex=\"0\" aria-labelledby=\"results-heading\">\n")
                .append("<h2 id=\"results-heading\">My map and what it shows</h2>\n")
                .append("<p id=\"stale\" class=\"note\" hidden>The map and assessment show the last version without"
                        + " errors: fix the problems marked in red to update them.</p>\n")
                // the map's names are drawn for a picture 800 wide: on a phone, fitted to the screen, they are too
                // small to read, so there the page shows it enlarged in a frame one scrolls (the script decides by
                // the frame's width); the button switches between that and the whole map at once
                .append("<p class=\"map-tools\"><button type=\"button\" id=\"map-zoom\" aria-pressed=\"false\""
                        + " aria-controls=\"map-frame\">Enlarge the map</button></p>\n")
                .append("<figure class=\"map\"><div id=\"map-frame\" class=\"map-frame\" tabindex=\"0\" role=\"group\""
                        + " aria-label=\"The map\"><img id=\"map\" src=\"/static/blank.svg\" alt=\"")
                .append(esc(e.report().map(Evaluation::altText).orElse("No map yet: add connections without errors.")))
                .append("\"></div><figcaption id=\"map-alt\">")
                .append(esc(e.report().map(Evaluation::altText).orElse("")))
                .append("</figcaption></figure>\n<section id=\"map-legend\" class=\"map-legend\" aria-label=\"Legend of"
                        + " the map\">")
                .append(e.report().map(Evaluation::legendHtml).orElse(""))
                .append("</section>\n<div id=\"assessment\">")
                .append(e.report().map(AssessmentHtml::of).orElse(""))
                .append("</div>\n</section>\n</div>\n");
        keep(b);
        // what a printed page shows instead of the form: me and my connections as a table (the script fills it)
        b.append("<section id=\"print-pln\" class=\"print-only\"></section>\n");
        b.append("</main>\n");
        b.append("<template id=\"connection-template\">");
        connection(b, "__N__", 0, Map.of(), Map.of(), categoryHelp(e.draft()), "", "");
        b.append("</template>\n<template id=\"link-template\">");
        link(b, "__N__", 0, Map.of(), Map.of(), "");
        b.append("</template>\n<datalist id=\"connection-ids\">");
        for (String id : ids(e.draft())) {
            b.append("<option value=\"").append(esc(id)).append("\"></option>");
        }
        b.append("</datalist>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The downloads and upload: forms that post the current draft (the script fills it in). */
    private void keep(StringBuilder b) {
        b.append("<section class=\"keep\" aria-labelledby=\"keep-heading\">\n<h2 id=\"keep-heading\">Keep and share</h2>\n")
                .append("<form id=\"downloads\" method=\"post\" action=\"/studio/download\">\n")
                .append("<input type=\"hidden\" name=\"draft\" id=\"download-draft\" value=\"\">\n")
                .append("<p><label for=\"anonymize\">Names in the downloads</label> <select id=\"anonymize\"")
                .append(" name=\"anonymize\">\n<option value=\"\">As I wrote them (keep these files private)</option>\n")
                .append("<option value=\"others\">Hide the people I name, keep mine: for the reflection I publish")
                .append(" (--anonymize=others)</option>\n")
                .append("<option value=\"everyone\">Hide everyone, me too: I become \u201cAnonymous educator\u201d")
                .append(" (--anonymize)</option>\n</select></p>\n<p class=\"downloads\">");
        String[][] what = {{"xlsx", "Workbook (.xlsx)"}, {"png", "Map picture (.png)"}, {"svg", "Map drawing (.svg)"},
                {"alt", "Map alt text (.txt)"}, {"md", "Reflection draft (.md)"},
                {"html", "Reflection as a web page (.html)"}, {"ics", "Check-in calendar (.ics)"},
                {"json", "Assessment (.json)"}, {"yaml", "PLN file (.yaml)"}};
        for (String[] w : what) {
            b.append("<button type=\"submit\" name=\"what\" value=\"").append(w[0]).append("\">")
                    .append(esc(w[1])).append("</button> ");
        }
        b.append("</p>\n</form>\n<form id=\"upload\">\n<p><label for=\"upload-file\">Open a participant file (.yaml, .json)"
                        + " or a filled organizer workbook (.xlsx)</label><br>\n")
                .append("<input type=\"file\" id=\"upload-file\" accept=\".yaml,.yml,.json,.xlsx\"> ")
                .append("<button type=\"submit\" id=\"upload-button\">Open it here</button></p>\n")
                .append("<div id=\"choose-box\" hidden><p><label for=\"choose-participant\" id=\"choose-label\">")
                .append("Which participant do you open?</label><br>\n<select id=\"choose-participant\"></select> ")
                .append("<button type=\"button\" id=\"choose-button\">Open this participant</button></p></div>\n")
                .append("<p class=\"note\">It replaces what is on the page (not the file) until you save.</p>\n</form>\n</section>\n");
    }

    /**
     * The problems of what was just opened, with the places of that file (its lines, or a workbook's sheet!cell):
     * a participant file's are shown until the form is changed (then the form's own, by connection and field); a
     * workbook's rows that could not be read are not on the page, so they stay listed, and {@link #unread()} of
     * them are errors (rows left out).
     *
     * @param name     the file's name
     * @param problems its problems as the reader words them
     * @param workbook whether it is a workbook (its problems stay listed)
     */
    record Opened(String name, List<Problem> problems, boolean workbook) {
        static Opened none() {
            return new Opened("", List.of(), false);
        }

        static Opened file(String name, List<Problem> problems) {
            return new Opened(name, List.copyOf(problems), false);
        }

        static Opened workbook(String name, List<Problem> problems) {
            return new Opened(name, List.copyOf(problems), true);
        }

        /** The workbook's rows left out because of an error (0 for a participant file). */
        int unread() {
            return workbook ? (int) problems.stream().filter(Problem::isError).count() : 0;
        }
    }

    /** "1 error", "3 errors". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The editor: me, my connections, links, and the problems that belong to no field. */
    void editor(StringBuilder b, Evaluation e, Opened opened, String rawText) {
        Draft d = e.draft();
        Map<String, String> helps = categoryHelp(d);
        Map<String, List<Problem>> at = e.byField();
        // while the problems of a file just opened are listed with its own lines, the form's are only at their fields
        boolean fileFirst = !opened.problems().isEmpty() && !opened.workbook();
        List<String> general = new ArrayList<>();
        List<String> severities = new ArrayList<>();
        for (int i = 0; i < e.problems().size() && !fileFirst; i++) {
            if (e.atField().get(i) == null) {
                general.add(e.text(i));
                severities.add(e.problems().get(i).isError() ? "error" : "warning");
            }
        }
        b.append("<div id=\"problems-box\"").append(general.isEmpty() && opened.problems().isEmpty()
                        && rawText == null ? " hidden" : "").append("><h2>Problems</h2>");
        if (!opened.problems().isEmpty()) {
            int unread = opened.unread();
            b.append("<div id=\"file-problems-box\" data-keep=\"").append(opened.workbook()).append("\" data-unread=\"")
                    .append(unread).append("\"><p id=\"file-problems-note\">");
            if (unread > 0) {
                b.append(esc(count(unread, "error") + " in rows of " + opened.name() + ": what "
                        + (unread == 1 ? "it is about is" : "they are about is") + " not on this page (a row with an"
                        + " error is left out). Fix the workbook and open it again, or add what is missing here:"
                        + " saving leaves it out only when you say so."));
            } else {
                b.append(esc("In " + opened.name() + " as it was opened (its own " + (opened.workbook() ? "cells" : "lines")
                        + "):"));
            }
            b.append("</p><ul id=\"file-problems\">");
            for (Problem p : opened.problems()) {
                b.append("<li class=\"").append(p.isError() ? "error" : "warning").append("\">")
                        .append(esc(p.toString())).append("</li>");
            }
            b.append("</ul></div>");
        }
        b.append("<ul id=\"problems\">");
        for (int i = 0; i < general.size(); i++) {
            b.append("<li class=\"").append(severities.get(i)).append("\">").append(esc(general.get(i))).append("</li>");
        }
        b.append("</ul>");
        if (rawText != null) {
            b.append("<p>The file could not be read as a PLN file, so it is shown as it is. Nothing is written until you "
                            + "save; the file is kept as <code>.bak</code> on the first save.</p>")
                    .append("<label for=\"raw\">The file as it is</label><textarea id=\"raw\" readonly rows=\"12\">")
                    .append(esc(rawText)).append("</textarea>");
        }
        // the fields of the file the form does not show: carried by the page and written back as they were
        b.append("</div>\n<div id=\"extras\" hidden data-participant=\"").append(esc(d.extraJson("participant")))
                .append("\" data-top=\"").append(esc(d.extraJson(""))).append("\"></div>\n");
        b.append("<fieldset class=\"me\"><legend><h2>Me</h2></legend>\n<div class=\"grid\">");
        for (String[] f : ME) {
            String key = "participant." + f[0];
            b.append("<div class=\"field\"><label for=\"p-").append(f[0]).append("\">").append(esc(f[1])).append("</label>")
                    .append("<input type=\"text\" id=\"p-").append(f[0]).append("\" data-key=\"").append(key)
                    .append("\" value=\"").append(esc(d.participant.getOrDefault(f[0], ""))).append("\"")
                    .append(f[0].equals("topics") ? " list=\"my-topics\"" : "")
                    .append(" aria-describedby=\"p-").append(f[0]).append("-help p-").append(f[0]).append("-err\"")
                    .append(at.containsKey(key) ? " aria-invalid=\"true\"" : "").append(">")
                    .append("<p class=\"help\" id=\"p-").append(f[0]).append("-help\">").append(esc(f[2])).append("</p>");
            err(b, "p-" + f[0], at.get(key));
            b.append("</div>");
        }
        b.append("</div></fieldset>\n<h2 id=\"connections-heading\">My connections</h2>\n")
                .append("<p class=\"help\">The people, organizations and resources I learn from. Choose a category for each:"
                        + " the map shows which categories are still empty.</p>\n<div id=\"connections\">\n");
        List<String> cids = connectionIds(d, e.pln());
        for (int i = 0; i < d.connections.size(); i++) {
            connection(b, "c" + i, i + 1, d.connections.get(i), prefixed(at, "connections." + i + "."), helps,
                    d.extraJson("connections." + i), cids.get(i));
        }
        b.append("</div>\n<p><button type=\"button\" id=\"add-connection\">Add a connection</button></p>\n")
                .append("<h2 id=\"links-heading\">Who knows whom</h2>\n<p class=\"help\">Two of my connections who know each other"
                        + " (by their id: the name in small letters with dashes, e.g. jane-kim).</p>\n<div id=\"links\">\n");
        for (int i = 0; i < d.links.size(); i++) {
            link(b, "l" + i, i + 1, d.links.get(i), prefixed(at, "links." + i + "."), d.extraJson("links." + i));
        }
        b.append("</div>\n<p><button type=\"button\" id=\"add-link\">Add two who know each other</button></p>\n")
                .append("<datalist id=\"my-topics\">");
        for (String t : Draft.items(d.participant.getOrDefault("topics", ""))) {
            if (!t.isBlank()) {
                b.append("<option value=\"").append(esc(t.strip())).append("\"></option>");
            }
        }
        b.append("</datalist>\n");
    }

    private static Map<String, List<Problem>> prefixed(Map<String, List<Problem>> at, String prefix) {
        Map<String, List<Problem>> m = new java.util.HashMap<>();
        at.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                m.put(k.substring(prefix.length()), v);
            }
        });
        return m;
    }

    private static void err(StringBuilder b, String id, List<Problem> ps) {
        b.append("<p class=\"err\" id=\"").append(id).append("-err\">");
        if (ps != null) {
            b.append(esc(String.join(" ", ps.stream().map(Problem::message).toList())));
        }
        b.append("</p>");
    }

    /** One connection's card; {@code id} prefixes its controls' ids ({@code __N__} in the template). */
    void connection(StringBuilder b, String id, int number, Map<String, String> v, Map<String, List<Problem>> at,
                    Map<String, String> helps, String extra, String connectionId) {
        String name = v.getOrDefault("name", "");
        b.append("<fieldset class=\"connection\" id=\"").append(id).append("\" data-cid=\"").append(esc(connectionId))
                .append("\" data-extra=\"").append(esc(extra)).append("\"><legend>Connection <span class=\"num\">")
                .append(number == 0 ? "" : number).append("</span><span class=\"who\">")
                .append(name.isBlank() ? "" : ": " + esc(name)).append("</span></legend>\n<div class=\"grid\">");
        for (String f : Draft.CONNECTION_FIELDS) {
            String cid = id + "-" + f;
            String val = v.getOrDefault(f, "");
            b.append("<div class=\"field f-").append(f.replace('_', '-')).append("\"><label for=\"").append(cid).append("\">")
                    .append(esc(LABELS.get(f))).append("</label>");
            String describedBy = cid + "-err" + (f.equals("category") ? " " + cid + "-help" : "");
            String common = " id=\"" + cid + "\" data-f=\"" + f + "\" aria-describedby=\"" + describedBy + "\""
                    + (at.containsKey(f) ? " aria-invalid=\"true\"" : "");
            switch (f) {
                case "kind" -> select(b, common, val, Arrays.stream(Kind.values()).map(k -> new String[] {k.id(), k.id()}).toList(), null);
                case "category" -> categorySelect(b, common, val, helps);
                case "frequency" -> select(b, common, val,
                        Arrays.stream(Frequency.values()).map(k -> new String[] {k.id(), k.id()}).toList(), null);
                case "participation" -> select(b, common, val,
                        Arrays.stream(Participation.values()).map(k -> new String[] {k.id(), k.id()}).toList(), null);
                case "gives_back", "wants_more" -> select(b, common, val,
                        List.of(new String[] {"yes", "yes"}, new String[] {"no", "no"}), null);
                default -> b.append("<input type=\"text\"").append(common)
                        .append(f.equals("value") ? " inputmode=\"numeric\"" : "")
                        .append(f.equals("topics") ? " list=\"my-topics\"" : "")
                        .append(" value=\"").append(esc(val)).append("\">");
            }
            if (f.equals("category")) {
                b.append("<p class=\"help\" id=\"").append(cid).append("-help\">")
                        .append(esc(taxonomy.resolve(val).map(c -> helps.get(c.id())).orElse("Choose where this source belongs.")))
                        .append("</p>");
            }
            err(b, cid, at.get(f));
            b.append("</div>");
        }
        b.append("</div>\n<button type=\"button\" class=\"remove\" aria-label=\"Remove connection ")
                .append(number == 0 ? "" : number).append(name.isBlank() ? "" : " " + esc(name))
                .append("\">Remove</button>\n</fieldset>\n");
    }

    /** A category's line of help: the lesson's description and these examples. */
    static String help(Category c, List<String> examples) {
        String ex = examples.isEmpty() ? "" : " For example: " + String.join("; ", examples) + ".";
        return (c.description().isBlank() ? c.label() + "." : c.description()) + ex;
    }

    private void categorySelect(StringBuilder b, String common, String val, Map<String, String> helps) {
        String chosen = taxonomy.resolve(val).map(Category::id).orElse(val);
        b.append("<select").append(common).append("><option value=\"\"></option>");
        boolean known = chosen.isEmpty();
        for (Category c : taxonomy.categories()) {
            boolean sel = c.id().equals(chosen);
            known |= sel;
            b.append("<option value=\"").append(esc(c.id())).append("\" data-help=\"").append(esc(helps.get(c.id()))).append("\"")
                    .append(sel ? " selected" : "").append(">").append(esc(c.label())).append("</option>");
        }
        if (!known) {
            b.append("<option value=\"").append(esc(val)).append("\" selected>").append(esc(val)).append(" (not a category)</option>");
        }
        b.append("</select>");
    }

    private static void select(StringBuilder b, String common, String val, List<String[]> options, String unused) {
        String v = val.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("y")) {
            v = options.size() == 2 ? "yes" : v;
        } else if (v.equals("false") || v.equals("n")) {
            v = options.size() == 2 ? "no" : v;
        }
        b.append("<select").append(common).append("><option value=\"\"></option>");
        boolean known = v.isEmpty();
        for (String[] o : options) {
            boolean sel = o[0].equals(v);
            known |= sel;
            b.append("<option value=\"").append(esc(o[0])).append("\"").append(sel ? " selected" : "").append(">")
                    .append(esc(o[1])).append("</option>");
        }
        if (!known) {
            b.append("<option value=\"").append(esc(val)).append("\" selected>").append(esc(val)).append("</option>");
        }
        b.append("</select>");
    }

    void link(StringBuilder b, String id, int number, Map<String, String> v, Map<String, List<Problem>> at,
              String extra) {
        b.append("<fieldset class=\"link\" id=\"").append(id).append("\" data-extra=\"").append(esc(extra))
                .append("\"><legend>Link <span class=\"num\">")
                .append(number == 0 ? "" : number).append("</span></legend><div class=\"grid\">");
        for (String f : Draft.LINK_FIELDS) {
            String cid = id + "-" + f;
            b.append("<div class=\"field\"><label for=\"").append(cid).append("\">").append(LABELS.get(f)).append("</label>")
                    .append("<input type=\"text\" id=\"").append(cid).append("\" data-f=\"").append(f)
                    .append("\" list=\"connection-ids\" aria-describedby=\"").append(cid).append("-err\"")
                    .append(at.containsKey(f) ? " aria-invalid=\"true\"" : "")
                    .append(" value=\"").append(esc(v.getOrDefault(f, ""))).append("\">");
            err(b, cid, at.get(f));
            b.append("</div>");
        }
        b.append("</div><button type=\"button\" class=\"remove\" aria-label=\"Remove link ").append(number == 0 ? "" : number)
                .append("\">Remove</button></fieldset>\n");
    }

    /**
     * Each connection's id in the form's order, as links name it: the reader's when the draft reads as a PLN with
     * every connection, else the id typed, else the slug of the name ("" for a connection with neither).
     */
    static List<String> connectionIds(Draft d, Optional<org.plnkit.core.model.Pln> pln) {
        if (pln.isPresent() && pln.get().connections().size() == d.connections.size()) {
            return pln.get().connections().stream().map(org.plnkit.core.model.Connection::id).toList();
        }
        List<String> out = new ArrayList<>();
        for (Map<String, String> c : d.connections) {
            String id = c.getOrDefault("id", "").strip();
            String n = c.getOrDefault("name", "");
            out.add(!id.isEmpty() ? id : n.isBlank() ? "" : Text.slug(n));
        }
        return out;
    }

    /** The connection ids a link can name: each connection's id, else the slug of its name. */
    static Set<String> ids(Draft d) {
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, String> c : d.connections) {
            String id = c.getOrDefault("id", "");
            if (id.isBlank()) {
                String n = c.getOrDefault("name", "");
                id = n.isBlank() ? "" : Text.slug(n);
            }
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }
}
