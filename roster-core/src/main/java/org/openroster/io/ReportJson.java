package org.openroster.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.openroster.audit.AuditReport;
import org.openroster.audit.AuditSummary;
import org.openroster.audit.DayDelivery;
import org.openroster.audit.PersonHours;
import org.openroster.audit.Refusal;
import org.openroster.audit.RuleTotal;
import org.openroster.audit.StaffingInterval;
import org.openroster.audit.Violation;
import org.openroster.solver.SolveStats;

/**
 * Writes the outputs people and dashboards read: an audit report ({@code {"formatVersion": 1,
 * "summary", "violations", "days", "rules", "staffing", "people"}}, every field of the audit's
 * records, the summary's {@code contracts} by kind included, instants as ISO text, absent values left
 * out) and a solve's figures ({@code {"formatVersion": 1, "secondsSpent",
 * ...}}, every field of {@link SolveStats}). Both are output only; nothing reads them back.
 */
public final class ReportJson {

    /** Format version of the audit and solve stats files. */
    public static final int VERSION = 1;

    private ReportJson() {}

    record AuditFile(
            int formatVersion,
            AuditSummary summary,
            List<Violation> violations,
            List<DayDelivery> days,
            List<RuleTotal> rules,
            List<StaffingInterval> staffing,
            List<PersonHours> people,
            List<String> advisories) {}

    record StatsFile(
            int formatVersion,
            double secondsSpent,
            double secondsToFirstFeasible,
            String bestScore,
            long scoreCalculationSpeed,
            long moveEvaluationSpeed,
            long scoreCalculationCount,
            long peakHeapMb) {}

    /** The audit report as JSON text. */
    public static String toJson(AuditReport report) {
        Objects.requireNonNull(report, "report");
        return JsonSupport.write(new AuditFile(
                VERSION,
                report.summary(),
                report.violations(),
                report.days(),
                report.rules(),
                report.staffing(),
                report.people(),
                report.advisories()));
    }

    /** Self-rostering choices not kept, with their reasons, as JSON text. */
    public static String toJson(List<Refusal> refusals) {
        Objects.requireNonNull(refusals, "refusals");
        return JsonSupport.write(new RefusalsFile(VERSION, refusals.size(), refusals));
    }

    /** Writes the refusals to a file, atomically. */
    public static void writeRefusals(List<Refusal> refusals, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.writeString(file, toJson(refusals));
    }

    /** The refusals file: how many choices were refused and each with its reason. */
    record RefusalsFile(int formatVersion, int refused, List<Refusal> refusals) {}

    /** A solve's figures as JSON text. */
    public static String toJson(SolveStats stats) {
        Objects.requireNonNull(stats, "stats");
        return JsonSupport.write(new StatsFile(
                VERSION,
                stats.secondsSpent(),
                stats.secondsToFirstFeasible(),
                stats.bestScore(),
                stats.scoreCalculationSpeed(),
                stats.moveEvaluationSpeed(),
                stats.scoreCalculationCount(),
                stats.peakHeapMb()));
    }

    /**
     * Writes the audit report to a file, atomically.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(AuditReport report, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.writeString(file, toJson(report));
    }

    /**
     * Writes a solve's figures to a file, atomically.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(SolveStats stats, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.writeString(file, toJson(stats));
    }
}
