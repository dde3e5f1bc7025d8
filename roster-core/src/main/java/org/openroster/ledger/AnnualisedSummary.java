package org.openroster.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * An annualised or term-time person's year: what they were to deliver, what was credited, and the
 * balance against the trajectory with its tolerance, at the plan's end and at each window's end.
 *
 * @param contract {@code annualised} or {@code termTime}
 * @param yearStart the start of the reference year the plan ends in
 * @param yearTargetMinutes the minutes to be rostered over that reference year (the annual total less
 *     the reserve)
 * @param targetToDateMinutes the trajectory: the minutes due by the plan's end
 * @param creditedMinutes minutes credited this reference year by the plan's end (brought forward,
 *     worked and leave)
 * @param workedMinutes minutes worked in the plan
 * @param leaveCreditedMinutes leave credited in the plan
 * @param balanceMinutes credited less the trajectory (positive: ahead)
 * @param withinTolerance whether the balance is within the tolerance
 * @param points the credited minutes and the trajectory at each window's end
 */
public record AnnualisedSummary(
        String person,
        String contract,
        LocalDate yearStart,
        long yearTargetMinutes,
        long targetToDateMinutes,
        long creditedMinutes,
        long workedMinutes,
        long leaveCreditedMinutes,
        long balanceMinutes,
        long toleranceMinutes,
        boolean withinTolerance,
        List<Point> points) {

    /** Credited minutes and the trajectory at the end of a window (at the start of {@code date}). */
    public record Point(LocalDate date, long creditedMinutes, long trajectoryMinutes, long toleranceMinutes) {}

    public AnnualisedSummary {
        points = List.copyOf(points);
    }
}
