package org.openroster.ledger;

import org.openroster.audit.AuditReport;
import org.openroster.solver.SolveResult;

/**
 * One solved window of a year plan, handed to {@link YearPlanOptions#onWindow()} as soon as it is
 * booked (to write the window's roster and audit, or to show progress).
 *
 * @param index the window's index, 0 for the first
 */
public record WindowResult(int index, SolveResult result, AuditReport audit, WindowSummary summary) {}
