package org.openroster.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** A new best score found {@code millisSpent} after the solve started. */
public record BestScoreEvent(HardMediumSoftScore score, long millisSpent) {}
