package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.testing.TestProblems;

class SolveSmokeTest {

    @Test
    void solvesTinyWing() {
        // about 60,000 score calculations reach feasibility (3 s of CPU); 10 s leaves room for a busy machine
        var result =
                RosterSolver.create().solve(TestProblems.small(14, 14), SolveOptions.timeLimit(Duration.ofSeconds(10)));
        System.out.println(result.score() + " " + result.stats());
        var audit = RosterAudit.audit(result.roster());
        System.out.println(audit.summary());
        audit.rules().stream().filter(r -> r.amount() > 0).forEach(System.out::println);
        audit.violations().stream()
                .filter(v -> v.level() == Level.HARD)
                .limit(20)
                .forEach(System.out::println);
        assertTrue(result.score().isFeasible(), result.score().toString());
    }
}
