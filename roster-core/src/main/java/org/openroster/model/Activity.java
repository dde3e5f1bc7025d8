package org.openroster.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A regime activity: staff needed at a location for a daily time band on some day types (an end at
 * or before the start crosses midnight, as night state does). Its staffing ladder is a total
 * headcount (MSL floor, SDSOL target) plus lines by grade and skill. The tier is the curtailment
 * priority: 1 safety (unlock, meals, medication, night state), 2 statutory (exercise, visits),
 * 3 purposeful activity and association; higher tiers are curtailed first.
 */
public record Activity(
        String id,
        String name,
        String location,
        Set<DayType> dayTypes,
        LocalTime start,
        LocalTime end,
        int tier,
        int msl,
        int sdsol,
        List<StaffingLine> lines) {

    public Activity {
        Checks.id(id, "activity id");
        name = name == null ? id : name;
        Checks.id(location, "location of activity (" + id + ")");
        dayTypes = Checks.set(dayTypes, "dayTypes");
        Checks.check(!dayTypes.isEmpty(), "The dayTypes of activity (" + id + ") must not be empty.");
        Checks.notNull(start, "start of activity (" + id + ")");
        Checks.notNull(end, "end of activity (" + id + ")");
        Checks.check(tier >= 1 && tier <= 3, "The tier (" + tier + ") of activity (" + id + ") must be 1, 2 or 3.");
        Checks.nonNegative(msl, "msl of activity (" + id + ")");
        Checks.check(
                msl <= sdsol, "The msl (" + msl + ") of activity (" + id + ") must be <= its sdsol (" + sdsol + ").");
        lines = Checks.list(lines, "lines");
    }

    public boolean runsOn(DayType dayType) {
        return dayTypes.contains(dayType);
    }

    /** Identity is the id alone: hashing every component of a fact in score calculation is waste. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Activity other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
