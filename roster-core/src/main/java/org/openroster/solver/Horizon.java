package org.openroster.solver;

import java.time.LocalDate;
import java.time.ZoneId;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.time.LocalTimes;

/**
 * The planning window's calendar: its dates resolved to instants in the establishment's zone, and
 * the 14-day blocks (from the window's start) in which weekly rest is judged.
 */
public final class Horizon {

    /** Weekly rest (WTR reg 11) is judged in blocks of 14 days, each made of two 7-day halves. */
    public static final int REST_BLOCK_DAYS = 14;

    private final LocalDate start;
    private final int days;
    private final ZoneId zone;
    private final WorkingTimeSettings workingTime;
    private final long[] blockBoundaries;

    public Horizon(LocalDate start, int days, ZoneId zone, WorkingTimeSettings workingTime) {
        this.start = start;
        this.days = days;
        this.zone = zone;
        this.workingTime = workingTime;
        int blocks = (days + REST_BLOCK_DAYS - 1) / REST_BLOCK_DAYS;
        // boundaries of each 7-day half: 2 per block plus the final end
        this.blockBoundaries = new long[2 * blocks + 1];
        for (int i = 0; i < blockBoundaries.length; i++) {
            blockBoundaries[i] = LocalTimes.epochMinute(LocalTimes.startOfDay(start.plusDays(7L * i), zone));
        }
    }

    public LocalDate start() {
        return start;
    }

    public int days() {
        return days;
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingTimeSettings workingTime() {
        return workingTime;
    }

    public int restBlockCount() {
        return (blockBoundaries.length - 1) / 2;
    }

    /** Start, middle and end (epoch minutes) of weekly-rest block {@code block}. */
    public long[] restBlock(int block) {
        return new long[] {blockBoundaries[2 * block], blockBoundaries[2 * block + 1], blockBoundaries[2 * block + 2]};
    }

    /** The weekly-rest blocks a span of epoch minutes {@code [from, to)} overlaps. */
    public java.util.List<Integer> restBlocksOverlapping(long from, long to) {
        java.util.List<Integer> result = new java.util.ArrayList<>(2);
        for (int b = 0; b < restBlockCount(); b++) {
            if (from < blockBoundaries[2 * b + 2] && blockBoundaries[2 * b] < to) {
                result.add(b);
            }
        }
        return java.util.List.copyOf(result);
    }

    public int dayIndex(LocalDate date) {
        return (int) (date.toEpochDay() - start.toEpochDay());
    }
}
