package org.openroster.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.openroster.model.Problem;
import org.openroster.solver.search.RosterSearch;

/**
 * The entry point for solving: {@code RosterSolver.create().solve(problem, options)}. One instance
 * can run several solves at once, each on its own thread ({@link #solveAsync}); it is thread-safe.
 */
public final class RosterSolver {

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "roster-solve");
        t.setDaemon(true);
        return t;
    });

    private final SolverConfig baseConfig;
    private final boolean engineSearch;
    private final SolverFactory<Roster> scoringFactory;

    private RosterSolver(SolverConfig baseConfig, boolean engineSearch) {
        this.baseConfig = baseConfig;
        this.engineSearch = engineSearch;
        this.scoringFactory = SolverFactory.create(baseConfig);
    }

    /** A solver with the engine's own search, its phases sized to each roster ({@link RosterSearch}). */
    public static RosterSolver create() {
        return new RosterSolver(baseConfig(), true);
    }

    /**
     * A solver with another configuration, e.g. {@link #baseConfig()} with other phases (for search
     * experiments). Its termination is replaced by each solve's options.
     */
    public static RosterSolver create(SolverConfig config) {
        return new RosterSolver(config, false);
    }

    /**
     * The solver configuration: the roster domain, its constraints and the engine's search phases
     * ({@link RosterSearch}), without termination (each solve sets its own).
     */
    public static SolverConfig baseConfig() {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(PersonDay.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withPhases(RosterSearch.phases().toArray(PhaseConfig[]::new));
    }

    /** Builds the roster for the problem and solves it on the calling thread. */
    public SolveResult solve(Problem problem, SolveOptions options) {
        return solve(RosterBuilder.build(problem), options);
    }

    /** Solves a built roster (its pins and current duties are the starting point). */
    public SolveResult solve(Roster roster, SolveOptions options) {
        return run(roster, options, new Control());
    }

    /** Starts a solve on a background thread and returns at once. */
    public SolveJob solveAsync(Roster roster, SolveOptions options) {
        Control control = new Control();
        CompletableFuture<SolveResult> future =
                CompletableFuture.supplyAsync(() -> run(roster, options, control), EXECUTOR);
        return new SolveJob(future, control::cancel);
    }

    /** Computes the score of a roster as the solver sees it (no solving). */
    public HardMediumSoftScore score(Roster roster) {
        SolutionManager<Roster, HardMediumSoftScore> manager = SolutionManager.create(scoringFactory);
        return manager.update(roster);
    }

    /** Lets another thread stop a solve, before or while it runs. */
    private static final class Control {
        private Solver<Roster> solver;
        private boolean cancelled;

        /** Returns false when the solve was cancelled before it started. */
        synchronized boolean attach(Solver<Roster> s) {
            this.solver = s;
            return !cancelled;
        }

        synchronized void cancel() {
            cancelled = true;
            if (solver != null) {
                solver.terminateEarly();
            }
        }
    }

    private SolveResult run(Roster roster, SolveOptions options, Control control) {
        TerminationConfig termination = new TerminationConfig();
        if (options.timeLimit() != null) {
            termination.setSpentLimit(options.timeLimit());
        }
        if (options.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(options.unimprovedTimeLimit());
        }
        if (options.stepLimit() != null) {
            termination.setStepCountLimit(options.stepLimit());
        }
        SolverConfig config =
                new SolverConfig(baseConfig).withRandomSeed(options.seed()).withTerminationConfig(termination);
        if (engineSearch) {
            config.setPhaseConfigList(RosterSearch.phases(
                    roster.getPersonDays().size(), roster.horizon().days()));
        }
        Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
        if (!control.attach(solver)) {
            HardMediumSoftScore score = score(roster);
            return new SolveResult(roster, score, emptyStats(score));
        }
        AtomicLong firstFeasibleMillis = new AtomicLong(-1);
        long started = System.nanoTime();
        solver.addEventListener(event -> {
            HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
            if (score.isFeasible() && event.isNewBestSolutionInitialized()) {
                firstFeasibleMillis.compareAndSet(-1, event.getTimeMillisSpent());
            }
            options.onBestScore().accept(new BestScoreEvent(score, event.getTimeMillisSpent()));
        });
        resetPeakHeap();
        Roster best = solver.solve(roster);
        double seconds = (System.nanoTime() - started) / 1e9;
        DefaultSolver<Roster> stats = (DefaultSolver<Roster>) solver;
        HardMediumSoftScore score = best.getScore();
        if (score.isFeasible() && firstFeasibleMillis.get() < 0) {
            firstFeasibleMillis.set(Math.round(seconds * 1000));
        }
        return new SolveResult(
                best,
                score,
                new SolveStats(
                        seconds,
                        firstFeasibleMillis.get() < 0 ? -1 : firstFeasibleMillis.get() / 1000.0,
                        score.toString(),
                        stats.getScoreCalculationSpeed(),
                        stats.getMoveEvaluationSpeed(),
                        stats.getScoreCalculationCount(),
                        peakHeapMb()));
    }

    private static SolveStats emptyStats(HardMediumSoftScore score) {
        return new SolveStats(0, score.isFeasible() ? 0 : -1, score.toString(), 0, 0, 0, peakHeapMb());
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
