/**
 * Files in and out of OpenRoster: the problem as JSON (read and written, format version 1, with a
 * JSON Schema at {@code org/openroster/io/problem.schema.json}), the roster as JSON (written, and its
 * assignments read back) and as CSV for spreadsheets, and the audit report and a solve's figures as
 * JSON.
 *
 * <p>The entry points are {@link org.openroster.io.ProblemJson}, {@link org.openroster.io.RosterJson},
 * {@link org.openroster.io.RosterCsv} and {@link org.openroster.io.ReportJson}; {@link
 * org.openroster.io.ScoreModule} lets any Jackson 3 mapper read and write scores as text.
 *
 * <p>Reading is strict and fails only with {@link org.openroster.io.InvalidInputException}, whose
 * one-line message names the field as a JSON path and the offending value. Writing goes through a
 * temporary file moved into place, so a failure never leaves a half-written file. The model stays
 * free of Jackson: the files' shapes are package-private records mapped to and from it.
 */
package org.openroster.io;
