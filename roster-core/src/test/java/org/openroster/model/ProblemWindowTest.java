package org.openroster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.testing.TestProblems;

/** Moving a problem's window keeps only the dated facts that fall in (or, for leave, overlap) it. */
class ProblemWindowTest {

    private static final LocalDate MONDAY = TestProblems.MONDAY;

    @Test
    void aMovedWindowLeavesOutTheFactsDatedOutsideIt() {
        Problem base = TestProblems.small(2, 14);
        Problem problem = base
                .withRequests(List.of(
                        new Request("P0", MONDAY.plusDays(1), null, false, 3),
                        new Request("P0", MONDAY.plusDays(9), null, false, 3)))
                .withLeave(List.of(
                        new Leave("P0", MONDAY.plusDays(5), MONDAY.plusDays(8), LeaveKind.ANNUAL),
                        new Leave("P1", MONDAY.plusDays(10), MONDAY.plusDays(12), LeaveKind.ANNUAL)))
                .toBuilder()
                .pins(List.of(new Pin("P1", MONDAY.plusDays(2), "E", "A"), new Pin("P1", MONDAY.plusDays(8), "E", "A")))
                .choices(List.of(
                        new Request("P1", MONDAY, "E", true, 2), new Request("P1", MONDAY.plusDays(13), "L", true, 2)))
                .build();

        Problem week = problem.withWindow(MONDAY, 7);

        assertEquals(MONDAY, week.start());
        assertEquals(7, week.days());
        assertEquals(List.of(problem.requests().get(0)), week.requests());
        assertEquals(List.of(problem.leave().get(0)), week.leave(), "leave overlapping the window is kept whole");
        assertEquals(List.of(problem.pins().get(0)), week.pins());
        assertEquals(List.of(problem.choices().get(0)), week.choices());
        assertEquals(List.of(), ProblemValidator.validate(week));
    }
}
