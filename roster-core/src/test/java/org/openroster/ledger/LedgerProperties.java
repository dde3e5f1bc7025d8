package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openroster.ledger.LedgerArbitraries.Period;
import org.openroster.model.Checks.InvalidModelException;
import org.openroster.model.Contract;
import org.openroster.model.LeaveKind;
import org.openroster.solver.PersonWindow;

/**
 * Ledger invariants on random periods of a person's hours: every account balances, nothing is lost
 * or counted twice when a period is split into windows, a reversal restores a balance exactly, and
 * TOIL only goes down by time actually taken or an explicit election.
 */
class LedgerProperties {

    private static final Set<Account> PER_DAY =
            Set.of(Account.ANNUAL_LEAVE, Account.PRIVILEGE_DAY, Account.PUBLIC_HOLIDAY, Account.COMPENSATORY_REST);

    @Provide
    Arbitrary<Period> periods() {
        return LedgerArbitraries.periods();
    }

    @Property(tries = 300)
    void openingPlusEntriesIsClosingForEveryAccount(@ForAll("periods") Period p) {
        LedgerBook book = LedgerArbitraries.book(p.windows(), 600);
        for (Ledger l : book.ledgers()) {
            long sum = l.opening();
            for (Entry e : l.entries()) {
                sum += e.minutes();
            }
            assertEquals(sum, l.closing(), l.account().name());
            assertEquals(l.closing(), l.balanceAt(LocalDate.MAX), l.account().name());
        }
        // and as written: each account's closing in the JSON is its opening plus its entries
        List<Ledger> read = LedgerJson.read(LedgerJson.write(book));
        assertEquals(book.ledgers(), read);
    }

    @Property(tries = 500)
    void nothingIsLostOrCountedTwiceWhenAPeriodIsSplitIntoWindows(@ForAll("periods") Period p) {
        long toilOpening = 300;
        LedgerBook whole = LedgerArbitraries.book(List.of(p.whole()), toilOpening);
        LedgerBook split = LedgerArbitraries.book(p.windows(), toilOpening);
        // per-day accounts: the very same entries
        for (Account a : PER_DAY) {
            assertEquals(whole.ledger("P", a).entries(), split.ledger("P", a).entries(), a.name());
        }
        Contract c = p.person().contract();
        long worked =
                p.days().stream().mapToLong(WindowHours.Day::workedMinutes).sum();
        long due = java.util.Arrays.stream(p.due()).sum();
        int leaveDay = c.leaveDayMinutes();
        if (!PersonWindow.banksExtraHours(c)) {
            long leaveDays = p.days().stream().filter(d -> d.leave() != null).count();
            long expected = worked + leaveDays * leaveDay - due;
            assertEquals(expected, whole.balance("P", Account.ANNUALISED_HOURS));
            assertEquals(expected, split.balance("P", Account.ANNUALISED_HOURS));
        } else if (!(c instanceof Contract.MinimumHours)) {
            // every minute over or under what is due is in exactly one place: TOIL, payment plus or hours owed
            long toilLeave =
                    p.days().stream().filter(d -> d.leave() == LeaveKind.TOIL).count() * leaveDay;
            long expected = toilOpening + worked - due - toilLeave;
            assertEquals(expected, position(whole));
            assertEquals(expected, position(split));
        }
    }

    /** TOIL and payment plus owed to the person less hours they owe. */
    private static long position(LedgerBook book) {
        return book.balance("P", Account.TOIL)
                + book.balance("P", Account.PAYMENT_PLUS)
                - book.balance("P", Account.HOURS_OWED);
    }

    @Property(tries = 300)
    void aReversalRestoresTheBalanceExactly(@ForAll("periods") Period p, @ForAll long pick) {
        LedgerBook book = LedgerArbitraries.book(p.windows(), 300);
        List<Ledger> withEntries =
                book.ledgers().stream().filter(l -> !l.entries().isEmpty()).toList();
        if (withEntries.isEmpty()) {
            return;
        }
        Random r = new Random(pick);
        Ledger l = withEntries.get(r.nextInt(withEntries.size()));
        int index = r.nextInt(l.entries().size());
        Entry entry = l.entries().get(index);
        LocalDate after = book.closedThrough().plusDays(1);
        // the closed period takes no entry...
        assertThrows(
                InvalidModelException.class,
                () -> book.post("P", l.account(), new Entry(book.closedThrough(), 1, EntryKind.ACCRUED)));
        // ...only a reversal after it, which restores the balance before the entry exactly
        LedgerBook reversed = book.reverse("P", l.account(), index, after);
        assertEquals(l.closing() - entry.minutes(), reversed.balance("P", l.account()));
        int reversal = reversed.ledger("P", l.account()).entries().size() - 1;
        assertEquals(
                l.closing(), reversed.reverse("P", l.account(), reversal, after).balance("P", l.account()));
        // a correction is a reversal and a new entry of the same kind
        LedgerBook corrected = book.correct("P", l.account(), index, 7, after);
        assertEquals(l.closing() - entry.minutes() + 7, corrected.balance("P", l.account()));
        assertEquals(
                l.entries(),
                corrected
                        .ledger("P", l.account())
                        .entries()
                        .subList(0, l.entries().size()));
    }

    @Property(tries = 300)
    void toilNeverDecreasesExceptByTimeActuallyTakenOrAnExplicitElection(
            @ForAll("periods") Period p, @ForAll long electionSeed) {
        Random r = new Random(electionSeed);
        LedgerBook book = LedgerBook.empty()
                .post("P", Account.TOIL, new Entry(LedgerArbitraries.START.minusDays(40), 900, EntryKind.CARRY_OVER));
        int leaveDay = p.person().contract().leaveDayMinutes();
        for (WindowHours w : p.windows()) {
            long before = -book.ledger("P", Account.TOIL).total(EntryKind.TAKEN);
            book = HoursAccrual.post(book, w, LedgerArbitraries.SETTINGS).close(w.end());
            long taken = -book.ledger("P", Account.TOIL).total(EntryKind.TAKEN) - before;
            long timeOff = Math.max(0, w.dueMinutes() - w.workedMinutes())
                    + w.days().stream().filter(d -> d.leave() == LeaveKind.TOIL).count() * leaveDay;
            assertTrue(taken <= timeOff, "TOIL taken " + taken + " beyond the time off " + timeOff);
            long owed = book.balance("P", Account.TOIL);
            if (owed > 0 && r.nextInt(3) == 0) {
                book = book.electToPay(
                        "P",
                        1 + r.nextInt((int) Math.min(owed, Integer.MAX_VALUE)),
                        w.end().plusDays(1));
            }
        }
        Ledger toil = book.ledger("P", Account.TOIL);
        long balance = toil.opening();
        for (Entry e : toil.entries()) {
            if (e.minutes() < 0) {
                assertTrue(e.kind() == EntryKind.TAKEN || e.kind() == EntryKind.ELECTED_PAY, "TOIL went down by " + e);
            }
            balance += e.minutes();
            assertTrue(balance >= 0, "TOIL owed below zero after " + e);
        }
        // what was elected as pay is in payment plus, minute for minute
        assertEquals(
                -toil.total(EntryKind.ELECTED_PAY),
                book.ledger("P", Account.PAYMENT_PLUS).total(EntryKind.ELECTED_PAY));
    }
}
