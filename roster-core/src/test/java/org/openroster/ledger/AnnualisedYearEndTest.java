package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.model.Checks.InvalidModelException;
import org.openroster.model.Contract;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.testing.TestProblems;

/**
 * An annualised reference year that ends inside a plan is settled at the end of the window it ends in:
 * its surplus paid (by its terms) or its deficit written off, and the contract moves to the next year
 * with what that year has already made due booked, so the ledger still equals credited less trajectory.
 */
class AnnualisedYearEndTest {

    private static final LocalDate MONDAY = TestProblems.MONDAY;

    private static Problem problem(Contract.Annualised terms) {
        Problem small = TestProblems.small(6, 7);
        List<Person> people = new ArrayList<>(small.people());
        people.set(5, people.get(5).withContract(terms));
        return small.withPeople(people);
    }

    @Test
    void aYearEndingMidWindowIsSettledOnceAndItsLastDaysBelongToTheNextYear() {
        // the reference year ends on Friday 5 March 2027, inside the first week; a surplus is paid
        LocalDate yearStart = MONDAY.minusYears(1).plusDays(4);
        LocalDate yearEnd = yearStart.plusYears(1);
        Contract.Annualised terms =
                new Contract.Annualised(100_000, yearStart, 0, 600, Contract.YearEndPolicy.PAY, 0, 0);
        long creditedBefore = terms.trajectory(MONDAY) + 500;
        terms = terms.withCreditedToDate(creditedBefore);
        List<WindowResult> windows = new ArrayList<>();
        YearPlan plan = YearPlanner.create()
                .plan(
                        problem(terms),
                        YearPlanOptions.defaults()
                                .withWindows(2, 7)
                                .withStepLimitPerWindow(100)
                                .onWindow(windows::add));

        // what P5 was credited in each window, before and from the year's end
        long[] before = new long[2];
        long[] after = new long[2];
        for (int w = 0; w < 2; w++) {
            for (var pd : windows.get(w).result().roster().getPersonDays()) {
                if (pd.person().id().equals("P5")) {
                    long credit = pd.workedMinutes() + (pd.onLeave() ? terms.leaveDayMinutes() : 0);
                    if (pd.date().isBefore(yearEnd)) {
                        before[w] += credit;
                    } else {
                        after[w] += credit;
                    }
                }
            }
        }
        long yearEndBalance = creditedBefore + before[0] - terms.rosteredAnnualMinutes();
        Ledger ledger = plan.ledgers().ledger("P5", Account.ANNUALISED_HOURS);
        LocalDate firstEnd = MONDAY.plusDays(6);
        List<Entry> settlement = ledger.entries().stream()
                .filter(e -> e.date().equals(firstEnd)
                        && (e.kind() == EntryKind.ELECTED_PAY || e.kind() == EntryKind.WRITE_OFF))
                .toList();
        // the year-end balance is settled exactly once: paid when ahead, written off when behind
        assertEquals(
                List.of(new Entry(
                        firstEnd, -yearEndBalance, yearEndBalance > 0 ? EntryKind.ELECTED_PAY : EntryKind.WRITE_OFF)),
                settlement);

        // the new year holds only what was credited from 5 March on (nothing is carried under PAY)
        Contract.Annualised now =
                (Contract.Annualised) plan.finalPeople().get(5).contract();
        assertEquals(yearEnd, now.yearStart());
        assertEquals(after[0] + before[1] + after[1], now.creditedToDateMinutes());
        AnnualisedSummary a = plan.annualised().get(0);
        assertEquals(now.creditedToDateMinutes() - now.trajectory(MONDAY.plusDays(14)), a.balanceMinutes());
        assertEquals(a.balanceMinutes(), ledger.closing());
    }

    @Test
    void electionsNamingAnUnknownPersonOrADateOutsideThePlanAreRefused() {
        Problem p = TestProblems.small(3, 7);
        var unknown = assertThrows(
                InvalidModelException.class,
                () -> YearPlanner.create()
                        .plan(
                                p,
                                YearPlanOptions.defaults()
                                        .withWindows(1, 7)
                                        .withElections(
                                                List.of(new ElectionOverride("X", MONDAY, ExtraHoursElection.TOIL)))));
        assertTrue(unknown.getMessage().contains("elections[0].person (X)"), unknown.getMessage());
        var outside = assertThrows(
                InvalidModelException.class,
                () -> YearPlanner.create()
                        .plan(
                                p,
                                YearPlanOptions.defaults()
                                        .withWindows(1, 7)
                                        .withElections(List.of(new ElectionOverride(
                                                "P0", MONDAY.plusDays(7), ExtraHoursElection.TOIL)))));
        assertTrue(outside.getMessage().contains("elections[0].date (2027-03-08)"), outside.getMessage());
    }
}
