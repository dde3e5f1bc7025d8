package org.openroster.solver;

import org.openroster.model.HoursBounds;
import org.openroster.model.Person;
import org.openroster.model.WorkingTimeSettings;

/**
 * A person's facts for this planning window, derived once before solving: their hours band after
 * leave, what their history leaves of the working-time limits, and their days worked just before the
 * window. Rules about a person's totals group by this fact, and people with no duty still count.
 *
 * @param lastShiftEnd end of the last shift before the window (epoch minutes), or {@link Long#MIN_VALUE}
 * @param daysWorkedBefore working days in a row ending the day before the window
 * @param leaveDays days of approved leave in the window
 */
public record PersonWindow(
        Person person, HoursBounds bounds, long lastShiftEnd, int daysWorkedBefore, int leaveDays, Horizon horizon) {

    public String id() {
        return person.id();
    }

    public WorkingTimeSettings workingTime() {
        return horizon.workingTime();
    }

    public int windowDays() {
        return horizon.days();
    }

    /** Minutes over the 48-hour average (reg 4) with {@code worked} minutes in the window. */
    public long averageWeeklyExcess(long worked) {
        if (person.optedOut() || person.youngWorker()) {
            return 0;
        }
        long days = (long) person.history().referencePeriodDays() + windowDays();
        long limit = workingTime().maxAverageWeeklyMinutes() * days / 7;
        return Math.max(0, person.history().referencePeriodMinutes() + worked - limit);
    }

    /**
     * Minutes over the night-work limit (reg 6) with {@code worked} minutes in the window: 8 hours
     * per 24 over the reference period, net of one weekly rest day in seven (reg 6(5)).
     */
    public long nightWorkExcess(long worked) {
        if (!person.nightWorker()) {
            return 0;
        }
        long days = (long) person.history().referencePeriodDays() + windowDays();
        long limit = workingTime().nightAverageDailyMinutes() * (days - days / 7);
        return Math.max(0, person.history().referencePeriodMinutes() + worked - limit);
    }

    /** Cost of carrying {@code units} unsocial shifts: the square of units per full-time equivalent. */
    public long unsocialCost(long units) {
        return units * units * 100 / person.contract().ftePercent();
    }

    /** Working days in a row beyond {@code limit} for a run of {@code length} days from {@code firstDay}. */
    public int consecutiveExcess(int firstDay, int length, int limit) {
        if (limit <= 0) {
            return 0;
        }
        int run = length + (firstDay == 0 ? daysWorkedBefore : 0);
        return Math.max(0, run - limit);
    }

    /** Days short of the minimum run, for a run that touches neither edge of the window. */
    public int shortRun(int firstDay, int lastDay, int min) {
        if (min <= 0 || firstDay == 0 || lastDay == windowDays() - 1) {
            return 0;
        }
        return Math.max(0, min - (lastDay - firstDay + 1));
    }

    /** Days short of the minimum days off for {@code daysOff} days off between two working days. */
    public int shortRest(int daysOff) {
        int min = person.rules().minConsecutiveDaysOff();
        return min <= 0 ? 0 : Math.max(0, min - daysOff);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonWindow other && person.id().equals(other.person.id());
    }

    @Override
    public int hashCode() {
        return person.id().hashCode();
    }

    @Override
    public String toString() {
        return person.id();
    }
}
