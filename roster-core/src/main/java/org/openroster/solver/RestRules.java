package org.openroster.solver;

import java.util.Arrays;
import java.util.Collection;
import org.openroster.model.Person;
import org.openroster.model.WorkingTimeSettings;

/**
 * Rest arithmetic of the Working Time Regulations, shared by the constraints and the audit so that
 * both judge a roster by the same numbers. All times are epoch minutes.
 */
public final class RestRules {

    private RestRules() {}

    /**
     * Daily rest (reg 10) between a duty ending at {@code previousEnd} and the next starting at
     * {@code nextStart}. Below the entitlement is a breach unless the special case applies, in which
     * case the rest down to the floor is displaced (owed back) and only what is below the floor is a
     * breach. Overlapping duties (a negative gap) are another rule's business.
     */
    public static RestOutcome dailyRest(long previousEnd, long nextStart, Person person, WorkingTimeSettings wt) {
        long gap = nextStart - previousEnd;
        int required = wt.dailyRestFor(person);
        if (gap < 0 || gap >= required) {
            return RestOutcome.NONE;
        }
        int floor = wt.dailyRestFloorFor(person);
        long breach = Math.max(0, floor - gap);
        long displaced = floor < required ? required - Math.max(gap, floor) : 0;
        return new RestOutcome(breach, displaced);
    }

    /**
     * Weekly rest (reg 11) in a 14-day block {@code [start, end)} with its midpoint {@code middle}:
     * an adult needs 24 h uninterrupted in each 7-day half or 48 h in the block (whichever way is
     * nearer to met counts); a young worker 48 h in each half. Rest is measured inside the block (a
     * rest spanning the block's edge counts only its part inside). Under the special case, only rest
     * below the displaced floor (per block) is a breach; the rest of the shortfall is owed back.
     *
     * @param shifts the person's shifts that overlap the block, in any order
     */
    public static RestOutcome weeklyRest(
            Collection<Shift> shifts, long start, long middle, long end, Person person, WorkingTimeSettings wt) {
        long[][] busy = sortedSpans(shifts);
        if (person.youngWorker()) {
            long shortfall = Math.max(
                            0, WorkingTimeSettings.YOUNG_WEEKLY_REST_MINUTES - longestRest(busy, start, middle))
                    + Math.max(0, WorkingTimeSettings.YOUNG_WEEKLY_REST_MINUTES - longestRest(busy, middle, end));
            return new RestOutcome(shortfall, 0);
        }
        long longestInBlock = longestRest(busy, start, end);
        long eachHalf = Math.max(0, wt.weeklyRestMinutes() - longestRest(busy, start, middle))
                + Math.max(0, wt.weeklyRestMinutes() - longestRest(busy, middle, end));
        long wholeBlock = Math.max(0, wt.fortnightlyRestMinutes() - longestInBlock);
        long shortfall = Math.min(eachHalf, wholeBlock);
        if (shortfall == 0) {
            return RestOutcome.NONE;
        }
        if (!wt.specialCase()) {
            return new RestOutcome(shortfall, 0);
        }
        long breach = Math.max(0, wt.displacedWeeklyRestFloorMinutes() - longestInBlock);
        return new RestOutcome(breach, shortfall - Math.min(breach, shortfall));
    }

    /** The longest time in {@code [from, to)} not covered by any of the sorted busy spans. */
    static long longestRest(long[][] busy, long from, long to) {
        long longest = 0;
        long cursor = from;
        for (long[] span : busy) {
            if (span[1] <= cursor) {
                continue;
            }
            if (span[0] >= to) {
                break;
            }
            longest = Math.max(longest, Math.min(span[0], to) - cursor);
            cursor = Math.max(cursor, span[1]);
            if (cursor >= to) {
                return longest;
            }
        }
        return Math.max(longest, to - cursor);
    }

    private static long[][] sortedSpans(Collection<Shift> shifts) {
        long[][] spans = new long[shifts.size()][];
        int i = 0;
        for (Shift s : shifts) {
            spans[i++] = new long[] {s.start(), s.end()};
        }
        Arrays.sort(spans, (a, b) -> Long.compare(a[0], b[0]));
        return spans;
    }
}
