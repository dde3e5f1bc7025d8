package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openroster.testing.YearProblems;

/**
 * A whole year of the small prison (13 windows of 4 weeks) with a time limit per window; only with
 * {@code -Dslow=true}. {@code -DyearOfficers=N} and {@code -DyearWindowSeconds=S} change its size and
 * time. Prints a line per window and writes the outputs to {@code target/year-plan}.
 */
@EnabledIfSystemProperty(named = "slow", matches = "true")
class YearPlanSlowTest {

    @Test
    void aYearOfThirteenWindowsKeepsTheBooksAndTheAnnualisedWithinTolerance() {
        int officers = Integer.getInteger("yearOfficers", 12);
        int seconds = Integer.getInteger("yearWindowSeconds", 15);
        long started = System.nanoTime();
        YearPlan plan = YearPlanner.create()
                .plan(
                        YearProblems.year(officers, 13 * 28, 1),
                        YearPlanOptions.defaults()
                                .withTimeLimitPerWindow(Duration.ofSeconds(seconds))
                                .onWindow(w -> {
                                    System.out.println(line(w.summary()));
                                    w.audit().rules().stream()
                                            .filter(r ->
                                                    r.level() == org.openroster.solver.Level.HARD && r.amount() > 0)
                                            .forEach(r -> System.out.println(
                                                    "  hard " + r.rule() + " " + r.amount() + " " + r.unit()));
                                    System.out.println("  solve " + w.result().stats());
                                }));
        double total = (System.nanoTime() - started) / 1e9;
        YearPlanWriter.writeAll(plan, Path.of("target", "year-plan"));
        plan.annualised()
                .forEach(a -> System.out.println("annualised " + a.person() + " " + a.contract()
                        + " target " + a.targetToDateMinutes() + " credited " + a.creditedMinutes() + " balance "
                        + a.balanceMinutes() + " tolerance " + a.toleranceMinutes() + " within "
                        + a.withinTolerance()));
        System.out.printf(Locale.ROOT, "year planned in %.1f s%n", total);

        assertEquals(13, plan.windows().size());
        for (Ledger l : plan.ledgers().ledgers()) {
            assertEquals(
                    l.opening() + l.entries().stream().mapToLong(Entry::minutes).sum(), l.closing());
        }
        for (AnnualisedSummary a : plan.annualised()) {
            assertEquals(a.balanceMinutes(), plan.ledgers().balance(a.person(), Account.ANNUALISED_HOURS));
            assertTrue(a.withinTolerance(), a.person() + " ends the year outside its tolerance: " + a.balanceMinutes());
        }
    }

    private static String line(WindowSummary w) {
        return String.format(
                Locale.ROOT,
                "window %2d %s..%s score %s safe %s hard %d belowMSL %d belowSDSOL %d toil +%d -%d owed %d"
                        + " overdue %d oldest %dd pp %d (%s) annualisedOutside %d %.1fs",
                w.index() + 1,
                w.start(),
                w.end(),
                w.score(),
                w.regimeSafe(),
                w.hardViolations(),
                w.mslShortfallMinutes(),
                w.sdsolShortfallMinutes(),
                w.toilAccruedMinutes(),
                w.toilRepaidMinutes(),
                w.toilOwedMinutes(),
                w.toilOverdueMinutes(),
                w.oldestToilDays(),
                w.paymentPlusMinutes(),
                w.paymentPlusCost(),
                w.annualisedOutsideTolerance(),
                w.secondsSpent());
    }
}
