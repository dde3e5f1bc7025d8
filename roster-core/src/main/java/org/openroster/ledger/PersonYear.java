package org.openroster.ledger;

import java.math.BigDecimal;

/**
 * One person's year in the books, read from their ledgers at the plan's end (minutes throughout).
 *
 * @param election the person's default election for extra hours
 * @param standardDayMinutes a day of leave entitlement for this person (a fifth of their week)
 * @param toilOldestDays the age in days of the oldest TOIL owed, 0 when none is owed
 * @param annualLeaveEntitlementMinutes annual leave credited in the plan (entitlements, carried in)
 * @param publicHolidayCreditedMinutes days in lieu of public holidays credited in the plan
 * @param annualisedBalanceMinutes annualised or term-time balance against the trajectory, null for
 *     other contracts
 */
public record PersonYear(
        String person,
        String contract,
        String election,
        int standardDayMinutes,
        long toilAccruedMinutes,
        long toilTakenMinutes,
        long toilOwedMinutes,
        long toilOverdueMinutes,
        long toilOldestDays,
        long annualLeaveEntitlementMinutes,
        long annualLeaveTakenMinutes,
        long annualLeaveBalanceMinutes,
        long publicHolidayCreditedMinutes,
        long publicHolidayTakenMinutes,
        long publicHolidayBalanceMinutes,
        long privilegeDayBalanceMinutes,
        long paymentPlusMinutes,
        BigDecimal paymentPlusCost,
        long hoursOwedMinutes,
        long compensatoryRestOwedMinutes,
        Long annualisedBalanceMinutes) {}
