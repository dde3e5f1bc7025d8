package org.openroster.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openroster.audit.AuditReport;
import org.openroster.audit.AuditSummary;
import org.openroster.audit.ChoiceExplainer;
import org.openroster.audit.Refusal;
import org.openroster.audit.RosterAudit;
import org.openroster.examples.demo.DemoPrison;
import org.openroster.io.InvalidInputException;
import org.openroster.io.ProblemJson;
import org.openroster.io.RosterJson;
import org.openroster.model.Checks.InvalidModelException;
import org.openroster.model.Problem;
import org.openroster.model.ProblemValidator.InvalidProblemException;
import org.openroster.rostering.RosteringModel;
import org.openroster.rostering.RosteringModels;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;
import org.openroster.solver.SolveResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster}: roster the bundled demo prison, solve or audit a problem file, or validate one.
 * Exit codes: 0 regime-safe with no hard violation; 1 solved (or audited) but not regime-safe; 2 bad
 * input (one line on stderr, nothing written); 3 internal error.
 */
@Command(
        name = "roster",
        mixinStandardHelpOptions = true,
        version = "OpenRoster 0.1",
        description = "Regime-safe rostering for prisons.",
        subcommands = {
            RosterCli.Demo.class,
            RosterCli.Solve.class,
            RosterCli.Audit.class,
            RosterCli.Validate.class,
            CommandLine.HelpCommand.class
        })
public final class RosterCli implements Runnable {

    static final int SAFE = 0;
    static final int NOT_SAFE = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    /** Where results go (stdout, or a test's stream). */
    private PrintStream out = System.out;

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the tool with the given streams and returns its exit code (for tests and embedding). */
    static int run(PrintStream out, PrintStream err, String... args) {
        RosterCli root = new RosterCli();
        root.out = out;
        CommandLine cli = new CommandLine(root);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof InvalidInputException
                    || e instanceof InvalidProblemException
                    || e instanceof InvalidModelException) {
                err.println("error: " + oneLine(e.getMessage()));
                return BAD_INPUT;
            }
            err.println("internal error: " + oneLine(String.valueOf(e)));
            if (System.getenv("ROSTER_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set ROSTER_DEBUG=1 for the stack trace)");
            }
            return INTERNAL_ERROR;
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** Options every solving command shares. */
    static final class SolveFlags {
        @Option(
                names = "--time-limit",
                converter = DurationConverter.class,
                description = "Stop solving after this long (e.g. 30s, 2m). Default: ${DEFAULT-VALUE}.")
        Duration timeLimit;

        @Option(
                names = "--unimproved-limit",
                converter = DurationConverter.class,
                description = "Also stop when the best score has not improved for this long.")
        Duration unimprovedLimit;

        @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).", defaultValue = "0")
        long seed;

        @Option(
                names = "--model",
                defaultValue = "dlfr",
                converter = ModelConverter.class,
                description = "Rostering model: fixed (rota lines), tbsr (team-based self-rostering) or dlfr"
                        + " (demand-led flexible rostering). Default: ${DEFAULT-VALUE}.")
        RosteringModel model = RosteringModel.DLFR;

