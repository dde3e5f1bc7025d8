package org.openroster.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * A self-rostering choice the roster does not keep, and why: {@code reason} in words, {@code rules}
 * the rules that taking the choice would break or worsen, worst first (e.g. "daily-rest +60 minutes").
 */
public record Refusal(String person, LocalDate date, String template, String reason, List<String> rules) {}
