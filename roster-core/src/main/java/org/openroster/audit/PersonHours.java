package org.openroster.audit;

/**
 * A person's hours in the window: contracted band and target against what was rostered; for
 * minimum-hours contracts the guarantee written off; for annualised and term-time contracts the
 * balance against the trajectory at the window's end (null for other kinds).
 *
 * @param creditedMinutes annualised: credited this year by the window's end (brought forward, leave, rostered)
 * @param trajectoryMinutes annualised: the rostered minutes due by the window's end
 * @param balanceMinutes annualised: credited less trajectory (positive: ahead)
 */
public record PersonHours(
        String person,
        String contract,
        long minMinutes,
        long targetMinutes,
        long maxMinutes,
        long rosteredMinutes,
        int leaveDays,
        long writeOffMinutes,
        Long creditedMinutes,
        Long trajectoryMinutes,
        Long balanceMinutes,
        Long toleranceMinutes,
        Boolean withinTolerance) {}
