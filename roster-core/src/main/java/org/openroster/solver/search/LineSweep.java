package org.openroster.solver.search;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.Shift;

/**
 * Descent by whole lines between the construction and the local search, where demand is named slots:
 * each person in turn has each window of {@link #WINDOW} days (windows overlapping by half) rebuilt by
 * {@link LineDp} against the others' current cover, and the change is kept only when the roster's
 * score improves. Passes repeat until one repairs no hard or medium points and gains less than
 * {@link #MIN_PASS_GAIN} of the soft score (or the phase is out of time). It repairs what rota lines
 * leave broken far faster than random line moves: Curtois Instance22 (364 days, 36 fixed days off per
 * person) goes from 86,460 hard points after the rota lines to 15,840 after the first pass, where the local search
 * alone still had 64-75 hard violations after a minute (benchmarks/TUNING.md section 9).
 */
public final class LineSweep implements PhaseCommand<Roster> {

    /** Days of a window (the programme shortens a window whose states exceed its limit). */
    static final int WINDOW = 28;

    /** Passes at most (each pass only ever improves the score, so this only bounds a long tail). */
    static final int MAX_PASSES = 50;

    /** A pass that gains less than this share of the soft score (and no hard or medium points) is the last. */
    static final double MIN_PASS_GAIN = 0.01;

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Roster> context) {
        var variable = DutyMove.variable(context);
        Roster roster = context.getWorkingSolution();
        PersonDay[][] grid = LineDp.grid(roster);
        LineDp dp = new LineDp(roster, grid, LineDp.windows(grid));
        if (!dp.applies()) {
            return;
        }
        int days = roster.horizon().days();
        int step = WINDOW / 2;
        HardMediumSoftScore score = context.executeTemporarilyAndCalculateScore(
                new DutyMove(variable, "none", new PersonDay[0], new Shift[0]));
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            HardMediumSoftScore before = score;
            for (int p = 0; p < grid.length; p++) {
                for (int from = 0; ; from += step) {
                    if (context.isPhaseTerminated()) {
                        return;
                    }
                    int to = Math.min(days, from + WINDOW);
                    LineDp.DutyChange change = dp.best(p, from, to);
                    if (change != null) {
                        Shift[] old = oldValues(change);
                        HardMediumSoftScore after = context.executeAndCalculateScore(
                                new DutyMove(variable, "lineSweep", change.days(), change.values()));
                        if (after.compareTo(score) > 0) {
                            score = after;
                        } else {
                            context.execute(new DutyMove(variable, "undo", change.days(), old));
                        }
                    }
                    if (to >= days) {
                        break;
                    }
                }
            }
            if (!worthAnotherPass(before, score)) {
                return;
            }
        }
    }

    /**
     * Whether a pass that went from {@code before} to {@code after} warrants another: it repaired hard
     * or medium points, or gained at least {@link #MIN_PASS_GAIN} of the soft score. Later passes gain
     * little (Instance22: passes 4 to 10 gained 0.2-3% each, about a second apiece), and the local
     * search uses that time better.
     */
    static boolean worthAnotherPass(HardMediumSoftScore before, HardMediumSoftScore after) {
        if (after.hardScore() != before.hardScore() || after.mediumScore() != before.mediumScore()) {
            return after.compareTo(before) > 0;
        }
        long gain = after.softScore() - before.softScore();
        return gain > 0 && gain >= MIN_PASS_GAIN * Math.abs(before.softScore());
    }

    private static Shift[] oldValues(LineDp.DutyChange change) {
        Shift[] old = new Shift[change.days().length];
        for (int i = 0; i < old.length; i++) {
            old[i] = change.days()[i].getShift();
        }
        return old;
    }
}
