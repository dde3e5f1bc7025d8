package org.openroster.audit;

/**
 * The figures an RM team reads first. Minutes below MSL and SDSOL are person-minutes summed over
 * every line of the staffing ladders (total headcount and each grade/skill line).
 *
 * @param regimeSafe no hard violation and no minute below MSL
 * @param hardViolations number of violations at the hard level
 * @param contracts for each contract kind, the people holding it and their hard violations
 * @param rosteredMinutes minutes of duty rostered, everyone together
 * @param minimumHoursWriteOffMinutes guaranteed minutes of minimum-hours contracts not rostered
 */
public record AuditSummary(
        boolean regimeSafe,
        int hardViolations,
        int mediumViolations,
        int softViolations,
        long mslShortfallMinutes,
        long sdsolShortfallMinutes,
        long compensatoryRestOwedMinutes,
        long overStaffingMinutes,
        long extraHoursMinutes,
        long unusedContractMinutes,
        int requests,
        int requestsHonoured,
        int people,
        int duties,
        int daysGreen,
        int daysGreenAmber,
        int daysAmberRed,
        int daysRed,
        String score,
        java.util.Map<String, ContractKindSummary> contracts,
        long rosteredMinutes,
        long minimumHoursWriteOffMinutes) {}
