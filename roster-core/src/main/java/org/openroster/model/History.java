package org.openroster.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openroster.time.TimeSpan;

/**
 * What a person worked before the planning window: recent shifts (enough for rest and
 * consecutive-day rules, two weeks is plenty), the minutes worked in the part of the working-time
 * reference period that lies before the window, and the hours balances brought forward from their
 * ledgers ({@link Balances#NONE} when none are kept).
 */
public record History(
        List<TimeSpan> recentShifts, long referencePeriodMinutes, int referencePeriodDays, Balances balances) {

    public static final History NONE = new History(List.of(), 0, 0);

    public History {
        recentShifts = List.copyOf(new TreeSet<>(Checks.list(recentShifts, "recentShifts")));
        Checks.nonNegative(referencePeriodMinutes, "referencePeriodMinutes");
        Checks.nonNegative(referencePeriodDays, "referencePeriodDays");
        balances = balances == null ? Balances.NONE : balances;
    }

    /** A history without balances brought forward. */
    public History(List<TimeSpan> recentShifts, long referencePeriodMinutes, int referencePeriodDays) {
        this(recentShifts, referencePeriodMinutes, referencePeriodDays, Balances.NONE);
    }

    /** This history with new balances brought forward. */
    public History withBalances(Balances newBalances) {
        return new History(recentShifts, referencePeriodMinutes, referencePeriodDays, newBalances);
    }

    /** The end of the last shift before the window, or null when there is none. */
    public Instant lastShiftEnd() {
        return recentShifts.stream().map(TimeSpan::end).max(Instant::compareTo).orElse(null);
    }

    /** Working days in a row ending the day before {@code windowStart} (by shift start date). */
    public int consecutiveDaysWorkedBefore(LocalDate windowStart, ZoneId zone) {
        Set<LocalDate> worked = new TreeSet<>();
        for (TimeSpan s : recentShifts) {
            worked.add(s.start().atZone(zone).toLocalDate());
        }
        int n = 0;
        for (LocalDate d = windowStart.minusDays(1); worked.contains(d); d = d.minusDays(1)) {
            n++;
        }
        return n;
    }
}
