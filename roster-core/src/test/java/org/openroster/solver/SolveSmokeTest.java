package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.testing.TestProblems;

class SolveSmokeTest {

    /**
     * The engine's search makes the tiny wing feasible. Stopped after a count of score calculations,
     * not a time: the machine may be busy, and the same seed then gives the same search (about 60,000
     * calculations reach feasibility).
     */
    @Test
    void solvesTinyWing() {
        var config = RosterSolver.baseConfig()
                .withRandomSeed(0L)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(200_000L));
        Roster roster = SolverFactory.<Roster>create(config)
                .buildSolver()
                .solve(RosterBuilder.build(TestProblems.small(14, 14)));
        var audit = RosterAudit.audit(roster);
        System.out.println(roster.getScore() + " " + audit.summary());
        audit.violations().stream()
                .filter(v -> v.level() == Level.HARD)
                .limit(20)
                .forEach(System.out::println);
        assertTrue(roster.getScore().isFeasible(), roster.getScore().toString());
    }
}
