package org.openroster.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openroster.examples.demo.DemoPrison;
import org.openroster.io.ProblemJson;
import org.openroster.ledger.YearPlan;
import org.openroster.ledger.YearPlanOptions;
import org.openroster.ledger.YearPlanWriter;
import org.openroster.ledger.YearPlanner;
import org.openroster.model.Problem;
import org.openroster.rostering.RosteringModel;
import org.openroster.solver.RosterBuilder;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./roster plan-year}: rosters a year in successive windows, carrying the hours ledgers and
 * working-time history from one to the next, and writes the books and a year report.
 */
@Command(
        name = "plan-year",
        mixinStandardHelpOptions = true,
        description = "Roster a year window by window and keep the hours books (TOIL, payment plus, leave,"
                + " public holidays, annualised hours, compensatory rest).")
final class PlanYear implements Callable<Integer> {

    @CommandLine.ParentCommand
    RosterCli root;

    /** Either a demo prison or a problem file. */
    static final class Source {
        @Option(names = "--size", description = "A demo prison: small, medium or large.")
        DemoPrison.Size size;

        @Option(
                names = "--problem",
                description = "A problem file whose start is the year's first day and whose leave covers the year.")
        Path problem;
    }

    @ArgGroup(exclusive = true)
    Source source;

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--window", defaultValue = "4w", description = "Window length: Nw weeks or Nd days (default 4w).")
    String window;

    @Option(names = "--windows", defaultValue = "13", description = "Number of windows (default 13).")
    int windows;

    @Option(
            names = "--time-limit-per-window",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Solve time per window (default 10s).")
    Duration perWindow;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (window i uses seed + i).")
    long seed;

    @Option(
            names = "--model",
            defaultValue = "dlfr",
            converter = RosterCli.ModelConverter.class,
            description = "Rostering model: fixed, tbsr or dlfr (default dlfr).")
    RosteringModel model;

    @Override
    public Integer call() {
        int days = windowDays(window);
        if (windows < 1 || windows > 60) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--windows (" + windows + ") must be 1 to 60.");
        }
        Problem problem = source != null && source.problem != null
                ? ProblemJson.read(source.problem)
                : DemoPrison.generate(
                        source == null || source.size == null ? DemoPrison.Size.SMALL : source.size,
                        seed,
                        DemoPrison.DEFAULT_ANCHOR,
                        windows * days);
        RosterBuilder.build(problem.withWindow(problem.start(), days)); // reject what cannot be built first
        Outputs.createDirectory(out);
        ProblemJson.write(problem, out.resolve("problem.json"));
        root.out.println("Planning " + windows + " windows of " + days + " days from " + problem.start() + " for "
                + problem.establishment().name() + " (" + problem.people().size() + " staff), model "
                + model.id());
        YearPlan plan = YearPlanner.create()
                .plan(
                        problem,
                        YearPlanOptions.defaults()
                                .withWindows(windows, days)
                                .withTimeLimitPerWindow(perWindow)
                                .withSeed(seed)
                                .withRosteringModel(model)
                                .onWindow(w -> root.out.printf(
                                        Locale.ROOT,
                                        "  window %2d %s to %s: %s, hard %d, below MSL %d, TOIL owed %d min (%.1fs)%n",
                                        w.index() + 1,
                                        w.summary().start(),
                                        w.summary().end(),
                                        w.summary().regimeSafe() ? "regime-safe" : "NOT regime-safe",
                                        w.summary().hardViolations(),
                                        w.summary().mslShortfallMinutes(),
                                        w.summary().toilOwedMinutes(),
                                        w.summary().secondsSpent())));
        YearPlanWriter.writeAll(plan, out);
        long unsafe = plan.unsafeWindows();
        root.out.println((unsafe == 0 ? "Every window regime-safe" : unsafe + " windows NOT regime-safe")
                + "; wrote ledgers.json, annual-summary.json, statements/ and year-report.html to "
                + out.toAbsolutePath().normalize());
        return unsafe == 0 ? RosterCli.SAFE : RosterCli.NOT_SAFE;
    }

    /** {@code 4w} or {@code 28d}. */
    static int windowDays(String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)([wd])")
                .matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new CommandLine.ParameterException(
                    new CommandLine(new PlanYear()),
                    "--window (" + text + ") must be a number of weeks or days, e.g. 4w or 28d.");
        }
        int n = Integer.parseInt(m.group(1));
        return m.group(2).equals("w") ? 7 * n : n;
    }
}
