package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.testing.TestProblems;

/** The solve facade: reproducibility, best-score callbacks, cancellation and parallel solves. */
class RosterSolverTest {

    private final RosterSolver solver = RosterSolver.create();

    @Test
    void theSameSeedAndStepLimitGiveTheSameRoster() {
        SolveOptions options = SolveOptions.stepLimit(300).withSeed(7);
        List<Assignment> first =
                solver.solve(TestProblems.small(10, 7), options).roster().assignments();
        List<Assignment> second =
                solver.solve(TestProblems.small(10, 7), options).roster().assignments();
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void theCallbackSeesEachNewBestScoreInOrderAndTheResultIsTheLast() {
        List<HardMediumSoftScore> seen = new CopyOnWriteArrayList<>();
        SolveResult result = solver.solve(
                TestProblems.small(10, 7), SolveOptions.stepLimit(500).onBestScore(e -> seen.add(e.score())));
        assertFalse(seen.isEmpty());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).compareTo(seen.get(i - 1)) > 0, seen.get(i) + " after " + seen.get(i - 1));
        }
        assertEquals(seen.get(seen.size() - 1), result.score());
    }

    @Test
    void theSolvedScoreIsTheAuditsScore() {
        SolveResult result = solver.solve(TestProblems.small(10, 7), SolveOptions.stepLimit(500));
        assertEquals(
                result.score().toString(),
                RosterAudit.audit(result.roster()).summary().score());
        assertEquals(result.score(), solver.score(result.roster()));
    }

    @Test
    void aCancelledSolveReturnsTheBestRosterSoFar() throws InterruptedException {
        CountDownLatch firstBest = new CountDownLatch(1);
        List<HardMediumSoftScore> seen = new CopyOnWriteArrayList<>();
        SolveJob job = solver.solveAsync(
                RosterBuilder.build(TestProblems.small(10, 14)),
                SolveOptions.timeLimit(Duration.ofMinutes(10)).onBestScore(e -> {
                    seen.add(e.score());
                    firstBest.countDown();
                }));
        assertTrue(firstBest.await(5, TimeUnit.MINUTES), "no best score reported");
        job.cancel();
        SolveResult result = job.join();
        assertEquals(seen.get(seen.size() - 1), result.score());
    }

    @Test
    void severalSolvesRunInParallelFromOneProcess() {
        SolveJob a = solver.solveAsync(RosterBuilder.build(TestProblems.small(8, 7)), SolveOptions.stepLimit(300));
        SolveJob b = solver.solveAsync(RosterBuilder.build(TestProblems.small(12, 7)), SolveOptions.stepLimit(300));
        SolveResult ra = a.join();
        SolveResult rb = b.join();
        assertEquals(8, ra.roster().getWindows().size());
        assertEquals(12, rb.roster().getWindows().size());
        assertEquals(
                ra.score().toString(), RosterAudit.audit(ra.roster()).summary().score());
        assertEquals(
                rb.score().toString(), RosterAudit.audit(rb.roster()).summary().score());
    }

    @Test
    void optionsWithoutAnyLimitAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SolveOptions(null, null, null, 0, null));
        assertTrue(e.getMessage().contains("timeLimit"));
    }
}
