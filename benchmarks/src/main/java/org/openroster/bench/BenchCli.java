package org.openroster.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openroster.bench.curtois.BestKnown;
import org.openroster.bench.curtois.CurtoisBenchmark;
import org.openroster.bench.curtois.CurtoisBenchmark.Result;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./roster bench ...}: benchmarks of the engine on public instances. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks OpenRoster on public instances.",
        subcommands = {BenchCli.Curtois.class})
public final class BenchCli implements Runnable {

    /** Exit code of a command line that cannot be run (picocli's usage error code). */
    public static final int USAGE_ERROR = 2;

    /** Exit code when the solver, the audit and the benchmark's objective disagree on a roster. */
    public static final int MISMATCH = 1;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BenchCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + ex.getMessage() + " (see '" + command + " --help')");
            return USAGE_ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a benchmark. Maybe 'bench curtois'.");
    }

    @Command(
            name = "curtois",
            mixinStandardHelpOptions = true,
            description = "Solves the Curtois & Qu Employee Shift Scheduling instances and writes results.csv and"
                    + " results.md.")
    static final class Curtois implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--instances",
                required = true,
                paramLabel = "DIR",
                description = "Folder of Instance*.txt (and best_known.csv).")
        Path instances;

        @Option(
                names = "--only",
                split = ",",
                paramLabel = "NAME",
                description = "Only these instances, e.g. Instance1,Instance5.")
        List<String> only;

        @Option(
                names = "--time-limit",
                defaultValue = "60s",
                paramLabel = "DURATION",
                description = "Per solve, e.g. 60s, 2m, 500ms or PT60S (default ${DEFAULT-VALUE}).")
        String timeLimit;

        @Option(
                names = "--seeds",
                defaultValue = "1",
                paramLabel = "N",
                description = "Solve each instance with seeds 1 to N (default ${DEFAULT-VALUE}).")
        int seeds;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "OUT",
                description = "Folder for results.csv and results.md.")
        Path out;

        @Override
        public Integer call() throws Exception {
            Duration limit = parseDuration(timeLimit);
            if (seeds < 1) {
                throw usage("The --seeds (" + seeds + ") must be at least 1.");
            }
            if (!Files.isDirectory(instances)) {
                throw usage("The --instances (" + instances + ") is not a folder.");
            }
            List<Path> files = instanceFiles();
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw usage("The --out (" + out + ") exists and is not a folder.");
            }
            Files.createDirectories(out);
            Map<String, Long> best = BestKnown.read(instances.resolve("best_known.csv"));
            PrintWriter log = spec.commandLine().getOut();
            log.println("Solving " + files.size() + " instance(s), " + seeds + " seed(s), " + limit.toMillis() / 1000.0
                    + " s each, one thread.");
            CurtoisBenchmark bench = new CurtoisBenchmark(limit, log);
            List<Result> results = bench.runAll(files, seeds, best);
            CurtoisBenchmark.writeCsv(out.resolve("results.csv"), results);
            CurtoisBenchmark.writeMarkdown(out.resolve("results.md"), results, limit);
            log.println("Wrote " + out.resolve("results.csv") + " and " + out.resolve("results.md") + ".");
            long mismatches =
                    results.stream().filter(r -> r.disagreement() != null).count();
            if (mismatches > 0) {
                spec.commandLine()
                        .getErr()
                        .println("MISMATCH: the solver, the audit and the benchmark's objective disagree on "
                                + mismatches + " roster(s); see results.md.");
                return MISMATCH;
            }
            return 0;
        }

        private List<Path> instanceFiles() throws java.io.IOException {
            List<Path> files;
            try (Stream<Path> list = Files.list(instances)) {
                files = new ArrayList<>(
                        list.filter(p -> p.getFileName().toString().matches("Instance\\d+\\.txt"))
                                .sorted(Comparator.comparingInt(BenchCli::instanceNumber))
                                .toList());
            }
            if (only != null && !only.isEmpty()) {
                Set<String> wanted = new LinkedHashSet<>();
                only.forEach(s -> wanted.add(s.strip()));
                List<Path> chosen = new ArrayList<>();
                for (String name : wanted) {
                    Path f = files.stream()
                            .filter(p -> p.getFileName().toString().equals(name + ".txt"))
                            .findFirst()
                            .orElseThrow(() -> usage("The --only instance (" + name + ") has no file " + name
                                    + ".txt in " + instances + "."));
                    chosen.add(f);
                }
                files = chosen;
            }
            if (files.isEmpty()) {
                throw usage("The --instances folder (" + instances + ") has no Instance<N>.txt files.");
            }
            return files;
        }

        private ParameterException usage(String message) {
            return new ParameterException(spec.commandLine(), message);
        }

        private Duration parseDuration(String text) {
            Matcher m = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(text.strip().toLowerCase(Locale.ROOT));
            Duration d;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            } else {
                try {
                    d = Duration.parse(text.strip());
                } catch (DateTimeParseException e) {
                    throw usage("The --time-limit (" + text + ") is not a duration. Maybe 60s, 2m or PT60S.");
                }
            }
            if (d.isZero() || d.isNegative()) {
                throw usage("The --time-limit (" + text + ") must be positive.");
            }
            return d;
        }
    }

    private static int instanceNumber(Path p) {
        return Integer.parseInt(p.getFileName().toString().replaceAll("\\D", ""));
    }
}
