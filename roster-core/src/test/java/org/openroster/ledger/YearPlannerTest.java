package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openroster.audit.PersonHours;
import org.openroster.model.Contract;
import org.openroster.model.Person;
import org.openroster.testing.YearProblems;
import tools.jackson.databind.JsonNode;

/**
 * A year planned on a tiny problem with short, step-limited solves: 6 windows of 14 days for eleven
 * people on every kind of hours that keeps a ledger. Checks what is carried between windows, that the
 * books balance and agree with the contracts, reproducibility, and the files written.
 */
class YearPlannerTest {

    private static final int WINDOWS = 6;
    private static final int DAYS = 14;
    private static final YearPlanOptions OPTIONS =
            YearPlanOptions.defaults().withWindows(WINDOWS, DAYS).withStepLimitPerWindow(150);

    private static YearPlan plan;
    private static final List<WindowResult> results = new ArrayList<>();

    @BeforeAll
    static void planTheYear() {
        plan = YearPlanner.create().plan(YearProblems.year(6, WINDOWS * DAYS, 3), OPTIONS.onWindow(results::add));
    }

    @Test
    void theWindowsFollowOneAnotherAndTheBooksAreClosedThroughTheEnd() {
        assertEquals(WINDOWS, plan.windows().size());
        assertEquals(WINDOWS, results.size());
        LocalDate expected = YearProblems.START;
        for (WindowSummary w : plan.windows()) {
            assertEquals(expected, w.start());
            assertEquals(expected.plusDays(DAYS - 1), w.end());
            expected = expected.plusDays(DAYS);
        }
        assertEquals(YearProblems.START.plusDays(WINDOWS * DAYS - 1), plan.end());
        assertEquals(plan.end(), plan.ledgers().closedThrough());
    }

    @Test
    void historyAndAnnualisedCreditAreCarriedFromOneWindowToTheNext() {
        for (int i = 1; i < WINDOWS; i++) {
            Map<String, PersonHours> before = new HashMap<>();
            results.get(i - 1).audit().people().forEach(h -> before.put(h.person(), h));
            for (Person p : results.get(i).result().roster().problem().people()) {
                Contract.Annualised terms = AnnualisedTerms.terms(p.contract());
                if (terms != null) {
                    assertEquals(before.get(p.id()).creditedMinutes(), terms.creditedToDateMinutes(), p.id());
                }
                if (i == 1) {
                    // the reference period before window 2 is window 1 (the problem's history is empty)
                    assertEquals(DAYS, p.history().referencePeriodDays());
                    assertEquals(
                            before.get(p.id()).rosteredMinutes(), p.history().referencePeriodMinutes());
                }
                LocalDate start = results.get(i).summary().start();
                p.history()
                        .recentShifts()
                        .forEach(s -> assertTrue(s.end()
                                .isAfter(start.minusDays(YearPlanner.RECENT_DAYS)
                                        .atStartOfDay(java.time.ZoneId.of("Europe/London"))
                                        .toInstant())));
            }
        }
    }

    @Test
    void theBalancesTheSolverIsGivenAreTheBooksBroughtForward() {
        for (int i = 1; i < WINDOWS; i++) {
            LocalDate start = results.get(i).summary().start();
            long toilOwed = 0;
            for (Person p : results.get(i).result().roster().problem().people()) {
                toilOwed += p.history().balances().toilOwedMinutes();
            }
            // nobody but FT0 takes TOIL leave, and only once: the TOIL owed less that day at most
            long books = results.get(i - 1).summary().toilOwedMinutes();
            assertTrue(toilOwed <= books && toilOwed >= books - 444, toilOwed + " vs " + books + " on " + start);
        }
    }

