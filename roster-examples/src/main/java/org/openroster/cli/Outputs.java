package org.openroster.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openroster.audit.AuditReport;
import org.openroster.audit.Refusal;
import org.openroster.io.AtomicFiles;
import org.openroster.io.ReportJson;
import org.openroster.io.RosterCsv;
import org.openroster.io.RosterJson;
import org.openroster.report.HtmlReport;
import org.openroster.solver.Roster;
import org.openroster.solver.SolveStats;

/** Writes what every solve leaves in its output directory; each file is written atomically. */
final class Outputs {

    private Outputs() {}

    static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the output directory (" + dir + ").", e);
        }
    }

    /**
     * roster.json, roster.csv, audit.json, report.html; for a solve, solve-stats.json; under
     * self-rostering, refusals.json (each choice not kept, with its reason).
     */
    static void write(Path dir, Roster roster, AuditReport audit, SolveStats stats, List<Refusal> refusals) {
        createDirectory(dir);
        RosterJson.write(roster, dir.resolve("roster.json"));
        RosterCsv.write(roster, dir.resolve("roster.csv"));
        ReportJson.write(audit, dir.resolve("audit.json"));
        if (stats != null) {
            ReportJson.write(stats, dir.resolve("solve-stats.json"));
        }
        if (refusals != null) {
            ReportJson.writeRefusals(refusals, dir.resolve("refusals.json"));
        }
        AtomicFiles.writeString(dir.resolve("report.html"), HtmlReport.render(roster, audit, stats));
    }
}
