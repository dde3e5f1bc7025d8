package org.openroster.model;

import java.util.Map;

/**
 * Hard limits on a person's pattern of work (0 or null: no limit) and one soft preference.
 *
 * @param maxConsecutiveDays most working days in a row
 * @param minConsecutiveDays fewest working days in a row (a run touching the window's edge is exempt)
 * @param minConsecutiveDaysOff fewest days off in a row (a run touching the window's edge is exempt)
 * @param maxWeekends most weekends worked in the window (a weekend is worked if Saturday or Sunday is)
 * @param maxShiftsByTemplate most shifts of a template in the window (0: never that template)
 * @param minTotalMinutes if set, replaces the contract's lower bound of minutes in the window
 * @param maxTotalMinutes if set, replaces the contract's upper bound of minutes in the window
 * @param preferredMaxConsecutiveDays soft: working days in a row beyond this are penalised
 */
public record WorkRules(
        int maxConsecutiveDays,
        int minConsecutiveDays,
        int minConsecutiveDaysOff,
        int maxWeekends,
        Map<String, Integer> maxShiftsByTemplate,
        Integer minTotalMinutes,
        Integer maxTotalMinutes,
        int preferredMaxConsecutiveDays) {

    /** HMPPS-style defaults: at most 7 days in a row, preferably 5; nothing else limited. */
    public static final WorkRules DEFAULT = new WorkRules(7, 0, 0, 0, Map.of(), null, null, 5);

    public static final WorkRules NONE = new WorkRules(0, 0, 0, 0, Map.of(), null, null, 0);

    public WorkRules {
        Checks.nonNegative(maxConsecutiveDays, "maxConsecutiveDays");
        Checks.nonNegative(minConsecutiveDays, "minConsecutiveDays");
        Checks.nonNegative(minConsecutiveDaysOff, "minConsecutiveDaysOff");
        Checks.nonNegative(maxWeekends, "maxWeekends");
        Checks.nonNegative(preferredMaxConsecutiveDays, "preferredMaxConsecutiveDays");
        maxShiftsByTemplate = Map.copyOf(maxShiftsByTemplate == null ? Map.of() : maxShiftsByTemplate);
        maxShiftsByTemplate.forEach((t, n) -> Checks.nonNegative(n, "maxShiftsByTemplate[" + t + "]"));
        if (minTotalMinutes != null) {
            Checks.nonNegative(minTotalMinutes, "minTotalMinutes");
        }
        if (maxTotalMinutes != null) {
            Checks.nonNegative(maxTotalMinutes, "maxTotalMinutes");
        }
        if (minTotalMinutes != null && maxTotalMinutes != null) {
            Checks.check(
                    minTotalMinutes <= maxTotalMinutes,
                    "The minTotalMinutes (" + minTotalMinutes + ") must be <= the maxTotalMinutes (" + maxTotalMinutes
                            + ").");
        }
        if (minConsecutiveDays > 0 && maxConsecutiveDays > 0) {
            Checks.check(
                    minConsecutiveDays <= maxConsecutiveDays,
                    "The minConsecutiveDays (" + minConsecutiveDays + ") must be <= the maxConsecutiveDays ("
                            + maxConsecutiveDays + ").");
        }
    }

    /** The most shifts of the template allowed, or -1 when unlimited. */
    public int maxShiftsOf(String template) {
        Integer max = maxShiftsByTemplate.get(template);
        return max == null ? -1 : max;
    }

    /**
     * The contract's band with this person's explicit total-minute limits applied. An explicit limit
     * wins over the contract's: an explicit maximum below the contract's minimum lowers the minimum.
     */
    public HoursBounds apply(HoursBounds contractBounds) {
        long max = maxTotalMinutes != null ? maxTotalMinutes : contractBounds.max();
        long min = minTotalMinutes != null ? minTotalMinutes : Math.min(contractBounds.min(), max);
        max = Math.max(max, min);
        long target = Math.min(Math.max(contractBounds.target(), min), max);
        return new HoursBounds(min, target, max);
    }
}
