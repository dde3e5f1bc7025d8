package org.openroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.audit.AuditSummary;
import org.openroster.audit.RosterAudit;
import org.openroster.examples.demo.DemoPrisonCheck;
import org.openroster.model.ProblemValidator;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;

class EmbeddingExampleTest {

    @Test
    void problemIsValidAndItsStaffCanCoverMsl() {
        assertEquals(List.of(), ProblemValidator.validate(EmbeddingExample.problem()));
        DemoPrisonCheck.Report report = DemoPrisonCheck.check(EmbeddingExample.problem());
        assertTrue(report.mslCovered(1.1), report.format());
    }

    @Test
    void aShortSolveIsRegimeSafe() {
        var result =
                RosterSolver.create().solve(EmbeddingExample.problem(), SolveOptions.timeLimit(Duration.ofSeconds(3)));
        AuditSummary summary = RosterAudit.audit(result.roster()).summary();
        assertTrue(summary.regimeSafe(), summary.toString());
        assertEquals(14, summary.people());
    }

    @Test
    void mainPrintsTheAuditSummaryAndEachDay() {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[] {"1"});
        } finally {
            System.setOut(out);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("AuditSummary["), printed);
        assertEquals(1 + 7, printed.lines().count(), printed);
    }
}
