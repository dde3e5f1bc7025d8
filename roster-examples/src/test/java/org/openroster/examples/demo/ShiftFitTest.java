package org.openroster.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.model.Activity;
import org.openroster.model.DayType;
import org.openroster.model.Qualification;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.StaffingLine;

class ShiftFitTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

    private static Activity activity(String id, int from, int to, int msl, StaffingLine... lines) {
        return new Activity(
                id,
                id,
                "A",
                Set.of(DayType.values()),
                LocalTime.of(from, 0),
                LocalTime.of(to, 0),
                1,
                msl,
                msl,
                List.of(lines));
    }

    private static ShiftTemplate shift(String id, int from, int to, int breakMinutes) {
        return ShiftTemplate.of(id, LocalTime.of(from, 0), LocalTime.of(to, 0)).withBreak(breakMinutes);
    }

    private static ShiftFit.Fit fit(List<Activity> activities, List<ShiftTemplate> shifts, Qualification q) {
        return ShiftFit.cover(List.of(MONDAY), LONDON, d -> DayType.WEEKDAY, activities, shifts, q);
    }

    @Test
    void levelDemandIsCoveredByTheMatchingShift() {
        var result = fit(List.of(activity("day", 8, 16, 2)), List.of(shift("D", 8, 16, 30)), Qualification.ANY);
        assertEquals(new ShiftFit.Fit(2 * 450, 2 * 480, 0), result);
    }

    @Test
    void aPeakNeedsMoreWorkThanItsPersonMinutes() {
        // Two people 07:00-19:00 and a third 12:00-13:00: the third needs a whole shift.
        var result = fit(
                List.of(activity("day", 7, 19, 2), activity("lunch", 12, 13, 1)),
                List.of(shift("E", 7, 13, 0), shift("L", 13, 19, 0), shift("M", 9, 14, 0)),
                Qualification.ANY);
        assertEquals(2 * 360 + 2 * 360 + 300, result.workedMinutes());
        assertEquals(2 * 720 + 60, result.demandMinutes());
    }

    @Test
    void theCheapestCombinationIsChosen() {
        // 08:00-20:00 by one long day (11 h worked) rather than an early and a late (2 x 6 h).
        var result = fit(
                List.of(activity("day", 8, 20, 1)),
                List.of(shift("E", 8, 14, 0), shift("L", 14, 20, 0), shift("LD", 8, 20, 60)),
                Qualification.ANY);
        assertEquals(660, result.workedMinutes());
    }

    @Test
    void demandNoShiftCanCoverIsReported() {
        var result = fit(List.of(activity("day", 6, 16, 1)), List.of(shift("D", 8, 16, 0)), Qualification.ANY);
        assertEquals(480, result.workedMinutes());
        assertEquals(120, result.uncoverableMinutes());
    }

    @Test
    void aLineIsCoveredOnItsOwn() {
        var line = StaffingLine.ofSkill("C&R", 1, 1);
        var result = fit(List.of(activity("day", 8, 16, 3, line)), List.of(shift("D", 8, 16, 0)), line.qualification());
        assertEquals(480, result.workedMinutes());
    }
}
