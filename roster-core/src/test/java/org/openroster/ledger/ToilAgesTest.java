package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.model.Checks.InvalidModelException;

/** TOIL's age: lots by the date earned, given back oldest first, overdue past the target, never expiring. */
class ToilAgesTest {

    private static final LocalDate D = LocalDate.of(2027, 4, 1);

    @Test
    void toilIsGivenBackOldestFirstAndIsOverdueAfterTheTarget() {
        LedgerBook book = LedgerBook.empty()
                .open("P", Account.TOIL, 60)
                .post(
                        "P",
                        Account.TOIL,
                        List.of(
                                new Entry(D.plusDays(10), 120, EntryKind.ACCRUED),
                                new Entry(D.plusDays(20), 180, EntryKind.ACCRUED),
                                new Entry(D.plusDays(30), -100, EntryKind.TAKEN)));
        ToilAges ages = ToilAges.of(book.ledger("P", Account.TOIL), D, D.plusDays(50));
        // 100 given back: the 60 opened on D, then 40 of the 120 earned on day 10
        assertEquals(List.of(new ToilAges.Lot(D.plusDays(10), 80), new ToilAges.Lot(D.plusDays(20), 180)), ages.lots());
        assertEquals(260, ages.owed());
        assertEquals(40, ages.oldestAgeDays());
        assertEquals(80, ages.overdue(35)); // earned on day 10: 40 days old on day 50
        assertEquals(260, ages.overdueOn(D.plusDays(200), 35)); // never expires: still owed, overdue
        assertEquals(
                List.of(new ToilAges.Lot(D.plusDays(20), 160)),
                ages.afterTaking(100).lots());
    }

    @Test
    void aReversalOfABookingRetiresTheNewestTime() {
        LedgerBook book = LedgerBook.empty()
                .post(
                        "P",
                        Account.TOIL,
                        List.of(
                                new Entry(D, 120, EntryKind.ACCRUED),
                                new Entry(D.plusDays(20), 180, EntryKind.ACCRUED)))
                .close(D.plusDays(20));
        book = book.reverse("P", Account.TOIL, 1, D.plusDays(21));
        assertEquals(
                List.of(new ToilAges.Lot(D, 120)),
                ToilAges.of(book.ledger("P", Account.TOIL), D, D.plusDays(21)).lots());
    }

    @Test
    void aClosedPeriodTakesOnlyEntriesAfterItAndTheBooksNeverReopen() {
        LedgerBook book = LedgerBook.empty()
                .post("P", Account.TOIL, new Entry(D, 120, EntryKind.ACCRUED))
                .close(D.plusDays(27));
        var e = assertThrows(
                InvalidModelException.class,
                () -> book.post("P", Account.TOIL, new Entry(D.plusDays(27), -120, EntryKind.TAKEN)));
        assertEquals(true, e.getMessage().contains("closed through 2027-04-28"), e.getMessage());
        assertThrows(InvalidModelException.class, () -> book.close(D));
        assertThrows(InvalidModelException.class, () -> book.electToPay("P", 121, D.plusDays(28)));
        LedgerBook paid = book.electToPay("P", 120, D.plusDays(28));
        assertEquals(0, paid.balance("P", Account.TOIL));
        assertEquals(120, paid.balance("P", Account.PAYMENT_PLUS));
        // a ledger is booked in date order
        assertThrows(
                InvalidModelException.class,
                () -> paid.post(
                        "P",
                        Account.TOIL,
                        List.of(
                                new Entry(D.plusDays(40), 10, EntryKind.ACCRUED),
                                new Entry(D.plusDays(39), 10, EntryKind.ACCRUED))));
    }
}
