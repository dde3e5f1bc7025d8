package org.openroster.ledger;

/**
 * A kind of balance a person holds, each kept in minutes. A positive balance is owed to the person,
 * except {@link #HOURS_OWED} (owed by the person) and {@link #ANNUALISED_HOURS} (ahead of the
 * trajectory when positive).
 */
public enum Account {
    /** Time off in lieu banked for extra hours; never expires; given back oldest first. */
    TOIL,
    /** Extra hours elected as pay (payment plus), booked this year. */
    PAYMENT_PLUS,
    /**
     * Conditioned minutes not rostered and not covered by TOIL, owed back by the person; later extra
     * minutes repay them before any TOIL or payment plus accrues.
     */
    HOURS_OWED,
    /** Annual leave: 25 days (30 after 10 years' service) a leave year, in hours. */
    ANNUAL_LEAVE,
    /** Days in lieu of public holidays: one standard day for each public holiday, taken later. */
    PUBLIC_HOLIDAY,
    /** The privilege day: one standard day a leave year. */
    PRIVILEGE_DAY,
    /** Compensatory rest owed for displaced daily or weekly rest (WTR reg 24). */
    COMPENSATORY_REST,
    /** Annualised (and term-time) hours: minutes credited less the minutes due by the trajectory. */
    ANNUALISED_HOURS
}
