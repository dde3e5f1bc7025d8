package org.openroster.solver.construction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Activity;
import org.openroster.model.DayType;
import org.openroster.model.Grade;
import org.openroster.model.Person;
import org.openroster.model.Pin;
import org.openroster.model.Problem;
import org.openroster.model.ShiftTemplate;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.Rule;
import org.openroster.solver.Shift;
import org.openroster.testing.TestProblems;

class GreedyConstructionTest {

    /** A wing needing 2 around the clock, three 8-hour shifts that tile the day, and 12 staff. */
    private static Problem roundTheClock() {
        Set<DayType> all = Set.of(DayType.WEEKDAY, DayType.WEEKEND, DayType.PUBLIC_HOLIDAY);
        List<ShiftTemplate> templates = List.of(
                ShiftTemplate.of("E", LocalTime.of(6, 0), LocalTime.of(14, 0)).withBreak(30),
                ShiftTemplate.of("L", LocalTime.of(14, 0), LocalTime.of(22, 0)).withBreak(30),
                ShiftTemplate.of("N", LocalTime.of(22, 0), LocalTime.of(6, 0)).withBreak(30));
        List<Activity> activities = List.of(
                new Activity("wing", "Wing", "A", all, LocalTime.of(6, 0), LocalTime.of(6, 0), 1, 2, 2, List.of()));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(Person.of("P" + i, Grade.OFFICER));
        }
        return new Problem(
                "rtc",
                TestProblems.establishment(org.openroster.model.WorkingTimeSettings.GB),
                TestProblems.MONDAY,
                14,
                templates,
                activities,
                people,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of());
    }

    @Test
    void coversMslWithoutBreakingRestWhenStaffAreEnough() {
        Roster roster = RosterBuilder.build(roundTheClock());
        new GreedyConstruction(roster).plan().forEach(PersonDay::setShift);
        var audit = RosterAudit.audit(roster);
        assertEquals(0, audit.summary().mslShortfallMinutes());
        for (Rule rule :
                List.of(Rule.DAILY_REST, Rule.ONE_DUTY_AT_A_TIME, Rule.CONTRACT_HOURS, Rule.COMPENSATORY_REST)) {
            assertEquals(0, audit.rule(rule.id()).amount(), rule.id());
        }
    }

    @Test
    void neverPlansAPinnedOrAlreadyAssignedDay() {
        Problem problem = roundTheClock();
        problem = problem.withPins(
                List.of(new Pin("P0", problem.start(), null, null), new Pin("P1", problem.start(), "E", "A")));
        Roster roster = RosterBuilder.build(problem);
        Map<PersonDay, Shift> plan = new GreedyConstruction(roster).plan();
        assertFalse(plan.isEmpty());
        assertTrue(plan.keySet().stream().noneMatch(PersonDay::isPinned));
        assertTrue(plan.keySet().stream().noneMatch(PersonDay::isWorking));
    }
}
