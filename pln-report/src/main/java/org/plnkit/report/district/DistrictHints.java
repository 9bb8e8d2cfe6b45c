package org.plnkit.report.district;

import java.util.Objects;

/**
 * A front end's own words for what the district workbook tells its reader to ask for: names instead of numbers, the
 * support key, the district's resource directory, the problems with names. Each is empty by default, and the workbook
 * then says it in the toolkit's own terms ("People are anonymized: participants by number."); a front end with
 * options passes them, so that its workbook names them ({@code pln cohort} gives {@code "run with --show-names for
 * names"}, …). A library never names the options of one front end.
 *
 * <pre>{@code
 * DistrictHints hints = DistrictHints.NONE.withShowNames("switch on Show names for names");
 * DistrictInput in = DistrictInput.of("cohort.xlsx", "2026-11-01").withHints(hints);
 * }</pre>
 *
 * @param showNames  after "People are anonymized: participants by number", in parentheses: how to have names
 *                   ("run with --show-names for names")
 * @param supportKey after "Participants are shown by number;" on Needs support: what says who is who
 *                   ("pln cohort --support-key FILE writes who is who"); empty: "a support key, written only on
 *                   request, says who is who"
 * @param resources  how to give the district's resource directory ("run pln cohort with --resources FILE"); empty:
 *                   "give the district's resource directory"
 * @param validate   after "Names are hidden here (…);" on Input problems: what shows them ("pln validate
 *                   cohort.xlsx shows them"); empty: "the input itself shows them"
 *
 * @since 0.1.0
 */
public record DistrictHints(String showNames, String supportKey, String resources, String validate) {
    /** No front-end words: the workbook says everything in the toolkit's own terms. */
    public static final DistrictHints NONE = new DistrictHints("", "", "", "");

    public DistrictHints {
        Objects.requireNonNull(showNames, "showNames");
        Objects.requireNonNull(supportKey, "supportKey");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(validate, "validate");
    }

    public DistrictHints withShowNames(String words) {
        return new DistrictHints(words, supportKey, resources, validate);
    }

    public DistrictHints withSupportKey(String words) {
        return new DistrictHints(showNames, words, resources, validate);
    }

    public DistrictHints withResources(String words) {
        return new DistrictHints(showNames, supportKey, words, validate);
    }

    public DistrictHints withValidate(String words) {
        return new DistrictHints(showNames, supportKey, resources, words);
    }

    /** {@code words}, or {@code otherwise} when they are empty. */
    static String or(String words, String otherwise) {
        return words.isEmpty() ? otherwise : words;
    }
}
