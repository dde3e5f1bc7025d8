package org.openroster.bench.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openroster.audit.RosterAudit;
import org.openroster.bench.curtois.CurtoisObjective.Evaluation;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;
import org.openroster.solver.SolveResult;

/**
 * The solver's score, the audit's and the benchmark's own objective agree on rosters of real
 * instances (short solves: the rosters are far from optimal and some may break hard rules, which is
 * what makes the comparison meaningful).
 */
class AgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"Instance1", "Instance3", "Instance8"})
    void solverAuditAndObjectiveAgree(String name) throws Exception {
        CurtoisInstance instance = Instances.load(name);
        SolveResult result = RosterSolver.create()
                .solve(CurtoisImporter.toProblem(instance), SolveOptions.timeLimit(Duration.ofMillis(1500)));
        var audit = RosterAudit.audit(result.roster());
        Evaluation eval = CurtoisObjective.evaluate(
                instance, CurtoisBenchmark.duties(result.roster().assignments()));
        assertEquals(result.score().toString(), audit.summary().score());
        assertEquals(-result.score().softScore(), eval.objective());
        assertEquals(
                result.score().hardScore() == 0,
                eval.feasible(),
                eval.messages().toString());
        assertNull(CurtoisBenchmark.disagreement(result, audit, eval));
    }
}
