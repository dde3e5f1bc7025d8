package org.openroster.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import java.util.List;
import java.util.Map;
import org.openroster.solver.Roster;
import org.openroster.solver.construction.GreedyConstructionPhase;

/**
 * The engine's search: a construction ({@link Construction}: demand-driven for a regime, rota lines
 * then a {@link LineSweep} for named slots) builds a start, then a local search over
 * {@link RosterMoves} with late acceptance. Figures come from measurements recorded in {@code benchmarks/TUNING.md}.
 */
public final class RosterSearch {

    /** Late acceptance history length when the roster's size is not known. */
    public static final int LATE_ACCEPTANCE_SIZE = 100;

    private RosterSearch() {}

    /** The phases, in order. Termination is the caller's (time limits of the solve). */
    public static List<PhaseConfig> phases() {
        return List.of(rotaLines(), localSearch(LATE_ACCEPTANCE_SIZE, LINE_DAYS, 0));
    }

    /** The phases for a roster of {@code personDays} person-days over {@code days} days. */
    public static List<PhaseConfig> phases(int personDays, int days) {
        return List.of(
                rotaLines(), localSearch(lateAcceptanceSize(personDays), lineDays(days), handOverWeight(personDays)));
    }

    /**
     * Late acceptance history length for a roster of {@code personDays} person-days: 200,000 divided
     * by the size, between 50 and 400. Measured at the 2 to 3 million score calculations that a minute
     * gives: a longer history is better on small rosters (Instance4: 1725 with 400, 1924 with 100),
     * worse on larger ones (Instance12: 9233 with 400, 5714 with 100), and 1000 was worse on all.
     */
    public static int lateAcceptanceSize(int personDays) {
        return Math.clamp(200_000 / Math.max(1, personDays), 50, 400);
    }

    /**
     * The construction: for a regime's demand curve, {@link GreedyConstructionPhase} (the safety floor
     * first, day by day, then the rest of the regime); for demand given only as named slots,
     * {@link RotaLines} (pattern-keeping lines phased to the slots) then {@link LineSweep} (each
     * person's line rebuilt window by window while the score improves).
     */
    static CustomPhaseConfig rotaLines() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(Construction.class));
    }

    /** Chooses the construction by the kind of demand. */
    public static final class Construction implements PhaseCommand<Roster> {
        @Override
        public void changeWorkingSolution(PhaseCommandContext<Roster> context) {
            if (context.getWorkingSolution().getSegments().isEmpty()) {
                new RotaLines().changeWorkingSolution(context);
                new LineSweep().changeWorkingSolution(context);
            } else {
                new GreedyConstructionPhase().changeWorkingSolution(context);
            }
        }
    }

    /**
     * Share of {@link RosterMoves}' line moves ({@link LineDp}: one person's 7 to {@link #LINE_DAYS}
     * days rebuilt at once against the others' cover) among the other moves' weights (change 1, swap 1,
     * day swap 1, block swap 0.3, block assign 0.3); they only apply where demand is named slots. A
     * line move costs tens of other moves, so its weight is small: at 60 s on the Curtois instances
     * (one seed, TUNING.md section 6) 0.05 gave Instance10 5000 (without: 5148), Instance11 3602
     * (4456), Instance12 4611 (5324), Instance14 1774 (2392 and a hard violation); 0.2 was no better.
     */
    public static final double LINE_WEIGHT = 0.05;

    /**
     * Share of {@link RosterMoves}' hand-overs (someone off takes another's shift, then both lines are
     * rebuilt by {@link LineDp}), on the same scale as {@link #LINE_WEIGHT}, on rosters of at most
     * {@link #HAND_OVER_MAX_PERSON_DAYS} person-days; named slots only. A hand-over costs two line
     * programmes: on small rosters the search has calculations to spare and stalls where two people
     * must change together (Curtois Instance2, 196 person-days: 845, 828 and 836 over seeds 1-3
     * against 926, 833 and 923 without; Instance3 1001 against 1006), on larger ones it costs more
     * than it finds (Instance8 2107 and 2179 against 1688 and 1604; TUNING.md section 9).
     */
    public static final double HAND_OVER_WEIGHT = 0.05;

    /** Largest roster, in person-days, that draws hand-overs. */
    public static final int HAND_OVER_MAX_PERSON_DAYS = 300;

    /** The hand-over weight for a roster of {@code personDays} person-days. */
    public static double handOverWeight(int personDays) {
        return personDays <= HAND_OVER_MAX_PERSON_DAYS ? HAND_OVER_WEIGHT : 0;
    }

    /**
     * Longest window of a line move in days on horizons up to 12 weeks. Before the programme was
     * bounded, 28 was slower and worse than 14; bounded (and with the minutes band in the bound), 28 is
     * better at 60 s, seeds 1 and 2: Instance8 1777 and 1770 against 2202 and 1899, Instance14 1641 and
     * 1759 against 1787 and 1767 (TUNING.md section 9).
     */
    public static final int LINE_DAYS = 28;

    /**
     * Longest window of a line move for a horizon of {@code days} days: a third of the horizon,
     * between {@link #LINE_DAYS} and twice that. After the line sweep, Instance20 (182 days) ended at
     * 6687 and 7231 with windows up to 56 days against 9489-11,066 with 28; on 28-day horizons 56-day
     * windows are the whole horizon most of the time, and worse (Instance8 2189 and 2170).
     */
    public static int lineDays(int days) {
        return Math.clamp(days / 3, LINE_DAYS, 2 * LINE_DAYS);
    }

    static LocalSearchPhaseConfig localSearch(int lateAcceptanceSize, int lineDays, double handOverWeight) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(RosterMoves.class)
                        .withMoveIteratorFactoryCustomProperties(Map.of(
                                "lineWeight", Double.toString(LINE_WEIGHT),
                                "lineDays", Integer.toString(lineDays),
                                "handOverWeight", Double.toString(handOverWeight))))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
