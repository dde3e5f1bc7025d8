package org.openroster.solver;

import java.time.Instant;
import java.time.LocalDate;
import org.openroster.model.DayType;
import org.openroster.model.Location;
import org.openroster.model.ShiftTemplate;
import org.openroster.time.LocalTimes;
import org.openroster.time.TimeSpan;

/**
 * A template offered at a location on a date: a value the solver can give a person for that day.
 * Times are resolved in the establishment's zone and kept as epoch minutes for fast arithmetic.
 *
 * @param start first minute (epoch minutes, inclusive)
 * @param end end minute (epoch minutes, exclusive)
 * @param workedMinutes length less the unpaid break: working time for WTR and contract hours
 * @param nightMinutes minutes in night time (23:00-06:00 by default)
 * @param youngNightMinutes minutes between 22:00 and 06:00 (restricted period for young workers)
 * @param night whether it is a night shift (at least 3 hours in night time)
 * @param weekend whether the date is a Saturday or Sunday
 * @param weekendKey the epoch day of the weekend's Saturday, or -1 when not a weekend day
 * @param weekIndex the 7-day week of the window the date falls in (0 for the first)
 * @param restBlocks the 14-day weekly-rest blocks of the window the shift overlaps
 * @param coveredSegments the coverage segments at its location that the shift covers whole
 * @param coveredIntervals the same segments grouped by elementary interval, as the constraints count them
 */
public record Shift(
        String id,
        LocalDate date,
        int dayIndex,
        ShiftTemplate template,
        Location location,
        long start,
        long end,
        int workedMinutes,
        int nightMinutes,
        int youngNightMinutes,
        boolean night,
        DayType dayType,
        boolean weekend,
        long weekendKey,
        int weekIndex,
        java.util.List<Integer> restBlocks,
        java.util.List<CoverSegment> coveredSegments,
        java.util.List<CoverInterval> coveredIntervals) {

    public static String idOf(LocalDate date, String template, String location) {
        return date + "/" + template + "@" + location;
    }

    public int lengthMinutes() {
        return (int) (end - start);
    }

    public Instant startInstant() {
        return LocalTimes.ofEpochMinute(start);
    }

    public Instant endInstant() {
        return LocalTimes.ofEpochMinute(end);
    }

    public TimeSpan span() {
        return new TimeSpan(startInstant(), endInstant());
    }

    public boolean publicHoliday() {
        return dayType == DayType.PUBLIC_HOLIDAY;
    }

    /** Unsocial units this shift carries: one each for a night, a weekend day and a public holiday. */
    public int unsocialUnits() {
        return (night ? 1 : 0) + (weekend ? 1 : 0) + (publicHoliday() ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shift other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
