package org.openroster.model;

/**
 * What a person takes for extra hours worked beyond their conditioned hours (to keep the regime
 * safe): payment plus (paid at an hourly rate) or TOIL (time off in lieu, banked and taken back
 * later). Each person has a default; a single occasion may be elected otherwise.
 */
public enum ExtraHoursElection {
    /** Time off in lieu: banked, never expires, taken back at a time convenient to both. */
    TOIL,
    /** Paid at the payment-plus hourly rate. */
    PAYMENT_PLUS
}
