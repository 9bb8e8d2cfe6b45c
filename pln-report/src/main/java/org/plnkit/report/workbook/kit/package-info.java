/**
 * The workbook toolkit shared by the participant workbook, the district workbook and the organizer template: safe
 * cell text ({@link org.plnkit.report.workbook.kit.CellText}), cell writing ({@link
 * org.plnkit.report.workbook.kit.Cells}), one set of styles ({@link org.plnkit.report.workbook.kit.Styles}) and fixed
 * document properties ({@link org.plnkit.report.workbook.kit.DocumentProperties}); new workbooks, saved with the
 * package's own XML written as text, POI's bytes ({@link org.plnkit.report.workbook.kit.XssfWorkbooks}).
 */
package org.plnkit.report.workbook.kit;
