package org.openroster.bench.curtois;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.search.RosterMoves;

/**
 * A command-line harness for search experiments (not a test): solves instances with the engine's
 * search or a variant set by system properties, and prints objective and score-calculation speed.
 * Used for the figures in {@code benchmarks/TUNING.md}:
 *
 * <pre>
 * java -cp ... -Dla=400 -Dchange=1 -Dswap=1 -DblockSwap=1 -DblockAssign=0.5 -DmaxBlock=7 \
 *     org.openroster.bench.curtois.TuningHarness 20 Instance1 Instance7
 * </pre>
 *
 * With no property set, it uses {@link RosterSolver#baseConfig()} unchanged.
 */
public final class TuningHarness {

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        Map<String, Long> best = BestKnown.read(Instances.DIR.resolve("best_known.csv"));
        for (int a = 1; a < args.length; a++) {
            if (args[a].startsWith("prison")) {
                prison(variant(0, 0), args[a]);
                continue;
            }
            CurtoisInstance instance = CurtoisParser.parse(Instances.DIR.resolve(args[a] + ".txt"));
            SolverConfig config = variant(instance.days() * instance.staff().size(), instance.days());
            long seed = Long.getLong("seed", 1);
            var termination = new ai.timefold.solver.core.config.solver.termination.TerminationConfig();
            long calcs = Long.getLong("calcs", 0);
            if (calcs > 0) {
                termination.setScoreCalculationCountLimit(calcs);
            } else {
                termination.setSpentLimit(Duration.ofSeconds(seconds));
            }
            var solverConfig = new SolverConfig(config).withRandomSeed(seed).withTerminationConfig(termination);
            var solver = ai.timefold.solver.core.api.solver.SolverFactory.<org.openroster.solver.Roster>create(
                            solverConfig)
                    .buildSolver();
            if (Boolean.getBoolean("trace")) {
                solver.addEventListener(e -> System.out.printf(
                        Locale.ROOT, "    %6.1fs %s%n", e.getTimeMillisSpent() / 1000.0, e.getNewBestScore()));
            }
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            var roster = solver.solve(org.openroster.solver.RosterBuilder.build(CurtoisImporter.toProblem(instance)));
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            long count = ((ai.timefold.solver.core.impl.solver.DefaultSolver<?>) solver).getScoreCalculationCount();
            var eval = CurtoisObjective.evaluate(instance, CurtoisBenchmark.duties(roster.assignments()));
            Long b = best.get(instance.name());
            System.out.printf(
                    Locale.ROOT,
                    "%-11s hard %3d  objective %6d  best %6s  gap %7s  score %s  wall %.1fs cpu %.1fs  %d calcs  %d calc/cpu-s%n",
                    instance.name(),
                    eval.hardViolations(),
                    eval.objective(),
                    b,
                    b == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * (eval.objective() - b) / b),
                    roster.getScore(),
                    wall,
                    cpu,
                    count,
                    Math.round(count / cpu));
            System.out.println("    requests " + eval.requestCost() + ", cover " + eval.coverCost());
            eval.messages().stream().limit(5).forEach(m -> System.out.println("    " + m));
            if (!eval.violationsByRule().isEmpty()) {
                System.out.println("    violations by rule: " + new java.util.TreeMap<>(eval.violationsByRule()));
            }
        }
    }

    /** {@code prisonPxD}: TestProblems.small(P, D), a wing and a gate with DLFR demand curves. */
    private static void prison(SolverConfig config, String arg) {
        String[] pd = arg.substring("prison".length()).split("x");
        var problem = org.openroster.testing.TestProblems.small(Integer.parseInt(pd[0]), Integer.parseInt(pd[1]));
        var termination = new ai.timefold.solver.core.config.solver.termination.TerminationConfig();
        long calcs = Long.getLong("calcs", 0);
        if (calcs > 0) {
            termination.setScoreCalculationCountLimit(calcs);
        } else {
            termination.setSpentLimit(Duration.ofSeconds(Long.getLong("prisonSeconds", 10)));
        }
        var solver = ai.timefold.solver.core.api.solver.SolverFactory.<org.openroster.solver.Roster>create(
                        new SolverConfig(config)
                                .withRandomSeed(Long.getLong("seed", 1))
                                .withTerminationConfig(termination))
                .buildSolver();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        var roster = solver.solve(org.openroster.solver.RosterBuilder.build(problem));
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long count = ((ai.timefold.solver.core.impl.solver.DefaultSolver<?>) solver).getScoreCalculationCount();
        System.out.printf(
                Locale.ROOT,
                "%-11s score %s  cpu %.1fs  %d calcs  %d calc/cpu-s%n",
                arg,
                roster.getScore(),
                cpu,
                count,
                Math.round(count / cpu));
        org.openroster.audit.RosterAudit.audit(roster).rules().stream()
                .filter(r -> r.amount() > 0 && r.level() == org.openroster.solver.Level.HARD)
                .forEach(r -> System.out.println("    " + r));
    }

    /**
     * The variant for a roster of {@code personDays} person-days over {@code days} days ({@code -Dla=auto}:
     * sized as the engine sizes it; line windows as the engine sizes them unless {@code -DlineDays}).
     */
    private static SolverConfig variant(int personDays, int days) {
        SolverConfig config = RosterSolver.baseConfig();
        if (personDays > 0 && System.getProperty("la") == null && System.getProperty("acceptor") == null) {
            return config.withPhases(org.openroster.solver.search.RosterSearch.phases(personDays, days)
                    .toArray(PhaseConfig[]::new));
        }
        if (System.getProperty("mode") != null) {
            config.setEnvironmentMode(
                    ai.timefold.solver.core.config.solver.EnvironmentMode.valueOf(System.getProperty("mode")));
        }
        if (Boolean.getBoolean("rotaOnly")) {
            return config.withPhases(new ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig()
                    .withCustomPhaseCommandClassList(List.of(org.openroster.solver.search.RotaLines.class)));
        }
        if (Boolean.getBoolean("chOnly")) {
            return config.withPhases(new ConstructionHeuristicPhaseConfig());
        }
        if (Boolean.getBoolean("noCh")) {
            var phases = new ArrayList<>(config.getPhaseConfigList());
            phases.removeIf(ph -> ph instanceof ConstructionHeuristicPhaseConfig);
            return config.withPhases(phases.toArray(PhaseConfig[]::new));
        }
        if (Boolean.getBoolean("timefoldDefault")) {
            config.setPhaseConfigList(null);
            return config;
        }
        if (System.getProperty("la") == null && System.getProperty("acceptor") == null) {
            return config;
        }
        List<PhaseConfig> phases = new ArrayList<>();
        if (System.getProperty("ch") != null) {
            ConstructionHeuristicPhaseConfig ch = new ConstructionHeuristicPhaseConfig();
            if (!System.getProperty("ch").equals("default")) {
                ch.setConstructionHeuristicType(ConstructionHeuristicType.valueOf(System.getProperty("ch")));
            }
            phases.add(ch);
        } else {
            phases.add(new ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig()
                    .withCustomPhaseCommandClassList(List.of(
                            Boolean.getBoolean("noSweep")
                                    ? org.openroster.solver.search.RotaLines.class
                                    : org.openroster.solver.search.RosterSearch.Construction.class)));
        }
        MoveIteratorFactoryConfig moves = new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(RosterMoves.class)
                .withMoveIteratorFactoryCustomProperties(Map.of(
                        "changeWeight", System.getProperty("change", "1"),
                        "swapWeight", System.getProperty("swap", "1"),
                        "blockSwapWeight", System.getProperty("blockSwap", "0.3"),
                        "blockAssignWeight", System.getProperty("blockAssign", "0.3"),
                        "daySwapWeight", System.getProperty("daySwap", "1"),
                        "maxBlock", System.getProperty("maxBlock", "7"),
                        "lineWeight",
                                System.getProperty(
                                        "line", Double.toString(org.openroster.solver.search.RosterSearch.LINE_WEIGHT)),
                        "lineDays",
                                System.getProperty(
                                        "lineDays",
                                        Integer.toString(org.openroster.solver.search.RosterSearch.lineDays(days))),
                        "handOverWeight",
                                System.getProperty(
                                        "handOver",
                                        Double.toString(org.openroster.solver.search.RosterSearch.handOverWeight(
                                                personDays)))));
        LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig();
        int acceptedCount = Integer.getInteger("accepted", 1);
        switch (System.getProperty("acceptor", "la")) {
            case "la" ->
                acceptor.setLateAcceptanceSize(
                        "auto".equals(System.getProperty("la"))
                                ? org.openroster.solver.search.RosterSearch.lateAcceptanceSize(personDays)
                                : Integer.getInteger("la", 100));
            case "dla" -> acceptor.setLateAcceptanceSize(Integer.getInteger("la", 100));
            case "gd" ->
                acceptor.setGreatDelugeWaterLevelIncrementRatio(Double.valueOf(System.getProperty("gd", "0.00000005")));
            case "sa" ->
                acceptor.setSimulatedAnnealingStartingTemperature(System.getProperty("sa", "0hard/0medium/5soft"));
            case "hc" ->
                acceptor.setAcceptorTypeList(List.of(
                        ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType.HILL_CLIMBING));
            case "tabu" -> acceptor.setEntityTabuRatio(Double.valueOf(System.getProperty("tabu", "0.02")));
            default -> throw new IllegalArgumentException(System.getProperty("acceptor"));
        }
        if ("dla".equals(System.getProperty("acceptor"))) {
            acceptor.setAcceptorTypeList(List.of(
                    ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType
                            .DIVERSIFIED_LATE_ACCEPTANCE));
        }
        ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig<?> selector = moves;
        if (System.getProperty("rr") != null) {
            // Timefold's ruin and recreate beside the roster moves, -Drr=probability weight (moves: 1)
            var rr = new ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig()
                    .withMinimumRuinedCount(Integer.getInteger("rrMin", 5))
                    .withMaximumRuinedCount(Integer.getInteger("rrMax", 20));
            rr.setFixedProbabilityWeight(Double.valueOf(System.getProperty("rr")));
            moves.setFixedProbabilityWeight(1.0);
            selector = new ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig()
                    .withMoveSelectors(moves, rr);
        }
        phases.add(new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(selector)
                .withAcceptorConfig(acceptor)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCount)));
        return config.withPhases(phases.toArray(PhaseConfig[]::new));
    }

    static Path dir() {
        return Instances.DIR;
    }
}
