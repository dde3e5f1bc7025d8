package org.openroster.audit;

import org.openroster.solver.Level;

/**
 * A rule's total in a roster: the summed amount of its breaches in its unit, the weight per unit in
 * force and the resulting score (e.g. {@code "0hard/-300medium/0soft"}).
 */
public record RuleTotal(String rule, Level level, long amount, String unit, String weight, String score) {}
