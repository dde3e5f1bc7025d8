package org.openroster.solver;

import org.openroster.model.Balances;
import org.openroster.model.Contract;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.HoursBounds;
import org.openroster.model.Person;
import org.openroster.model.WorkingTimeSettings;

/**
 * A person's facts for this planning window, derived once before solving: their hours band after
 * leave, what their history leaves of the working-time limits, their days worked just before the
 * window and the hours balances brought forward ({@link Balances}). Rules about a person's totals group
 * by this fact, and people with no duty still count.
 *
 * <p>TOIL owed lowers the band's minimum by what the window can give back ({@link #toilRepayable()});
 * minutes under the target up to that amount are TOIL repaid, not unused hours.
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

    /** The balances brought forward from the person's ledgers. */
    public Balances balances() {
        return person.history().balances();
    }

    /**
     * Whether extra hours are banked as TOIL or paid as payment plus, and TOIL given back: not for
     * annualised or term-time hours, whose balance is reconciled against the year's trajectory instead.
     */
    public boolean banksExtraHours() {
        return banksExtraHours(person.contract());
    }

    /** Whether a contract banks extra hours as TOIL or payment plus (all but annualised and term time). */
    public static boolean banksExtraHours(Contract contract) {
        return !(contract instanceof Contract.Annualised) && !(contract instanceof Contract.TermTime);
    }

    /** TOIL that may be given back in this window: what is owed, up to the window's target. */
    public long toilRepayable() {
        return banksExtraHours() ? Math.min(balances().toilOwedMinutes(), bounds.target()) : 0;
    }

    /** Minutes of TOIL given back with {@code worked} minutes: the shortfall under target, up to what is repayable. */
    public long toilRepaid(long worked) {
        return Math.min(toilRepayable(), bounds.underTarget(worked));
    }

    /** Contracted minutes not rostered and not TOIL given back: capacity paid for and not used. */
    public long unusedMinutes(long worked) {
        return bounds.underTarget(worked) - toilRepaid(worked);
    }

    /**
     * TOIL the window could give back and does not, with the overdue part counted twice (minutes given
     * back retire the oldest, overdue TOIL first).
     */
    public long toilRepaymentShortfall(long worked) {
        long repayable = toilRepayable();
        long repaid = toilRepaid(worked);
        long overdue = Math.min(balances().toilOverdueMinutes(), repayable);
        return (repayable - repaid) + Math.max(0, overdue - repaid);
    }

    /** Extra minutes beyond the target times the whole hours of TOIL the person is already owed. */
    public long extraHoursOnToilOwed(long worked) {
        return banksExtraHours() ? bounds.overTarget(worked) * (balances().toilOwedMinutes() / 60) : 0;
    }

    /**
     * For a person who elected payment plus, the growth in the square of their payment-plus hours this
     * year that the window's extra minutes cause (in squared hours, rounded down); 0 for anyone else.
     */
    public long paymentPlusShareCost(long worked) {
        if (!banksExtraHours() || person.extraHoursElection() != ExtraHoursElection.PAYMENT_PLUS) {
            return 0;
        }
        long before = balances().paymentPlusMinutes();
        long after = before + bounds.overTarget(worked);
        return (after * after - before * before) / 3600;
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
