package org.openroster.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.openroster.testing.RosterArbitraries;

/** Time arithmetic: midnight crossing, UK clock changes, half-open overlap and night minutes. */
class TimeProperties {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Provide
    Arbitrary<LocalTime> times() {
        return RosterArbitraries.quarterHours();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return RosterArbitraries.datesNearClockChanges();
    }

    @Property
    void aSpanNeverEndsBeforeItStartsAndDiffersFromNominalByAtMostTheClockChange(
            @ForAll("dates") LocalDate date, @ForAll("times") LocalTime start, @ForAll("times") LocalTime end) {
        TimeSpan span = LocalTimes.span(date, start, end, LONDON);
        long nominal = LocalTimes.nominalMinutes(start, end);
        assertFalse(span.end().isBefore(span.start()));
        assertTrue(Math.abs(span.minutes() - nominal) <= 60, span + " vs nominal " + nominal);
    }

    @Property
    void inAZoneWithoutClockChangesASpanIsItsNominalLength(
            @ForAll("dates") LocalDate date, @ForAll("times") LocalTime start, @ForAll("times") LocalTime end) {
        TimeSpan span = LocalTimes.span(date, start, end, ZoneOffset.UTC);
        assertEquals(LocalTimes.nominalMinutes(start, end), span.minutes());
    }

    @Property
    void anEndAtOrBeforeTheStartIsOnTheNextDay(@ForAll("times") LocalTime start, @ForAll("times") LocalTime end) {
        LocalDate date = LocalDate.of(2027, 6, 1);
        TimeSpan span = LocalTimes.span(date, start, end, LONDON);
        LocalDate endDate = span.end().atZone(LONDON).toLocalDate();
        assertEquals(end.isAfter(start) ? date : date.plusDays(1), endDate);
    }

    @Example
    void aNightAcrossTheClockChangeIsAnHourShorterOrLonger() {
        LocalTime s = LocalTime.of(20, 45);
        LocalTime e = LocalTime.of(7, 30);
        assertEquals(
                10 * 60 + 45,
                LocalTimes.span(LocalDate.of(2027, 3, 26), s, e, LONDON).minutes());
        assertEquals(
                9 * 60 + 45,
                LocalTimes.span(LocalDate.of(2027, 3, 27), s, e, LONDON).minutes());
        assertEquals(
                11 * 60 + 45,
                LocalTimes.span(LocalDate.of(2027, 10, 30), s, e, LONDON).minutes());
    }

    @Example
    void aTimeThatDoesNotExistIsTheMomentOfTheChange() {
        Instant change = Instant.parse("2027-03-28T01:00:00Z");
        assertEquals(change, LocalTimes.instant(LocalDate.of(2027, 3, 28), LocalTime.of(1, 30), LONDON));
        assertEquals(change, LocalTimes.instant(LocalDate.of(2027, 3, 28), LocalTime.of(2, 0), LONDON));
    }

    @Property
    void overlapIsSymmetricAndBoundedAndTouchingSpansDoNotOverlap(
            @ForAll @IntRange(min = 0, max = 2000) int s1,
            @ForAll @IntRange(min = 0, max = 600) int len1,
            @ForAll @IntRange(min = 0, max = 2000) int s2,
            @ForAll @IntRange(min = 0, max = 600) int len2) {
        Instant base = Instant.parse("2027-01-01T00:00:00Z");
        TimeSpan a = new TimeSpan(base.plusSeconds(60L * s1), base.plusSeconds(60L * (s1 + len1)));
        TimeSpan b = new TimeSpan(base.plusSeconds(60L * s2), base.plusSeconds(60L * (s2 + len2)));
        assertEquals(a.overlapMinutes(b), b.overlapMinutes(a));
        assertTrue(a.overlapMinutes(b) <= Math.min(len1, len2));
        assertEquals(a.overlapMinutes(b) > 0, a.overlaps(b));
        assertEquals(
                a.overlaps(b),
                a.range().isConnected(b.range())
                        && !a.range().intersection(b.range()).isEmpty());
        TimeSpan touching = new TimeSpan(a.end(), a.end().plus(Duration.ofMinutes(30)));
        assertFalse(a.overlaps(touching));
    }

    @Property
    void nightMinutesCountExactlyTheMinutesInTheDailyPeriod(
            @ForAll("dates") LocalDate date, @ForAll("times") LocalTime start, @ForAll("times") LocalTime end) {
        TimeSpan span = LocalTimes.span(date, start, end, LONDON);
        LocalTime from = LocalTime.of(23, 0);
        LocalTime to = LocalTime.of(6, 0);
        long counted = 0;
        for (Instant t = span.start(); t.isBefore(span.end()); t = t.plusSeconds(60)) {
            LocalTime local = t.atZone(LONDON).toLocalTime();
            if (!local.isBefore(from) || local.isBefore(to)) {
                counted++;
            }
        }
        assertEquals(counted, LocalTimes.minutesInDailyPeriod(span, from, to, LONDON));
    }
}
