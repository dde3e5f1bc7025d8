package org.openroster.model;

/**
 * How much a minute of one missing person below SDSOL costs for an activity of each tier, so that
 * safety (tier 1) is curtailed last and purposeful activity (tier 3) first.
 */
public record TierWeights(int tier1, int tier2, int tier3) {

    public static final TierWeights DEFAULT = new TierWeights(100, 10, 1);

    public TierWeights {
        Checks.nonNegative(tier1, "tier1");
        Checks.nonNegative(tier2, "tier2");
        Checks.nonNegative(tier3, "tier3");
    }

    public int of(int tier) {
        return switch (tier) {
            case 1 -> tier1;
            case 2 -> tier2;
            case 3 -> tier3;
            default -> throw new IllegalArgumentException("The tier (" + tier + ") must be 1, 2 or 3.");
        };
    }
}
