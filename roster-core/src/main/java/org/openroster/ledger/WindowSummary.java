package org.openroster.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an RM team reads about one window of a year plan: regime safety and the hours books.
 *
 * @param index the window's index, 0 for the first
 * @param start the first day
 * @param end the last day
 * @param score the solver's best score
 * @param regimeSafe no hard violation and no minute below MSL
 * @param hardViolations hard violations found by the audit
 * @param mslShortfallMinutes person-minutes below MSL (must be 0)
 * @param sdsolShortfallMinutes person-minutes below SDSOL
 * @param rosteredMinutes minutes of duty rostered, everyone together
 * @param compensatoryRestOwedMinutes compensatory rest that accrued in the window
 * @param toilAccruedMinutes extra minutes banked as TOIL in the window
 * @param toilRepaidMinutes TOIL given back in the window (TOIL leave and time off rostered)
 * @param toilOwedMinutes TOIL owed at the window's end, everyone together
 * @param toilOverdueMinutes the part of it older than the repayment target
 * @param oldestToilDays the age in days of the oldest TOIL owed to anyone at the window's end
 * @param paymentPlusMinutes extra minutes elected as pay in the window
 * @param paymentPlusCost their cost at the payment-plus rate
 * @param hoursOwedMinutes hours owed by staff at the window's end, everyone together
 * @param annualLeaveTakenMinutes annual leave taken in the window
 * @param annualisedOutsideTolerance annualised and term-time people whose balance is outside their
 *     tolerance at the window's end
 * @param secondsSpent the solve's time
 */
public record WindowSummary(
        int index,
        LocalDate start,
        LocalDate end,
        String score,
        boolean regimeSafe,
        int hardViolations,
        long mslShortfallMinutes,
        long sdsolShortfallMinutes,
        long rosteredMinutes,
        long compensatoryRestOwedMinutes,
        long toilAccruedMinutes,
        long toilRepaidMinutes,
        long toilOwedMinutes,
        long toilOverdueMinutes,
        long oldestToilDays,
        long paymentPlusMinutes,
        BigDecimal paymentPlusCost,
        long hoursOwedMinutes,
        long annualLeaveTakenMinutes,
        int annualisedOutsideTolerance,
        double secondsSpent) {}
