/**
 * The readers and validators of every input format (participant files, cohorts in a workbook, CSV files or a folder,
 * taxonomies), with their limits: every problem reported at once with its place, never a stack trace.
 *
 * <p><strong>Stable API</strong> from 0.1.0: the readers ({@code ParticipantFileReader}, {@code CohortReader},
 * {@code TaxonomyReader}), {@code ReadResult}, {@code Limits} and {@code Limit} (which limit a problem is about),
 * {@code CohortReading} with its {@code CohortFormat} and {@code RowCounts}. The helpers the readers share with the
 * other modules of the toolkit live in {@code org.plnkit.core.read.internal}, which is not API;
 * {@code BundledTaxonomy} is a service provider, not API.
 *
 * <p>Which library reads what in a cohort workbook ({@code .xlsx}), and why: the package (the zip, its content
 * types and relationships, the list of sheets) is opened by the reader's own code with the JDK's zip support when
 * it has the plain shape spreadsheet programs write, keeping Apache POI's zip-bomb guards (inflate ratio, largest
 * entry) as POI applies them, because POI's {@code OPCPackage} cost a fresh JVM half a second of class loading;
 * any other package (unusual, hostile or broken) is opened by POI, whose checks and problems are kept as they
 * were. The sheets, shared strings, number formats and settings are parsed by the reader's own StAX loop (Aalto
 * when it is on the class path, else the JDK's parser), which replaced POI's SAX reading path
 * ({@code XSSFSheetXMLHandler}); POI still decides which number formats are dates ({@code DateUtil}), names
 * Excel's built-in formats and decodes {@code _xHHHH_} escapes, and writes every workbook the toolkit makes.
 * POI is an optional dependency of this module: without it, workbooks are refused with a clear problem and CSV
 * cohorts are read as before.
 *
 * @since 0.1.0
 */
package org.plnkit.core.read;
