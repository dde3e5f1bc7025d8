package org.openroster.solver;

import java.util.List;
import org.openroster.model.Location;
import org.openroster.model.Qualification;
import org.openroster.model.TierWeights;

/**
 * An elementary interval of time at a location in which the regime's demand for one qualification
 * is constant and every shift either covers it whole or not at all (segment boundaries are all
 * activity and shift boundaries). Demand is layered: first the MSL floor of all active activities,
 * then each tier's extra up to SDSOL; people fill the layers in that order, so what is missing is
 * the highest tier first (curtailment order).
 *
 * @param msl summed MSL of the active activities for this qualification
 * @param extraByTier SDSOL minus MSL of the active activities of tier 1, 2 and 3
 * @param tierWeights what a missing person-minute costs in each tier
 * @param activities ids of the activities active in the segment
 */
public record CoverSegment(
        String id,
        Location location,
        long start,
        long end,
        Qualification qualification,
        int msl,
        int[] extraByTier,
        TierWeights tierWeights,
        List<String> activities) {

    public java.time.Instant startInstant() {
        return org.openroster.time.LocalTimes.ofEpochMinute(start);
    }

    public java.time.Instant endInstant() {
        return org.openroster.time.LocalTimes.ofEpochMinute(end);
    }

    public long minutes() {
        return end - start;
    }

    public int sdsol() {
        return msl + extraByTier[0] + extraByTier[1] + extraByTier[2];
    }

    /** Person-minutes below MSL with {@code count} people present. */
    public long mslShortfall(long count) {
        return Math.max(0, msl - count) * minutes();
    }

    /** People missing from tier {@code tier}'s layer (1-3) with {@code count} people present. */
    public int missingInTier(int tier, long count) {
        int below = msl;
        for (int t = 1; t < tier; t++) {
            below += extraByTier[t - 1];
        }
        int layer = extraByTier[tier - 1];
        return (int) Math.min(layer, Math.max(0, below + layer - count));
    }

    /** Tier-weighted person-minutes below SDSOL with {@code count} people present. */
    public long sdsolShortfall(long count) {
        long total = 0;
        for (int tier = 1; tier <= 3; tier++) {
            total += (long) tierWeights.of(tier) * missingInTier(tier, count);
        }
        return total * minutes();
    }

    /** Person-minutes below SDSOL, unweighted. */
    public long sdsolShortfallMinutes(long count) {
        return Math.max(0, sdsol() - count) * minutes();
    }

    /** Person-minutes above SDSOL; only the total headcount (qualification "any") is judged. */
    public long overStaffing(long count) {
        return qualification.isAny() ? Math.max(0, count - sdsol()) * minutes() : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverSegment other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