        SolveOptions options(Duration defaultLimit, Progress progress) {
            return new SolveOptions(
                    timeLimit == null ? defaultLimit : timeLimit, unimprovedLimit, null, seed, progress);
        }
    }

    /** Reads fixed, tbsr or dlfr. */
    static final class ModelConverter implements CommandLine.ITypeConverter<RosteringModel> {
        @Override
        public RosteringModel convert(String value) {
            try {
                return RosteringModel.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Solves under the chosen model, writes every output file into {@code out} and prints the summary. */
    static int solveAndWrite(Problem problem, SolveFlags flags, Duration defaultLimit, Path out, PrintStream stdout) {
        Roster roster = RosterBuilder.build(RosteringModels.prepare(problem, flags.model));
        Progress progress = new Progress(System.err);
        SolveResult result = RosterSolver.create().solve(roster, flags.options(defaultLimit, progress));
        progress.done();
        AuditReport audit = RosterAudit.audit(result.roster());
        List<Refusal> refusals = flags.model == RosteringModel.TBSR ? ChoiceExplainer.refusals(result.roster()) : null;
        Outputs.write(out, result.roster(), audit, result.stats(), refusals);
        stdout.println("Rostering model: " + flags.model.id());
        printSummary(stdout, audit.summary());
        if (refusals != null) {
            stdout.println("  self-rostering choices kept " + (problem.choices().size() - refusals.size()) + " of "
                    + problem.choices().size() + "; refusals with reasons in refusals.json");
        }
        audit.advisories().forEach(a -> stdout.println("  advisory: " + a));
        stdout.printf(
                Locale.ROOT,
                "solved in %.1fs (%,d score calculations/s); wrote %s%n",
                result.stats().secondsSpent(),
                result.stats().scoreCalculationSpeed(),
                out.toAbsolutePath().normalize());
        return audit.summary().regimeSafe() ? SAFE : NOT_SAFE;
    }

    static void printSummary(PrintStream out, AuditSummary s) {
        out.println((s.regimeSafe() ? "REGIME-SAFE" : "NOT REGIME-SAFE") + "  score " + s.score());
        out.printf(
                Locale.ROOT,
                "  hard violations %d; below MSL %d person-min; below SDSOL %d person-min; compensatory rest owed"
                        + " %d min%n",
                s.hardViolations(),
                s.mslShortfallMinutes(),
                s.sdsolShortfallMinutes(),
                s.compensatoryRestOwedMinutes());
        out.printf(
                Locale.ROOT,
                "  days green %d, green-amber %d, amber-red %d, red %d; requests honoured %d of %d%n",
                s.daysGreen(),
                s.daysGreenAmber(),
                s.daysAmberRed(),
                s.daysRed(),
                s.requestsHonoured(),
                s.requests());
    }

    @Command(name = "demo", mixinStandardHelpOptions = true, description = "Roster the bundled demo prison.")
    static final class Demo implements Callable<Integer> {
        @CommandLine.ParentCommand
        RosterCli root;

        @Option(
                names = "--size",
                defaultValue = "small",
                description = "small (~60 staff), medium (~250) or large (~700). Default: ${DEFAULT-VALUE}.")
        DemoPrison.Size size;

        @Option(
                names = "--out",
                defaultValue = "out/demo",
                description = "Output directory (default ${DEFAULT-VALUE}).")
        Path out;

        @CommandLine.Mixin
        SolveFlags flags = new SolveFlags();

        @Override
        public Integer call() {
            Problem problem = DemoPrison.generate(size, flags.seed);
            Outputs.createDirectory(out);
            ProblemJson.write(problem, out.resolve("problem.json"));
            root.out.println("Demo prison " + problem.establishment().name() + ": "
                    + problem.people().size()
                    + " staff, " + problem.establishment().locations().size() + " locations, " + problem.days()
                    + " days from " + problem.start());
            return solveAndWrite(problem, flags, Duration.ofSeconds(30), out, root.out);
        }
    }

    @Command(name = "solve", mixinStandardHelpOptions = true, description = "Solve a problem file.")
    static final class Solve implements Callable<Integer> {
        @CommandLine.ParentCommand
        RosterCli root;

        @Parameters(index = "0", paramLabel = "PROBLEM.json")
        Path problemFile;

        @Option(names = "--out", required = true, description = "Output directory.")
        Path out;

        @CommandLine.Mixin
        SolveFlags flags = new SolveFlags();

        @Override
        public Integer call() {
            Problem problem = ProblemJson.read(problemFile);
            RosterBuilder.build(problem); // reject what cannot be built before anything is written
            return solveAndWrite(problem, flags, Duration.ofSeconds(60), out, root.out);
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit a roster against its problem.")
    static final class Audit implements Callable<Integer> {
        @CommandLine.ParentCommand
        RosterCli root;

        @Parameters(index = "0", paramLabel = "PROBLEM.json")
        Path problemFile;

        @Parameters(index = "1", paramLabel = "ROSTER.json")
        Path rosterFile;

        @Option(names = "--out", description = "Write audit.json, roster.csv and report.html here.")
        Path out;

        @Override
        public Integer call() {
            Problem problem = ProblemJson.read(problemFile);
            Roster roster = RosterBuilder.withAssignments(problem, RosterJson.readAssignments(rosterFile, problem));
            roster.setScore(RosterSolver.create().score(roster));
            AuditReport audit = RosterAudit.audit(roster);
            if (out != null) {
                Outputs.write(out, roster, audit, null, null);
            }
            printSummary(root.out, audit.summary());
            return audit.summary().regimeSafe() ? SAFE : NOT_SAFE;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a problem file.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.ParentCommand
        RosterCli root;

        @Parameters(index = "0", paramLabel = "PROBLEM.json")
        Path problemFile;

        @Override
        public Integer call() {
            Problem problem = ProblemJson.read(problemFile);
            Roster roster = RosterBuilder.build(problem);
            root.out.println("valid: " + problem.people().size() + " people, "
                    + problem.establishment().locations().size() + " locations, "
                    + problem.templates().size()
                    + " templates, " + problem.activities().size() + " activities, " + problem.days() + " days from "
                    + problem.start() + "; " + roster.getShifts().size() + " shifts on offer, "
                    + roster.getSegments().size() + " coverage segments");
            org.openroster.audit.Advisories.of(roster).forEach(a -> root.out.println("advisory: " + a));
            return SAFE;
        }
    }
}
