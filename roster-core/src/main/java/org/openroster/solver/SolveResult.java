package org.openroster.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** The best roster a solve found, its score and the solve's figures. */
public record SolveResult(Roster roster, HardMediumSoftScore score, SolveStats stats) {}
