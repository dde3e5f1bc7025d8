package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.audit.AuditReport;
import org.openroster.audit.PersonHours;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Activity;
import org.openroster.model.Balances;
import org.openroster.model.Contract;
import org.openroster.model.DayType;
import org.openroster.model.Establishment;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;
import org.openroster.solver.SolveResult;
import org.openroster.testing.TestProblems;

/**
 * The solver reads the books: TOIL owed is given back where demand allows (and not where the regime
 * needs the person), someone owed TOIL is not given the extra hours, and payment plus goes to the one
 * who elected it with the fewest hours this year. One week, one wing needing two people 08:00-16:00
 * (one shift, 7 h 30 worked), three full-timers: 14 duties for 15 at most, so one works four.
 */
class BooksInTheSolverTest {

    private static final LocalDate MONDAY = TestProblems.MONDAY;
    private static final RosterSolver SOLVER = RosterSolver.create();
    private static final int STEPS = 400;

    private static Problem week(int sdsol, Person... people) {
        return week(sdsol, 3, people);
    }

    private static Problem week(int sdsol, int tier, Person... people) {
        Establishment est = new Establishment(
                "est",
                "est",
                TestProblems.LONDON,
                List.of(Location.of("W", LocationKind.WING)),
                Set.of(),
                Set.of(),
                WorkingTimeSettings.GB,
                TierWeights.DEFAULT);
        Activity core = new Activity(
                "core",
                "Core day",
                "W",
                Set.of(DayType.WEEKDAY, DayType.WEEKEND, DayType.PUBLIC_HOLIDAY),
                LocalTime.of(8, 0),
                LocalTime.of(16, 0),
                tier,
                2,
                sdsol,
                List.of());
        return new Problem(
                "week",
                est,
                MONDAY,
                7,
                List.of(ShiftTemplate.of("D", LocalTime.of(8, 0), LocalTime.of(16, 0))
                        .withBreak(30)),
                List.of(core),
                List.of(people),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of());
    }

    private static Person officer(String id, Balances balances, ExtraHoursElection election) {
        return Person.of(id, Grade.OFFICER)
                .withContract(new Contract.FullTime(2220, 300))
                .withHistory(History.NONE.withBalances(balances))
                .withExtraHoursElection(election);
    }

    private static Map<String, Long> rostered(AuditReport audit) {
        Map<String, Long> minutes = new HashMap<>();
        for (PersonHours h : audit.people()) {
            minutes.put(h.person(), h.rosteredMinutes());
        }
        return minutes;
    }

    @Test
    void toilIsGivenBackWhereDemandAllowsAndTheExtraHoursGoToThoseOwedNone() {
        Problem problem = week(
                2,
                officer("Owed", new Balances(450, 450, 0), ExtraHoursElection.TOIL),
                officer("B", Balances.NONE, ExtraHoursElection.TOIL),
                officer("C", Balances.NONE, ExtraHoursElection.TOIL));
        SolveResult result = SOLVER.solve(problem, SolveOptions.stepLimit(STEPS));
        AuditReport audit = RosterAudit.audit(result.roster());
        assertEquals(0, audit.summary().mslShortfallMinutes());
        assertEquals(0, audit.summary().sdsolShortfallMinutes());
        Map<String, Long> minutes = rostered(audit);
        assertEquals(4 * 450, minutes.get("Owed"), "the one owed TOIL works four duties: 420 minutes given back");
        assertEquals(5 * 450, minutes.get("B"));
        assertEquals(5 * 450, minutes.get("C"));

        LedgerBook book = LedgerBook.empty().open("Owed", Account.TOIL, 450);
        for (WindowHours h : WindowHours.of(result.roster(), audit, List.of())) {
            book = HoursAccrual.post(book, h, LedgerSettings.DEFAULT);
        }
        assertEquals(-420, book.ledger("Owed", Account.TOIL).total(EntryKind.TAKEN));
        assertEquals(30, book.balance("Owed", Account.TOIL));
        assertEquals(30, book.balance("B", Account.TOIL));
        assertEquals(30, book.balance("C", Account.TOIL));
    }

    @Test
    void toilIsNotGivenBackWhenTheRegimeNeedsThePerson() {
        // SDSOL 3 for a statutory activity: every duty anyone can work is needed for the regime, and a
        // minute of statutory regime (10) outweighs a minute of TOIL given back (2 + 2 overdue)
        Problem problem = week(
                3,
                2,
                officer("Owed", new Balances(450, 450, 0), ExtraHoursElection.TOIL),
                officer("B", Balances.NONE, ExtraHoursElection.TOIL),
                officer("C", Balances.NONE, ExtraHoursElection.TOIL));
        AuditReport audit = RosterAudit.audit(
                SOLVER.solve(problem, SolveOptions.stepLimit(STEPS)).roster());
        assertEquals(5 * 450, rostered(audit).get("Owed"));
    }

    @Test
    void toilIsGivenBackAtTheCostOfPurposefulActivityOnly() {
        // the same week with a purposeful activity: a minute of it (1) is worth less than a minute of
        // overdue TOIL given back (4), so the person owed TOIL takes the day back
        Problem problem = week(
                3,
                3,
                officer("Owed", new Balances(450, 450, 0), ExtraHoursElection.TOIL),
                officer("B", Balances.NONE, ExtraHoursElection.TOIL),
                officer("C", Balances.NONE, ExtraHoursElection.TOIL));
        AuditReport audit = RosterAudit.audit(
                SOLVER.solve(problem, SolveOptions.stepLimit(STEPS)).roster());
        assertEquals(4 * 450, rostered(audit).get("Owed"));
    }

    @Test
    void paymentPlusGoesFirstToTheElectorWithTheFewestHoursThisYear() {
        Problem problem = week(
                2,
                officer("PaidALot", new Balances(0, 0, 60_000), ExtraHoursElection.PAYMENT_PLUS),
                officer("PaidNone", Balances.NONE, ExtraHoursElection.PAYMENT_PLUS),
                officer("Toil", Balances.NONE, ExtraHoursElection.TOIL));
        AuditReport audit = RosterAudit.audit(
                SOLVER.solve(problem, SolveOptions.stepLimit(STEPS)).roster());
        Map<String, Long> minutes = rostered(audit);
        assertEquals(4 * 450, minutes.get("PaidALot"));
        assertEquals(5 * 450, minutes.get("PaidNone"));
        assertEquals(5 * 450, minutes.get("Toil"));
    }
}
