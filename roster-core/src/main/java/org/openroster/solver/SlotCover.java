package org.openroster.solver;

import org.openroster.model.SlotDemand;

/** A named slot's demand bound to the shift it counts. */
public record SlotCover(SlotDemand demand, Shift shift) {

    public String id() {
        return demand.key();
    }

    public long minimumShortfall(long count) {
        return (long) Math.max(0, demand.minimum() - count) * shift.workedMinutes();
    }

    public long underCover(long count) {
        return (long) Math.max(0, demand.target() - count) * demand.underWeight();
    }

    public long overCover(long count) {
        return (long) Math.max(0, count - demand.target()) * demand.overWeight();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotCover other && id().equals(other.id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }
}
