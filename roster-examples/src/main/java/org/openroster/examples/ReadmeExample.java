package org.openroster.examples;

import java.nio.file.Path;
import java.time.Duration;
import org.openroster.audit.AuditReport;
import org.openroster.audit.RosterAudit;
import org.openroster.io.ProblemJson;
import org.openroster.model.Problem;
import org.openroster.solver.Assignment;
import org.openroster.solver.Level;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;
import org.openroster.solver.SolveResult;

/** The embedding example the README quotes (a test checks the README holds exactly this code). */
public final class ReadmeExample {

    private ReadmeExample() {}

    public static AuditReport rosterAndAudit(Path problemFile, Duration timeLimit) {
        // README:begin
        Problem problem = ProblemJson.read(problemFile); // or build one in code: EmbeddingExample.problem()
        SolveResult result = RosterSolver.create()
                .solve(problem, SolveOptions.timeLimit(timeLimit).withSeed(42).onBestScore(e -> {}));
        AuditReport audit = RosterAudit.audit(result.roster()); // independent of the solver
        if (!audit.summary().regimeSafe()) {
            audit.violations().stream()
                    .filter(v -> v.level() == Level.HARD)
                    .forEach(v -> System.out.println(v.rule() + " " + v.message()));
        }
        for (Assignment duty : result.roster().assignments()) {
            // duty.person(), duty.date(), duty.template(), duty.location(): hand them to your rostering tool
        }
        // README:end
        return audit;
    }
}
