package org.openroster.audit;

import java.time.Instant;
import org.openroster.solver.Level;

/**
 * One breach of a rule: which rule and at what level, its legal or contract reference, who or where
 * (person or location, either may be null), when ({@code [start, end)}, either may be null for a
 * whole-window rule), how much (in the rule's unit) and a sentence for people.
 */
public record Violation(
        String rule,
        Level level,
        String reference,
        String person,
        String location,
        Instant start,
        Instant end,
        long amount,
        String unit,
        String message) {}
