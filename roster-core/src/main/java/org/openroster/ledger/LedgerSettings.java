package org.openroster.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import org.openroster.model.Checks;

/**
 * The figures the ledgers use, with HMPPS defaults; a user can change each.
 *
 * @param toilRepaymentTargetDays TOIL older than this is overdue (an agreement once aimed at 5 weeks)
 * @param annualLeaveDays annual leave a leave year (25 days)
 * @param longServiceLeaveDays annual leave after long service (30 days)
 * @param longServiceYears years of service at the leave year's start that earn the long-service leave (10)
 * @param publicHolidaysPerYear public holidays expected in a leave year (8 in England and Wales); each
 *     one in the establishment's calendar is credited as it falls, this is what reports compare with
 * @param privilegeDays privilege days a leave year (1)
 * @param carryOverCapDays annual leave that may be carried into the next leave year (9 days)
 * @param leaveYearStart the day and month a leave year starts; null: the day a year plan starts
 * @param paymentPlusHourlyRate the payment-plus rate per hour (GBP 22)
 * @param currency the rate's currency code
 */
public record LedgerSettings(
        int toilRepaymentTargetDays,
        int annualLeaveDays,
        int longServiceLeaveDays,
        int longServiceYears,
        int publicHolidaysPerYear,
        int privilegeDays,
        int carryOverCapDays,
        MonthDay leaveYearStart,
        BigDecimal paymentPlusHourlyRate,
        String currency) {

    public static final LedgerSettings DEFAULT =
            new LedgerSettings(35, 25, 30, 10, 8, 1, 9, null, new BigDecimal("22.00"), "GBP");

    public LedgerSettings {
        Checks.positive(toilRepaymentTargetDays, "toilRepaymentTargetDays");
        Checks.nonNegative(annualLeaveDays, "annualLeaveDays");
        Checks.nonNegative(longServiceLeaveDays, "longServiceLeaveDays");
        Checks.nonNegative(longServiceYears, "longServiceYears");
        Checks.nonNegative(publicHolidaysPerYear, "publicHolidaysPerYear");
        Checks.nonNegative(privilegeDays, "privilegeDays");
        Checks.nonNegative(carryOverCapDays, "carryOverCapDays");
        Checks.notNull(paymentPlusHourlyRate, "paymentPlusHourlyRate");
        Checks.check(
                paymentPlusHourlyRate.signum() >= 0,
                "The paymentPlusHourlyRate (" + paymentPlusHourlyRate + ") must be >= 0.");
        currency = currency == null || currency.isBlank() ? "GBP" : currency;
    }

    /** Whether a leave year starts on the date (never when {@link #leaveYearStart()} is null). */
    public boolean isLeaveYearStart(LocalDate date) {
        return leaveYearStart != null && MonthDay.from(date).equals(leaveYearStart);
    }

    /** The start of the leave year the date falls in ({@code fallback}'s day and month when none is set). */
    public LocalDate leaveYearStartOf(LocalDate date, LocalDate fallback) {
        MonthDay md = leaveYearStart != null ? leaveYearStart : MonthDay.from(fallback);
        LocalDate start = md.atYear(date.getYear());
        return start.isAfter(date) ? md.atYear(date.getYear() - 1) : start;
    }

    public LedgerSettings withLeaveYearStart(MonthDay start) {
        return new LedgerSettings(
                toilRepaymentTargetDays,
                annualLeaveDays,
                longServiceLeaveDays,
                longServiceYears,
                publicHolidaysPerYear,
                privilegeDays,
                carryOverCapDays,
                start,
                paymentPlusHourlyRate,
                currency);
    }

    public LedgerSettings withToilRepaymentTargetDays(int days) {
        return new LedgerSettings(
                days,
                annualLeaveDays,
                longServiceLeaveDays,
                longServiceYears,
                publicHolidaysPerYear,
                privilegeDays,
                carryOverCapDays,
                leaveYearStart,
                paymentPlusHourlyRate,
                currency);
    }

    public LedgerSettings withPaymentPlusHourlyRate(BigDecimal rate) {
        return new LedgerSettings(
                toilRepaymentTargetDays,
                annualLeaveDays,
                longServiceLeaveDays,
                longServiceYears,
                publicHolidaysPerYear,
                privilegeDays,
                carryOverCapDays,
                leaveYearStart,
                rate,
                currency);
    }

    public LedgerSettings withCarryOverCapDays(int days) {
        return new LedgerSettings(
                toilRepaymentTargetDays,
                annualLeaveDays,
                longServiceLeaveDays,
                longServiceYears,
                publicHolidaysPerYear,
                privilegeDays,
                days,
                leaveYearStart,
                paymentPlusHourlyRate,
                currency);
    }
}