    @Test
    void everyAccountBalancesAndAnnualisedLedgersAgreeWithTheContracts() {
        for (Ledger l : plan.ledgers().ledgers()) {
            assertEquals(
                    l.opening() + l.entries().stream().mapToLong(Entry::minutes).sum(), l.closing());
        }
        assertEquals(3, plan.annualised().size());
        for (AnnualisedSummary a : plan.annualised()) {
            assertEquals(a.creditedMinutes() - a.targetToDateMinutes(), a.balanceMinutes());
            assertEquals(a.balanceMinutes(), plan.ledgers().balance(a.person(), Account.ANNUALISED_HOURS), a.person());
            assertEquals(Math.abs(a.balanceMinutes()) <= a.toleranceMinutes(), a.withinTolerance());
            assertEquals(WINDOWS, a.points().size());
        }
        long toil =
                plan.people().stream().mapToLong(PersonYear::toilOwedMinutes).sum();
        assertEquals(plan.windows().get(WINDOWS - 1).toilOwedMinutes(), toil);
        long accrued = plan.windows().stream()
                .mapToLong(WindowSummary::toilAccruedMinutes)
                .sum();
        long repaid = plan.windows().stream()
                .mapToLong(WindowSummary::toilRepaidMinutes)
                .sum();
        assertEquals(20 * 60 + accrued - repaid, toil, "TOIL brought in + accrued - given back = owed");
        // the people at the end carry their balances for the next year
        for (Person p : plan.finalPeople()) {
            assertEquals(
                    Math.max(0, plan.ledgers().balance(p.id(), Account.TOIL)),
                    p.history().balances().toilOwedMinutes(),
                    p.id());
        }
    }

    @Test
    void aStepLimitedPlanIsReproducible() {
        YearPlan again = YearPlanner.create().plan(YearProblems.year(6, WINDOWS * DAYS, 3), OPTIONS);
        assertEquals(plan.ledgers(), again.ledgers());
        assertEquals(
                plan.windows().stream().map(WindowSummary::score).toList(),
                again.windows().stream().map(WindowSummary::score).toList());
    }

    @Test
    void theOutputsAreWrittenWholeAndReadBack(@TempDir Path dir) throws IOException {
        YearPlanWriter.writeAll(plan, dir);
        assertEquals(plan.ledgers().ledgers(), LedgerJson.read(Files.readString(dir.resolve("ledgers.json"))));

        JsonNode summary = LedgerJson.MAPPER.readTree(Files.readString(dir.resolve("annual-summary.json")));
        assertEquals(WINDOWS, summary.get("windows").size());
        for (JsonNode w : summary.get("windows")) {
            assertTrue(w.get("mslShortfallMinutes").isIntegralNumber());
            assertTrue(w.get("hardViolations").isIntegralNumber());
            assertTrue(w.has("start") && w.has("end") && w.has("score") && w.has("toilAccruedMinutes"));
        }
        assertEquals(3, summary.get("annualised").size());
        for (JsonNode a : summary.get("annualised")) {
            for (String field :
                    List.of("person", "targetMinutes", "workedMinutes", "balanceMinutes", "withinTolerance")) {
                assertTrue(a.has(field), field);
            }
        }

        for (Map.Entry<String, String> e :
                YearPlanWriter.statementFiles(plan.ledgers()).entrySet()) {
            List<String> lines = Files.readAllLines(dir.resolve("statements").resolve(e.getValue()));
            assertEquals("person,account,date,kind,minutes,balanceMinutes,balanceHours", lines.get(0));
            String lastToil = lines.stream()
                    .filter(l -> l.contains(",TOIL,") && l.contains(",CLOSING,"))
                    .findFirst()
                    .orElse(null);
            long toil = plan.ledgers().balance(e.getKey(), Account.TOIL);
            if (lastToil != null) {
                assertEquals(toil, Long.parseLong(lastToil.split(",")[5]));
            }
        }
        assertEquals(
                plan.ledgers().people().size(),
                Files.list(dir.resolve("statements")).count());

        String html = Files.readString(dir.resolve("year-report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String section : List.of(
                "The year at a glance",
                "Windows",
                "TOIL owed and its age",
                "Leave taken against entitlement",
                "Payment plus",
                "Annualised balances against trajectory")) {
            assertTrue(html.contains("<h2>" + section + "</h2>"), section);
        }
        assertTrue(html.contains("<svg"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="));
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
