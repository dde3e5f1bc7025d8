package org.openroster.bench.curtois;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openroster.audit.AuditReport;
import org.openroster.audit.RosterAudit;
import org.openroster.bench.curtois.CurtoisObjective.Duty;
import org.openroster.bench.curtois.CurtoisObjective.Evaluation;
import org.openroster.model.Problem;
import org.openroster.solver.Assignment;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;
import org.openroster.solver.SolveResult;

/**
 * Solves benchmark instances one after another, each on one thread, and judges every roster three
 * ways: the solver's score, {@link RosterAudit}'s re-check and the benchmark's own
 * {@link CurtoisObjective}. The three must agree; a result where they do not is flagged.
 */
public final class CurtoisBenchmark {

    /** The header of {@code results.csv}. */
    public static final String CSV_HEADER = "instance,seed,seconds,hard_violations,objective,best_known,gap_pct";

    /**
     * One solve.
     *
     * @param bestKnown the best known objective, or null when unknown
     * @param solverScore the solver's best score
     * @param auditScore {@link RosterAudit}'s score of the same roster
     * @param disagreement why the three judgements disagree, or null when they agree
     */
    public record Result(
            String instance,
            long seed,
            double seconds,
            int hardViolations,
            long objective,
            Long bestKnown,
            String solverScore,
            String auditScore,
            long scoreCalculationSpeed,
            String disagreement) {

        /** 100 * (objective - best) / best, or null when the best is unknown (or 0). */
        public Double gapPct() {
            return bestKnown == null || bestKnown == 0 ? null : 100.0 * (objective - bestKnown) / bestKnown;
        }

        public String csv() {
            Double gap = gapPct();
            return String.join(
                    ",",
                    instance,
                    Long.toString(seed),
                    String.format(Locale.ROOT, "%.1f", seconds),
                    Integer.toString(hardViolations),
                    Long.toString(objective),
                    bestKnown == null ? "" : bestKnown.toString(),
                    gap == null ? "" : String.format(Locale.ROOT, "%.2f", gap));
        }
    }

    private final Duration timeLimit;
    private final PrintWriter log;

    public CurtoisBenchmark(Duration timeLimit, PrintWriter log) {
        this.timeLimit = timeLimit;
        this.log = log;
    }

    /** Solves one instance with one seed and judges the roster. */
    public Result run(CurtoisInstance instance, long seed, Long bestKnown) {
        Problem problem = CurtoisImporter.toProblem(instance);
        SolveResult result = RosterSolver.create()
                .solve(problem, SolveOptions.timeLimit(timeLimit).withSeed(seed));
        AuditReport audit = RosterAudit.audit(result.roster());
        Evaluation eval =
                CurtoisObjective.evaluate(instance, duties(result.roster().assignments()));
        String disagreement = disagreement(result, audit, eval);
        return new Result(
                instance.name(),
                seed,
                result.stats().secondsSpent(),
                eval.hardViolations(),
                eval.objective(),
                bestKnown,
                result.score().toString(),
                audit.summary().score(),
                result.stats().scoreCalculationSpeed(),
                disagreement);
    }

    /** The benchmark's duties of a roster: a date becomes its day index. */
    public static List<Duty> duties(List<Assignment> assignments) {
        return assignments.stream()
                .map(a -> new Duty(a.person(), CurtoisImporter.day(a.date()), a.template()))
                .toList();
    }

    /** Why the solver, the audit and the benchmark's objective disagree, or null when they agree. */
    static String disagreement(SolveResult result, AuditReport audit, Evaluation eval) {
        List<String> why = new ArrayList<>();
        var score = result.score();
        if (!score.toString().equals(audit.summary().score())) {
            why.add("solver score " + score + " != audit score "
                    + audit.summary().score());
        }
        if (-score.softScore() != eval.objective()) {
            why.add("solver soft score " + score.softScore() + " != -objective " + eval.objective());
        }
        if (score.mediumScore() != 0) {
            why.add("solver medium score " + score.mediumScore() + " != 0");
        }
        if ((score.hardScore() == 0) != eval.feasible()) {
            why.add("solver hard score " + score.hardScore() + " but " + eval.hardViolations()
                    + " hard violations by the benchmark's rules");
        }
        return why.isEmpty() ? null : String.join("; ", why);
    }

