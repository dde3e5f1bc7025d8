package org.openroster.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openroster.audit.AuditReport;
import org.openroster.audit.RosterAudit;
import org.openroster.audit.RuleTotal;
import org.openroster.examples.demo.DemoPrison.Size;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;
import org.openroster.solver.SolveResult;

/**
 * The demo prisons are regime-safe after a solve of the stated time on a 2-core machine: SMALL in
 * 20 s with no hard violation and no minute below MSL, MEDIUM and LARGE in 60 s. Slow: runs only with
 * {@code -Dslow=true}.
 */
@EnabledIfSystemProperty(named = "slow", matches = "true")
class DemoPrisonSolveTest {

    @ParameterizedTest
    @CsvSource({"SMALL, 20", "MEDIUM, 60", "LARGE, 60"})
    void demoPrisonIsRegimeSafeAfterSolving(Size size, int seconds) {
        SolveResult result = RosterSolver.create()
                .solve(DemoPrison.generate(size, 42), SolveOptions.timeLimit(Duration.ofSeconds(seconds)));
        AuditReport audit = RosterAudit.audit(result.roster());
        StringBuilder figures =
                new StringBuilder(size + " after " + seconds + " s: " + result.stats() + "\n" + audit.summary() + "\n");
        for (RuleTotal rule : audit.rules()) {
            if (rule.amount() > 0) {
                figures.append("  ").append(rule).append('\n');
            }
        }
        System.out.println(figures);
        assertEquals(0, audit.summary().mslShortfallMinutes(), figures.toString());
        assertEquals(0, audit.summary().hardViolations(), figures.toString());
        assertTrue(audit.summary().regimeSafe(), figures.toString());
    }
}
