package org.plnkit.report.run;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.analysis.plan.SuggestionSource;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.district.DistrictHints;
import org.plnkit.report.map.CohortMapOptions;

/**
 * How a {@link DistrictRun} reads, analyses and writes a cohort. Immutable; made with {@link #builder()}, changed
 * with {@link #toBuilder()}.
 *
 * <pre>{@code
 * DistrictOptions o = DistrictOptions.builder()
 *         .asOf(LocalDate.of(2026, 11, 1))
 *         .threads(4)
 *         .perParticipant(true)
 *         .build();
 * }</pre>
 *
 * @param taxonomy       the categories the cohort is read and assessed with
 * @param limits         the input limits of the reader
 * @param strict         any error in the input stops the run before anything is written
 * @param asOf           the date every participant is assessed as of; empty: each participant's own as_of, else
 *                       {@code today}
 * @param today          the date for participants without as_of when no {@code asOf} is given (never read from a
 *                       clock inside the run, so that a run can be repeated)
 * @param threads        how many threads analyse and write (1 to {@value #MAX_THREADS}); results do not depend on it
 * @param groupBy        the discs of the cohort map
 * @param showNames      name participants and shared people in the district outputs (anonymous by default)
 * @param anonymize      anonymize people everywhere: also in the participants' reports and in the problems as
 *                       {@link District#problemLines} shows them; not with {@code showNames}
 * @param perParticipant also write every participant's own report ({@link DistrictRun#PARTICIPANTS})
 * @param reportFormats  the files of each participant's report
 * @param overwrite      replace outputs that exist
 * @param suggestions    where the participants' action plans find what to add, before what their peers use
 *                       (default: the starter resource directory, {@code ResourceDirectory.starter})
 * @param resourcesFile  the district's own resource directory, when one was given: the district workbook lists its
 *                       entries that no participant names yet
 * @param hints          the front end's own words for what the district workbook tells its reader to ask for (its
 *                       options); {@link DistrictHints#NONE} by default: the toolkit's own terms
 *
 * @since 0.1.0
 */
public record DistrictOptions(Taxonomy taxonomy, Limits limits, boolean strict, Optional<LocalDate> asOf,
                              LocalDate today, int threads, CohortMapOptions.GroupBy groupBy, boolean showNames,
                              boolean anonymize, boolean perParticipant, Set<ReportFormat> reportFormats,
                              boolean overwrite, SuggestionSource suggestions,
                              Optional<ResourcesFile> resourcesFile, DistrictHints hints) {
    /** The most threads a run takes. */
    public static final int MAX_THREADS = 256;

    public DistrictOptions {
        Components.requireNonNull(DistrictOptions.class, taxonomy, limits, strict, asOf, today, threads, groupBy,
                showNames, anonymize, perParticipant, reportFormats, overwrite, suggestions, resourcesFile, hints);
        if (reportFormats.isEmpty()) {
            throw new IllegalArgumentException("at least one report format is needed");
        }
        reportFormats = Collections.unmodifiableSet(EnumSet.copyOf(reportFormats));
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
        if (showNames && anonymize) {
            throw new IllegalArgumentException("anonymize and showNames cannot be used together");
        }
    }

    /** The defaults: see {@link Builder}. */
    public static DistrictOptions defaults() {
        return builder().build();
    }

    /**
     * A builder with the defaults: the default taxonomy and limits, not strict, each participant's as_of, today
     * from the system clock, one thread per processor, discs by school, anonymous district outputs, no participant
     * reports (all formats when asked), no overwriting.
     */
    /**
     * A district's own resource directory.
     *
     * @param file    the file as the user named it
     * @param entries its entries, in the file's order
     */
    public record ResourcesFile(String file, List<Suggestion> entries) {
        public ResourcesFile {
            Objects.requireNonNull(file, "file");
            entries = List.copyOf(entries);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options (set through its setters, as if built anew). */
    public Builder toBuilder() {
        Builder b = new Builder().taxonomy(taxonomy).limits(limits).strict(strict).asOf(asOf.orElse(null))
                .today(today).threads(threads).groupBy(groupBy).showNames(showNames).anonymize(anonymize)
                .perParticipant(perParticipant).reportFormats(reportFormats).overwrite(overwrite)
                .suggestions(suggestions).hints(hints);
        b.resourcesFile = resourcesFile;
        return b;
    }

    /** Builds {@link DistrictOptions}; each setter returns the builder. */
    public static final class Builder {
        private Taxonomy taxonomy = Taxonomy.defaults();
        private Limits limits = Limits.DEFAULT;
        private boolean strict;
        private Optional<LocalDate> asOf = Optional.empty();
        private LocalDate today = LocalDate.now();
        private int threads = Runtime.getRuntime().availableProcessors();
        private CohortMapOptions.GroupBy groupBy = CohortMapOptions.GroupBy.SCHOOL;
        private boolean showNames;
        private boolean anonymize;
        private boolean perParticipant;
        private Set<ReportFormat> reportFormats = EnumSet.allOf(ReportFormat.class);
        private boolean overwrite;
        private SuggestionSource suggestions;
        private Optional<ResourcesFile> resourcesFile = Optional.empty();
        private DistrictHints hints = DistrictHints.NONE;

        private Builder() {
        }

        public Builder taxonomy(Taxonomy t) { taxonomy = t; return this; }
        public Builder limits(Limits l) { limits = l; return this; }
        public Builder strict(boolean s) { strict = s; return this; }
        /** The date to assess every participant as of; {@code null} for each participant's own. */
        public Builder asOf(LocalDate d) { asOf = Optional.ofNullable(d); return this; }
        public Builder today(LocalDate d) { today = d; return this; }
        public Builder threads(int n) { threads = n; return this; }
        public Builder groupBy(CohortMapOptions.GroupBy g) { groupBy = g; return this; }
        public Builder showNames(boolean s) { showNames = s; return this; }
        public Builder anonymize(boolean a) { anonymize = a; return this; }
        public Builder perParticipant(boolean p) { perParticipant = p; return this; }
        public Builder reportFormats(Set<ReportFormat> f) { reportFormats = f; return this; }
        public Builder overwrite(boolean o) { overwrite = o; return this; }
        public Builder suggestions(SuggestionSource s) { suggestions = s; return this; }
        /** A front end's own words for what the district workbook tells its reader to ask for (its options). */
        public Builder hints(DistrictHints h) { hints = h; return this; }
        /** The district's own resource directory as read from {@code file} (its entries, without the starter's). */
        public Builder resourcesFile(String file, List<Suggestion> entries) {
            resourcesFile = Optional.of(new ResourcesFile(file, entries));
            return this;
        }

        /** @throws IllegalArgumentException when the options do not go together (see {@link DistrictOptions}) */
        public DistrictOptions build() {
            return new DistrictOptions(taxonomy, limits, strict, asOf, today, threads, groupBy, showNames, anonymize,
                    perParticipant, reportFormats, overwrite,
                    suggestions != null ? suggestions : ResourceDirectory.starter(taxonomy), resourcesFile, hints);
        }
    }
}
