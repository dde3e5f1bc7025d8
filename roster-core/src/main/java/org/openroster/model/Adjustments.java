package org.openroster.model;

import java.time.LocalTime;

/**
 * Workplace adjustments from Occupational Health, as restrictions only (never a medical reason):
 * no night shifts, a maximum shift length in minutes (0: none), no control-and-restraint duties,
 * and a fixed start time (null: none).
 */
public record Adjustments(boolean noNights, int maxShiftMinutes, boolean noControlAndRestraint, LocalTime fixedStart) {

    public static final Adjustments NONE = new Adjustments(false, 0, false, null);

    /** The skill id that a no-C&amp;R adjustment suspends. */
    public static final String CONTROL_AND_RESTRAINT = "C&R";

    public Adjustments {
        Checks.nonNegative(maxShiftMinutes, "maxShiftMinutes");
    }

    public boolean any() {
        return noNights || maxShiftMinutes > 0 || noControlAndRestraint || fixedStart != null;
    }
}
