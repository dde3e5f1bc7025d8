package org.openroster.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openroster.audit.AuditSummary;
import org.openroster.audit.RosterAudit;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;
import org.openroster.solver.SolveResult;

/**
 * End to end, in the default test run: the SMALL demo prison solved by the engine's own search and
 * checked by the independent audit: no hard violation and not a minute below MSL. The solve is
 * stopped by a number of steps, not a time, so the result does not depend on the machine's speed
 * (the same seed and steps give the same roster).
 */
class SmallDemoEndToEndTest {

    @Test
    void theSmallDemoPrisonIsRegimeSafe() {
        SolveResult result = RosterSolver.create()
                .solve(
                        DemoPrison.generate(DemoPrison.Size.SMALL, 0),
                        SolveOptions.stepLimit(STEPS).withSeed(0));
        AuditSummary audit = RosterAudit.audit(result.roster()).summary();
        assertEquals(0, audit.hardViolations(), audit.toString());
        assertEquals(0, audit.mslShortfallMinutes(), audit.toString());
        assertEquals(result.score().toString(), audit.score(), "the solver's score is the audit's");
    }

    /**
     * Steps of local search. Measured with seed 0: regime-safe at 10,000 steps, not yet at 6,000; this
     * leaves a margin for changes to the search without making the test slow (about 15 s).
     */
    static final int STEPS = 30_000;
}
