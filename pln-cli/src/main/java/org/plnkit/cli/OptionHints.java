package org.plnkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plnkit.core.problem.Problem;
import org.plnkit.report.district.DistrictHints;

/**
 * The options of {@code pln} that carry out the remedies the libraries say in their own terms: a problem whose code
 * says "set a default kind" gets {@code (--default kind=person)}; the district workbook's "give the district's
 * resource directory" becomes "run pln cohort with --resources FILE". The libraries never name an option (an
 * embedder and the studio have none), so the command line adds them here, keyed by {@link
 * org.plnkit.core.problem.ProblemCode}; what {@code pln} prints and writes reads as before.
 *
 * <pre>{@code
 * OptionHints.add(problems)   // each problem whose remedy is an option, with the option noted after it
 * }</pre>
 */
final class OptionHints {
    private OptionHints() {
    }

    /** The problems, each whose remedy is an option of {@code pln} followed by that option. */
    static List<Problem> add(List<Problem> problems) {
        if (problems.stream().allMatch(p -> option(p).isEmpty())) {
            return problems;
        }
        return problems.stream().map(p -> option(p).map(p::withNote).orElse(p)).toList();
    }

    /**
     * The words that follow the problem's message to name the option of its remedy; none when it has none. They
     * quote nothing from the input, so that an anonymized output can keep them.
     */
    static Optional<String> option(Problem p) {
        return Optional.ofNullable(switch (p.code()) {
            case ORGANIZER_OTHER_TAXONOMY -> ", --taxonomy FILE";
            case IMPORT_OTHER_TAXONOMY -> " (--taxonomy FILE)";
            case IMPORT_UNMAPPED -> " (--map \"NAME=FIELD\" or a mapping file)";
            case IMPORT_EGO_HINT -> " (--ego NODE, or ego_node in a mapping file)";
            case IMPORT_NODE_NO_KIND, IMPORT_NO_KIND -> " (--default kind=person)";
            case IMPORT_NODE_NO_CATEGORY, IMPORT_NO_CATEGORY -> " (--default category=ID)";
            case IMPORT_NODE_NO_NAME -> p.args().get(1).value().isEmpty() ? null : " (--map \"ATTRIBUTE=name\")";
            case IMPORT_NO_PARTICIPANT_ID -> " (--participant-id)";
            case IMPORT_SEVERAL_NETWORKS -> " (--all, or --network ID)";
            case NETWORK_CANVAS_SEVERAL_INTERVIEWS -> " (--ego CASE_ID)";
            case IMPORT_EDGE_LIST_ONLY, IMPORT_EDGE_LIST_ONLY_IGNORED -> ": pln import nodes.csv edges.csv";
            default -> null;
        });
    }

    /** How the district workbook of {@code pln cohort INPUT} names the options that give what it mentions. */
    static DistrictHints district(Path input) {
        return new DistrictHints("run with --show-names for names", "pln cohort --support-key FILE writes who is who",
                "run pln cohort with --resources FILE", "pln validate " + input + " shows them");
    }
}
