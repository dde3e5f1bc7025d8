package org.openroster.solver;

import org.openroster.model.SlotDemand;

/**
 * A named slot's demand bound to the shift it counts. Equal by the slot's key (date, template and
 * location), which is computed once: the constraint streams hash and compare slots on every move.
 */
public final class SlotCover {

    private final SlotDemand demand;
    private final Shift shift;
    private final String id;

    public SlotCover(SlotDemand demand, Shift shift) {
        this.demand = demand;
        this.shift = shift;
        this.id = demand.key();
    }

    public SlotDemand demand() {
        return demand;
    }

    public Shift shift() {
        return shift;
    }

    public String id() {
        return id;
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
        return this == o || (o instanceof SlotCover other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SlotCover[" + id + "]";
    }
}
