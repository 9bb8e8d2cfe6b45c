package org.plnkit.core.read;

/**
 * The three ways a cohort can be given, per the input contract.
 *
 * <pre>{@code
 * CohortReader.formatOf(Path.of("cohort.xlsx"));   // Optional[WORKBOOK]
 * CohortReader.formatOf(Path.of("cohort-csv/"));   // Optional[CSV_FOLDER] when it holds connections.csv
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CohortFormat {
    /** An {@code .xlsx} workbook with the sheets Participants and Connections. */
    WORKBOOK,
    /** A folder with {@code connections.csv} and usually {@code participants.csv}. */
    CSV_FOLDER,
    /** A folder of participant files ({@code .yaml}, {@code .yml}, {@code .json}), one per participant. */
    PARTICIPANT_FOLDER
}
