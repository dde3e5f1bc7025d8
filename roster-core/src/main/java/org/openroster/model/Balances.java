package org.openroster.model;

/**
 * Hours balances brought forward into a planning window from the person's ledgers: facts computed
 * outside the window (by {@code org.openroster.ledger}) that the solver reads but never changes.
 *
 * @param toilOwedMinutes TOIL the person is owed and may be given back in this window (their TOIL
 *     balance less TOIL leave already booked in the window)
 * @param toilOverdueMinutes the part of {@code toilOwedMinutes} that will be older than the repayment
 *     target (5 weeks by default) by the window's end unless repaid; never more than the owed minutes
 * @param paymentPlusMinutes payment-plus minutes booked this year before the window (for sharing
 *     payment-plus work fairly among those who elected it)
 */
public record Balances(long toilOwedMinutes, long toilOverdueMinutes, long paymentPlusMinutes) {

    public static final Balances NONE = new Balances(0, 0, 0);

    public Balances {
        Checks.nonNegative(toilOwedMinutes, "toilOwedMinutes");
        Checks.nonNegative(toilOverdueMinutes, "toilOverdueMinutes");
        Checks.nonNegative(paymentPlusMinutes, "paymentPlusMinutes");
        Checks.check(
                toilOverdueMinutes <= toilOwedMinutes,
                "The toilOverdueMinutes (" + toilOverdueMinutes + ") must be <= the toilOwedMinutes (" + toilOwedMinutes
                        + ").");
    }
}
