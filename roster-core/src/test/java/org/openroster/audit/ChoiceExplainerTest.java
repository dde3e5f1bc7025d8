package org.openroster.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.solver.Assignment;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.testing.TestProblems;

class ChoiceExplainerTest {

    private static final LocalDate MONDAY = TestProblems.MONDAY;

    @Test
    void eachRefusedChoiceHasItsReasonAndKeptChoicesHaveNone() {
        Problem problem = TestProblems.small(6, 3)
                .withLeave(List.of(new Leave("P2", MONDAY, MONDAY, LeaveKind.ANNUAL)))
                .withFlexibleWorking(
                        List.of(),
                        List.of(),
                        List.of(
                                new Request("P0", MONDAY.plusDays(1), "E", true, 2), // after a late: 10 h rest
                                new Request("P1", MONDAY, "L", true, 1), // kept
                                new Request("P2", MONDAY, "E", true, 1), // on leave
                                new Request("P5", MONDAY, "N", true, 1))); // N is offered at wing A only
        Roster roster = RosterBuilder.withAssignments(
                problem,
                List.of(
                        new Assignment("P0", MONDAY, "L", "A"),
                        new Assignment("P1", MONDAY, "L", "GATE"),
                        new Assignment("P5", MONDAY, "E", "GATE")));
        List<Refusal> refusals = ChoiceExplainer.refusals(roster);
        assertEquals(3, refusals.size(), refusals.toString());

        Refusal rest = refusals.get(0);
        assertEquals("P0", rest.person());
        assertTrue(rest.reason().startsWith("it would break a hard rule"), rest.reason());
        assertTrue(
                rest.rules().get(0).startsWith("daily-rest +60 minutes"),
                rest.rules().toString());

        assertEquals("on approved leave (ANNUAL) that day", refusals.get(1).reason());
        assertEquals("P5", refusals.get(2).person());
        assertTrue(refusals.get(2).rules().stream().noneMatch(r -> r.startsWith("daily-rest")));
    }
}
