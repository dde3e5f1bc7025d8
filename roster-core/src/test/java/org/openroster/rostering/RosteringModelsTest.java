package org.openroster.rostering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openroster.model.Contract;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.model.Pin;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.RotaLine;
import org.openroster.solver.RosterBuilder;
import org.openroster.testing.TestProblems;

class RosteringModelsTest {

    private static final LocalDate MONDAY = TestProblems.MONDAY;

    private static Problem withLineAndChoice() {
        Problem base = TestProblems.small(3, 7)
                .withLeave(List.of(new Leave("P0", MONDAY.plusDays(2), MONDAY.plusDays(2), LeaveKind.ANNUAL)));
        // up to 8 hours extra a week, so that the line's five days fit the band with the day of leave
        List<Person> people = new ArrayList<>(base.people());
        people.set(0, people.get(0).withContract(new Contract.FullTime(37 * 60, 8 * 60)));
        return base.withPeople(people)
                .withFlexibleWorking(
                        List.of(),
                        List.of(new RotaLine("P0", MONDAY.minusDays(1), List.of("OFF", "E@A", "L@A"))),
                        List.of(new Request("P1", MONDAY, "E", true, 3)));
    }

    @Test
    void fixedPinsEveryWorkingDayOfTheRotaLineButLeaveAndDaysOff() {
        Problem fixed = RosteringModels.prepare(withLineAndChoice(), RosteringModel.FIXED);
        // the cycle from Sunday: OFF, E, L, OFF, E, L, OFF, E ... so Mon E, Tue L, Wed OFF, Thu E (Wed leave)
        assertEquals(
                List.of(
                        new Pin("P0", MONDAY, "E", "A"),
                        new Pin("P0", MONDAY.plusDays(1), "L", "A"),
                        new Pin("P0", MONDAY.plusDays(3), "E", "A"),
                        new Pin("P0", MONDAY.plusDays(4), "L", "A"),
                        new Pin("P0", MONDAY.plusDays(6), "E", "A")),
                fixed.pins());
    }

    @Test
    void fixedPinsALineOnlyUpToTheContractMaximumLeftByLeave() {
        // a line of earlies (7 h) every day is more than a full-timer's week once a day of leave is
        // taken off the band: the days past the maximum are left to the solver
        Problem base = TestProblems.small(3, 7)
                .withLeave(List.of(new Leave("P0", MONDAY.plusDays(2), MONDAY.plusDays(2), LeaveKind.ANNUAL)));
        Problem problem =
                base.withFlexibleWorking(List.of(), List.of(new RotaLine("P0", MONDAY, List.of("E@A"))), List.of());
        long max =
                RosterBuilder.contractBounds(problem, problem.people().get(0)).max();
        List<Pin> pins = RosteringModels.prepare(problem, RosteringModel.FIXED).pins();
        int early = 7 * 60;
        assertTrue(max < 6 * early && max >= 4 * early, "max " + max);
        assertEquals(max / early, pins.size());
        List<LocalDate> expected = List.of(
                        MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(5))
                .subList(0, (int) (max / early));
        assertEquals(expected, pins.stream().map(Pin::date).toList());
    }

    @Test
    void selfRosteringKeepsChoicesWhileTheOtherModelsMakeThemOrdinaryRequests() {
        Problem tbsr = RosteringModels.prepare(withLineAndChoice(), RosteringModel.TBSR);
        Problem dlfr = RosteringModels.prepare(withLineAndChoice(), RosteringModel.DLFR);
        Problem fixed = RosteringModels.prepare(withLineAndChoice(), RosteringModel.FIXED);
        Request choice = new Request("P1", MONDAY, "E", true, 3);
        assertEquals(List.of(choice), tbsr.choices());
        assertTrue(tbsr.requests().isEmpty());
        for (Problem other : List.of(dlfr, fixed)) {
            assertEquals(List.of(choice), other.requests());
            assertTrue(other.choices().isEmpty(), "a choice is counted once, as a request");
        }
        assertTrue(tbsr.pins().isEmpty() && dlfr.pins().isEmpty(), "only the fixed model follows rota lines");
    }

    @Test
    void modelsAreNamedByTheirIds() {
        assertEquals(RosteringModel.TBSR, RosteringModel.of("tbsr"));
        var e = assertThrows(IllegalArgumentException.class, () -> RosteringModel.of("rota"));
        assertTrue(e.getMessage().contains("(rota)"));
        assertEquals(Map.of(), withLineAndChoice().constraintWeights());
    }
}
