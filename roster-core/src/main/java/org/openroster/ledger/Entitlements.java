package org.openroster.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.openroster.model.Checks;
import org.openroster.model.Contract;
import org.openroster.model.Person;

/**
 * Leave arithmetic, all in minutes. An allowance in days is held in hours of a standard day: a fifth
 * of the contract's week, so part-time, compressed and annualised staff are pro rata to their hours (a
 * compressed 37 hours in 4 days earns the same 185 hours of annual leave as 37 hours in 5, and a day
 * of it taken costs the longer compressed day, {@link Contract#leaveDayMinutes()}).
 */
public final class Entitlements {

    private Entitlements() {}

    /** A standard day of the contract: a fifth of its weekly minutes. */
    public static int standardDayMinutes(Contract contract) {
        return contract.weeklyMinutes() / 5;
    }

    /** Annual leave days for the leave year starting on {@code leaveYearStart}: 25, or 30 after 10 years. */
    public static int annualLeaveDays(Person person, LocalDate leaveYearStart, LedgerSettings settings) {
        return person.yearsOfService(leaveYearStart) >= settings.longServiceYears()
                ? settings.longServiceLeaveDays()
                : settings.annualLeaveDays();
    }

    /** Annual leave for the leave year starting on {@code leaveYearStart}, in minutes. */
    public static long annualLeaveMinutes(Person person, LocalDate leaveYearStart, LedgerSettings settings) {
        return (long) annualLeaveDays(person, leaveYearStart, settings) * standardDayMinutes(person.contract());
    }

    /** The privilege day(s) of a leave year, in minutes. */
    public static long privilegeMinutes(Contract contract, LedgerSettings settings) {
        return (long) settings.privilegeDays() * standardDayMinutes(contract);
    }

    /** The public holidays of a leave year, in minutes (what reports compare the days in lieu with). */
    public static long publicHolidayMinutes(Contract contract, LedgerSettings settings) {
        return (long) settings.publicHolidaysPerYear() * standardDayMinutes(contract);
    }

    /** The most annual leave that may be carried into the next leave year, in minutes. */
    public static long carryOverCapMinutes(Contract contract, LedgerSettings settings) {
        return (long) settings.carryOverCapDays() * standardDayMinutes(contract);
    }

    /** What becomes of an annual leave balance at the leave year's end: carried (up to the cap) and lost. */
    public record CarryOver(long carried, long writtenOff) {}

    public static CarryOver carryOver(long balance, Contract contract, LedgerSettings settings) {
        long cap = carryOverCapMinutes(contract, settings);
        return balance <= cap ? new CarryOver(balance, 0) : new CarryOver(cap, balance - cap);
    }

    /**
     * The share of a year's {@code minutes} for the part of the leave year from {@code from} (included) to
     * its end, the leave year starting on {@code leaveYearStart}; rounded down.
     */
    public static long proRata(long minutes, LocalDate from, LocalDate leaveYearStart) {
        LocalDate end = leaveYearStart.plusYears(1);
        Checks.check(
                !from.isBefore(leaveYearStart) && from.isBefore(end),
                "The date (" + from + ") must fall in the leave year from " + leaveYearStart + ".");
        long yearDays = ChronoUnit.DAYS.between(leaveYearStart, end);
        return minutes * ChronoUnit.DAYS.between(from, end) / yearDays;
    }
}
