package org.openroster.model;

/**
 * The minutes a person should work in a planning window: a hard band {@code [min, max]} around a
 * contractual {@code target}. Each method says by how much a worked total breaks it.
 */
public record HoursBounds(long min, long target, long max) {

    public HoursBounds {
        Checks.nonNegative(min, "min");
        Checks.check(min <= max, "The min (" + min + ") must be <= the max (" + max + ").");
    }

    /** Minutes outside the hard band, below or above. */
    public long outsideMinutes(long worked) {
        return worked < min ? min - worked : worked > max ? worked - max : 0;
    }

    /** Minutes worked beyond the target (extra hours). */
    public long overTarget(long worked) {
        return Math.max(0, worked - target);
    }

    /** Contracted minutes not rostered. */
    public long underTarget(long worked) {
        return Math.max(0, target - worked);
    }

    /**
     * This band with its minimum lowered by {@code minutes} (never below 0), the target and maximum
     * unchanged: room for time owed to the person (TOIL) to be given back.
     */
    public HoursBounds withMinLoweredBy(long minutes) {
        Checks.nonNegative(minutes, "minutes");
        return new HoursBounds(Math.max(0, min - minutes), target, max);
    }
}
