package org.openroster.ledger;

/** Why a ledger entry was booked. The sign of an entry is in its minutes, never in its kind. */
public enum EntryKind {
    /** A leave year's allowance (or a public holiday's day in lieu when not worked). */
    ENTITLEMENT,
    /** Earned: extra minutes banked or elected as pay, hours owed, compensatory rest owed. */
    ACCRUED,
    /** Used: leave taken, TOIL given back. */
    TAKEN,
    /** Annualised hours: minutes worked in the window, credited. */
    WORKED,
    /** Annualised hours: leave days credited at a day's minutes. */
    LEAVE_CREDIT,
    /** Annualised hours: the minutes the trajectory says fall due over the window. */
    DUE,
    /** A public holiday worked: a day in lieu to be taken later. */
    PUBLIC_HOLIDAY_WORKED,
    /** Converted to pay by an explicit election (TOIL to payment plus, an annualised surplus paid). */
    ELECTED_PAY,
    /** Hours owed repaid by extra minutes worked. */
    REPAID,
    /** Brought in from a previous year (or carried into the next). */
    CARRY_OVER,
    /** Lost at a year end: leave above the carry-over cap, an annualised surplus written off. */
    WRITE_OFF,
    /** Cancels an earlier entry (the only correction a closed period allows). */
    REVERSAL
}
