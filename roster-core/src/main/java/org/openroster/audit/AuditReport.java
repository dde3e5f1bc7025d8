package org.openroster.audit;

import java.util.List;

/**
 * The audit of a roster: summary, every violation, regime delivery per day, totals per rule, and the
 * headcount against MSL and SDSOL over time at each location, and each person's hours against their
 * contract (with annualised balances), and advisories: what in the problem cannot work or is unwise.
 */
public record AuditReport(
        AuditSummary summary,
        List<Violation> violations,
        List<DayDelivery> days,
        List<RuleTotal> rules,
        List<StaffingInterval> staffing,
        List<PersonHours> people,
        List<String> advisories) {

    /** The total of a rule by id, or null when the rule is unknown. */
    public RuleTotal rule(String id) {
        return rules.stream().filter(r -> r.rule().equals(id)).findFirst().orElse(null);
    }
}
