package org.openroster.solver;

/**
 * Figures of one solve. {@code secondsToFirstFeasible} is negative when no feasible roster was found;
 * {@code peakHeapMb} is the process's peak heap during the solve (shared by parallel solves).
 */
public record SolveStats(
        double secondsSpent,
        double secondsToFirstFeasible,
        String bestScore,
        long scoreCalculationSpeed,
        long moveEvaluationSpeed,
        long scoreCalculationCount,
        long peakHeapMb) {}
