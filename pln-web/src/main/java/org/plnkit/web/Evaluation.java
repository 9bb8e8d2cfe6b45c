package org.plnkit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.health.Voice;
import org.plnkit.core.privacy.Anonymity;
import org.plnkit.core.model.Pln;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.MapOptions;
import org.plnkit.report.map.PlnMap;

/**
 * A draft checked and, when it has no errors, assessed and drawn: what the page shows after every change.
 *
 * @param draft    what was checked
 * @param problems every problem, as {@code pln validate} words it
 * @param atField  the form field of each problem that has one (same index as {@code problems}), else null
 * @param pln      the PLN when there are no errors
 * @param report   its assessment (not anonymized), when there is a PLN
 */
record Evaluation(Draft draft, List<Problem> problems, List<String> atField, Optional<Pln> pln,
                  Optional<ParticipantReport> report) {

    /** Checks a draft with the same reader as {@code pln validate}, then assesses it as {@code pln assess} does. */
    static Evaluation of(Draft draft, String fileName, StudioOptions o) {
        Draft.Rendered r = draft.yaml();
        // the form is checked as YAML whatever the file's own format (the reader reads a .json name as JSON)
        String name = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? fileName.substring(0, fileName.length() - 5) + ".yaml" : fileName;
        ReadResult<Pln> read = new ParticipantFileReader(o.taxonomy(), o.limits()).read(name, r.bytes());
        List<String> at = new ArrayList<>();
        for (Problem p : read.problems()) {
            at.add(r.fieldAt(p.place().line(), p.place().field()).orElse(null));
        }
        // the page speaks as the teacher ("my PLN"): so do its health explanations ("my engagement"); the downloads
        // keep pln assess's words
        Optional<ParticipantReport> report = read.value().map(p -> report(p, o, Anonymity.NONE, Voice.I));
        return new Evaluation(draft, read.problems(), at, read.value(), report);
    }

    /** The assessment of a PLN as {@code pln assess} makes it: as of the participant's as_of, else today. */
    static ParticipantReport report(Pln pln, StudioOptions o, Anonymity anonymize) {
        return report(pln, o, anonymize, Voice.YOU);
    }

    /** The same, with the health score's explanations in the given voice. */
    static ParticipantReport report(Pln pln, StudioOptions o, Anonymity anonymize, Voice voice) {
        LocalDate asOf = pln.participant().asOf().orElseGet(() -> LocalDate.now(o.clock()));
        return ParticipantReport.of(pln, AssessmentOptions.defaults().withTaxonomy(o.taxonomy())
                .withSuggestions(o.suggestions()).withAsOf(asOf).withVoice(voice),
                anonymize);
    }

    /**
     * A problem as the page lists it: its place in the form's own terms ("connection 2 'Jane Kim', field frequency"),
     * never a line of the file the studio writes to check the form (the teacher never sees that file).
     */
    String text(int i) {
        Problem p = problems.get(i);
        String where = where(draft, atField.get(i), p.place().field());
        return (where.isEmpty() ? "" : where + ": ") + p.severity().id() + ": " + p.message();
    }

    /** The place of a form field in words: "me, field id", "connection 2 'Jane Kim', field value", "link 1 (a, b)". */
    static String where(Draft d, String key, String placeField) {
        if (key == null) {
            return "";
        }
        String[] k = key.split("\\.");
        String field = placeField != null && !placeField.isBlank() ? placeField : k.length > 2 ? k[2] : null;
        if (k[0].equals("participant")) {
            field = placeField != null && !placeField.isBlank() ? placeField : k.length > 1 ? k[1] : null;
            return "me" + (field == null ? "" : ", field " + field);
        }
        if (k.length < 2 || !k[1].matches("[0-9]+")) {
            return "";
        }
        int i = Integer.parseInt(k[1]);
        String what;
        if (k[0].equals("connections") && i < d.connections.size()) {
            String name = d.connections.get(i).getOrDefault("name", "").strip();
            what = "connection " + (i + 1) + (name.isEmpty() ? "" : " '" + name + "'");
        } else if (k[0].equals("links") && i < d.links.size()) {
            Map<String, String> l = d.links.get(i);
            what = "link " + (i + 1) + " (" + l.getOrDefault("from", "?").strip() + " \u2013 "
                    + l.getOrDefault("to", "?").strip() + ")";
            // a link's problem is about the link (the reader places it at its first line), unless it names a field
            field = placeField != null && !placeField.isBlank() ? placeField : null;
        } else {
            return "";
        }
        return what + (field == null ? "" : ", field " + field);
    }

    long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    /** The size of the map on the page: square, so that it fills the column without a legend beside it. */
    static final int PAGE_MAP_SIZE = 800;

    /**
     * The map as the page shows it (SVG): as {@code pln map --no-legend --size 800x800} draws it, with the report's
     * other options; the page writes the legend as text under it ({@link #legendHtml}), readable at any width. The
     * downloads and {@code /api/map.svg} keep the map with its legend, as {@code pln map} draws it.
     */
    static String svg(ParticipantReport r) {
        MapOptions page = r.mapOptions().toBuilder().legend(false).size(PAGE_MAP_SIZE, PAGE_MAP_SIZE).build();
        return new String(PlnMap.render(r.pln(), page, Format.SVG), StandardCharsets.UTF_8);
    }

    /** The map's legend as HTML, for under the map. */
    static String legendHtml(ParticipantReport r) {
        return MapLegendHtml.of(PlnMap.legend(r.pln(), r.mapOptions()));
    }

    static String altText(ParticipantReport r) {
        MapOptions mo = r.mapOptions();
        return PlnMap.altText(r.pln(), mo);
    }

    /** Problems by form field, in the order found (a field can have several). */
    Map<String, List<Problem>> byField() {
        Map<String, List<Problem>> m = new TreeMap<>();
        for (int i = 0; i < problems.size(); i++) {
            if (atField.get(i) != null) {
                m.computeIfAbsent(atField.get(i), k -> new ArrayList<>()).add(problems.get(i));
            }
        }
        return m;
    }
}
