package org.openroster.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.openroster.model.Checks;

/**
 * The TOIL a person is owed as lots by the date each was earned, read from their TOIL ledger up to a
 * date. TOIL given back (or elected as pay) retires the oldest lots first; a negative reversal (a
 * correction of a recent booking) retires the newest. The opening balance is one lot dated
 * {@code openedOn}. TOIL never expires: a lot is overdue when it is older than the repayment target,
 * and stays owed until given back.
 *
 * @param deficit minutes retired beyond the lots held (a correction that took more than was owed); the
 *     next lots earned fill it first
 */
public record ToilAges(LocalDate asOf, List<Lot> lots, long deficit) {

    /** TOIL earned on a date and not yet given back. */
    public record Lot(LocalDate earned, long minutes) {
        /** Whole days from the date earned to {@code on}. */
        public long ageDays(LocalDate on) {
            return ChronoUnit.DAYS.between(earned, on);
        }
    }

    public ToilAges {
        lots = List.copyOf(lots);
    }

    /** The lots of the TOIL ledger's entries dated up to {@code asOf}. */
    public static ToilAges of(Ledger toil, LocalDate openedOn, LocalDate asOf) {
        Checks.check(toil.account() == Account.TOIL, "The ledger (" + toil.account() + ") must be a TOIL ledger.");
        Deque<Lot> lots = new ArrayDeque<>();
        long[] deficit = {0};
        if (toil.opening() > 0) {
            lots.add(new Lot(openedOn, toil.opening()));
        } else {
            deficit[0] = -toil.opening();
        }
        for (Entry e : toil.entries()) {
            if (e.date().isAfter(asOf)) {
                break;
            }
            if (e.minutes() > 0) {
                long m = e.minutes();
                long filled = Math.min(m, deficit[0]);
                deficit[0] -= filled;
                if (m - filled > 0) {
                    lots.addLast(new Lot(e.date(), m - filled));
                }
            } else {
                deficit[0] += retire(lots, -e.minutes(), e.kind() != EntryKind.REVERSAL);
            }
        }
        return new ToilAges(asOf, List.copyOf(lots), deficit[0]);
    }

    /** Retires minutes oldest first (or newest first), returning what could not be retired. */
    private static long retire(Deque<Lot> lots, long minutes, boolean oldestFirst) {
        long left = minutes;
        while (left > 0 && !lots.isEmpty()) {
            Lot lot = oldestFirst ? lots.pollFirst() : lots.pollLast();
            long used = Math.min(left, lot.minutes());
            left -= used;
            if (lot.minutes() > used) {
                Lot rest = new Lot(lot.earned(), lot.minutes() - used);
                if (oldestFirst) {
                    lots.addFirst(rest);
                } else {
                    lots.addLast(rest);
                }
            }
        }
        return left;
    }

    /** These lots after {@code minutes} more are given back, oldest first. */
    public ToilAges afterTaking(long minutes) {
        Deque<Lot> deque = new ArrayDeque<>(lots);
        long left = retire(deque, minutes, true);
        return new ToilAges(asOf, List.copyOf(deque), deficit + left);
    }

    /** TOIL owed: the minutes of every lot. */
    public long owed() {
        return lots.stream().mapToLong(Lot::minutes).sum();
    }

    /** Minutes of lots older than {@code targetDays} on {@code on}. */
    public long overdueOn(LocalDate on, int targetDays) {
        return lots.stream()
                .filter(l -> l.ageDays(on) > targetDays)
                .mapToLong(Lot::minutes)
                .sum();
    }

    /** Minutes of lots older than {@code targetDays} at {@link #asOf()}. */
    public long overdue(int targetDays) {
        return overdueOn(asOf, targetDays);
    }

    /** Age in days of the oldest lot at {@link #asOf()}, 0 when nothing is owed. */
    public long oldestAgeDays() {
        return lots.isEmpty() ? 0 : lots.get(0).ageDays(asOf);
    }

    /** The minutes-weighted average age in days at {@link #asOf()}, 0 when nothing is owed. */
    public double averageAgeDays() {
        long owed = owed();
        if (owed == 0) {
            return 0;
        }
        double weighted = 0;
        for (Lot l : lots) {
            weighted += (double) l.minutes() * l.ageDays(asOf);
        }
        return weighted / owed;
    }
}
