package org.openroster.solver.search;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import java.util.List;

/**
 * The engine's search: a construction heuristic, then a local search over {@link RosterMoves} with
 * late acceptance. Figures come from measurements recorded in {@code benchmarks/TUNING.md}.
 */
public final class RosterSearch {

    /** Late acceptance history length. */
    public static final int LATE_ACCEPTANCE_SIZE = 100;

    private RosterSearch() {}

    /** The phases, in order. Termination is the caller's (time limits of the solve). */
    public static List<PhaseConfig> phases() {
        return List.of(rotaLines(), localSearch());
    }

    static CustomPhaseConfig rotaLines() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RotaLines.class));
    }

    static ConstructionHeuristicPhaseConfig constructionHeuristic() {
        return new ConstructionHeuristicPhaseConfig();
    }

    static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RosterMoves.class))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
