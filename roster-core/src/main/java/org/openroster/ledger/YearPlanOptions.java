package org.openroster.ledger;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.openroster.model.Checks;
import org.openroster.rostering.RosteringModel;
import org.openroster.solver.SolveOptions;

/**
 * How to plan a year: {@code windows} successive windows of {@code windowDays} days (13 x 4 weeks by
 * default), each solved with {@code solve} (its seed plus the window's index, so a step-limited plan
 * is reproducible), the ledgers' settings, the rostering model, elections overriding people's defaults
 * for a day's extra minutes, the ledgers brought forward, and a callback per solved window.
 *
 * @param opening ledgers brought forward (TOIL with the dates it was earned, leave carried over...);
 *     an account without a ledger here is opened from the problem (annualised balances, the
 *     balances in each person's history) or at 0
 */
public record YearPlanOptions(
        int windows,
        int windowDays,
        SolveOptions solve,
        LedgerSettings settings,
        RosteringModel rosteringModel,
        List<ElectionOverride> elections,
        LedgerBook opening,
        Consumer<WindowResult> onWindow) {

    public YearPlanOptions {
        Checks.positive(windows, "windows");
        Checks.positive(windowDays, "windowDays");
        Checks.notNull(solve, "solve");
        settings = settings == null ? LedgerSettings.DEFAULT : settings;
        rosteringModel = rosteringModel == null ? RosteringModel.DLFR : rosteringModel;
        elections = Checks.list(elections, "elections");
        opening = opening == null ? LedgerBook.empty() : opening;
        onWindow = onWindow == null ? w -> {} : onWindow;
    }

    /** 13 windows of 28 days, 30 seconds a window, default settings, DLFR. */
    public static YearPlanOptions defaults() {
        return new YearPlanOptions(
                13, 28, SolveOptions.timeLimit(Duration.ofSeconds(30)), LedgerSettings.DEFAULT, null, null, null, null);
    }

    public YearPlanOptions withWindows(int count, int days) {
        return new YearPlanOptions(count, days, solve, settings, rosteringModel, elections, opening, onWindow);
    }

    /** The options each window is solved with (the seed is advanced by the window's index). */
    public YearPlanOptions withSolveOptions(SolveOptions options) {
        return new YearPlanOptions(
                windows, windowDays, options, settings, rosteringModel, elections, opening, onWindow);
    }

    public YearPlanOptions withTimeLimitPerWindow(Duration limit) {
        return withSolveOptions(SolveOptions.timeLimit(limit).withSeed(solve.seed()));
    }

    /** A step limit per window: with the seed, an exactly reproducible plan. */
    public YearPlanOptions withStepLimitPerWindow(int steps) {
        return withSolveOptions(SolveOptions.stepLimit(steps).withSeed(solve.seed()));
    }

    /** The seed of the first window's solve (each later window adds its index). */
    public YearPlanOptions withSeed(long seed) {
        return withSolveOptions(solve.withSeed(seed));
    }

    public YearPlanOptions withSettings(LedgerSettings newSettings) {
        return new YearPlanOptions(
                windows, windowDays, solve, newSettings, rosteringModel, elections, opening, onWindow);
    }

    public YearPlanOptions withRosteringModel(RosteringModel model) {
        return new YearPlanOptions(windows, windowDays, solve, settings, model, elections, opening, onWindow);
    }

    public YearPlanOptions withElections(List<ElectionOverride> overrides) {
        return new YearPlanOptions(windows, windowDays, solve, settings, rosteringModel, overrides, opening, onWindow);
    }

    public YearPlanOptions withOpening(LedgerBook book) {
        return new YearPlanOptions(windows, windowDays, solve, settings, rosteringModel, elections, book, onWindow);
    }

    public YearPlanOptions onWindow(Consumer<WindowResult> callback) {
        return new YearPlanOptions(windows, windowDays, solve, settings, rosteringModel, elections, opening, callback);
    }
}
