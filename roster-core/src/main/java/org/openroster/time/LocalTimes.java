package org.openroster.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Turns a local start and end time on a date into instants in a zone. An end at or before the start
 * means the next day (a night shift), and the length follows the clocks: a 20:45-07:30 night is
 * 10h45m on a normal night, 9h45m when clocks go forward and 11h45m when they go back.
 */
public final class LocalTimes {

    private static final long MINUTES_PER_DAY = 24 * 60;

    private LocalTimes() {}

    public static TimeSpan span(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        Instant s = instant(date, start, zone);
        LocalDate endDate = end.isAfter(start) ? date : date.plusDays(1);
        Instant e = instant(endDate, end, zone);
        return new TimeSpan(s, e);
    }

    /**
     * The instant of a local date and time in the zone. A time that does not exist (in the hour the
     * clocks go forward) is the moment of the change; a time that exists twice (when they go back) is
     * its first occurrence. The mapping never goes backwards, so a span never ends before it starts.
     */
    public static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.of(local, zone).toInstant();
    }

    /** Nominal length on a day without a clock change; an end at or before the start is next day. */
    public static long nominalMinutes(LocalTime start, LocalTime end) {
        long s = start.toSecondOfDay() / 60;
        long e = end.toSecondOfDay() / 60;
        return e > s ? e - s : e - s + MINUTES_PER_DAY;
    }

    /** The instant a local date starts in the zone (midnight, or the first valid time after a gap). */
    public static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /**
     * Minutes of {@code span} that fall in the daily period {@code [from, to)} (local times; a period
     * with {@code to <= from} crosses midnight, e.g. 23:00-06:00).
     */
    public static long minutesInDailyPeriod(TimeSpan span, LocalTime from, LocalTime to, ZoneId zone) {
        LocalDate first = span.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = span.end().atZone(zone).toLocalDate();
        long total = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            total += span.overlapMinutes(span(d, from, to, zone));
        }
        return total;
    }

    public static long epochMinute(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    public static Instant ofEpochMinute(long minute) {
        return Instant.ofEpochSecond(minute * 60);
    }
}