    /** Solves every instance file with seeds 1 to {@code seeds}, logging as it goes. */
    public List<Result> runAll(List<Path> files, int seeds, Map<String, Long> bestKnown) throws IOException {
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            CurtoisInstance instance = CurtoisParser.parse(file);
            for (long seed = 1; seed <= seeds; seed++) {
                Result r = run(instance, seed, bestKnown.get(instance.name()));
                results.add(r);
                Double gap = r.gapPct();
                log.printf(
                        Locale.ROOT,
                        "%-11s seed %d  %5.1fs  hard %d  objective %d  best %s  gap %s  score %s  %d calc/s%n",
                        r.instance(),
                        r.seed(),
                        r.seconds(),
                        r.hardViolations(),
                        r.objective(),
                        r.bestKnown() == null ? "-" : r.bestKnown(),
                        gap == null ? "-" : String.format(Locale.ROOT, "%.2f%%", gap),
                        r.solverScore(),
                        r.scoreCalculationSpeed());
                if (r.disagreement() != null) {
                    log.println("!!! MISMATCH on " + r.instance() + " seed " + r.seed() + ": " + r.disagreement());
                }
                log.flush();
            }
        }
        return results;
    }

    public static void writeCsv(Path file, List<Result> results) throws IOException {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        results.forEach(r -> sb.append(r.csv()).append('\n'));
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    public static void writeMarkdown(Path file, List<Result> results, Duration timeLimit) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Curtois & Qu instances, ")
                .append(timeLimit.toMillis() / 1000.0)
                .append(" s per solve, one thread.\n\n");
        sb.append("| instance | seed | best known | objective | gap % | hard violations | seconds | solver score |"
                + " score calc/s |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (Result r : results) {
            Double gap = r.gapPct();
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %d | %s | %d | %.1f | %s | %d |%n",
                    r.instance(),
                    r.seed(),
                    r.bestKnown() == null ? "" : r.bestKnown(),
                    r.objective(),
                    gap == null ? "" : String.format(Locale.ROOT, "%.2f", gap),
                    r.hardViolations(),
                    r.seconds(),
                    r.solverScore(),
                    r.scoreCalculationSpeed()));
        }
        sb.append(spread(results));
        List<Result> mismatches =
                results.stream().filter(r -> r.disagreement() != null).toList();
        if (!mismatches.isEmpty()) {
            sb.append("\n**MISMATCH** between the solver, the audit and the benchmark's objective:\n\n");
            mismatches.forEach(r -> sb.append("- ")
                    .append(r.instance())
                    .append(" seed ")
                    .append(r.seed())
                    .append(": ")
                    .append(r.disagreement())
                    .append('\n'));
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Where an instance was solved with more than one seed, a table of the spread over its seeds: one
     * 60 s run moves by 10-50% between seeds on the larger instances, so a change is judged on these.
     */
    static String spread(List<Result> results) {
        Map<String, List<Result>> byInstance = new java.util.LinkedHashMap<>();
        results.forEach(r ->
                byInstance.computeIfAbsent(r.instance(), k -> new ArrayList<>()).add(r));
        if (byInstance.values().stream().allMatch(l -> l.size() < 2)) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nOver seeds:\n\n");
        sb.append(
                "| instance | seeds | best known | mean objective | min | max | mean gap % | seeds with hard violations |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        byInstance.forEach((instance, runs) -> {
            var stats = runs.stream().mapToLong(Result::objective).summaryStatistics();
            Long best = runs.getFirst().bestKnown();
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %.1f | %d | %d | %s | %d |%n",
                    instance,
                    runs.size(),
                    best == null ? "" : best,
                    stats.getAverage(),
                    stats.getMin(),
                    stats.getMax(),
                    best == null || best == 0
                            ? ""
                            : String.format(Locale.ROOT, "%.2f", 100.0 * (stats.getAverage() - best) / best),
                    runs.stream().filter(r -> r.hardViolations() > 0).count()));
        });
        return sb.toString();
    }
}
