package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.model.Checks.InvalidModelException;
import org.openroster.model.Contract;
import org.openroster.model.Grade;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;

/** Leave arithmetic: 25 or 30 days, pro rata in hours, the carry-over cap, and a leave year's turn. */
class EntitlementsTest {

    private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);
    private static final LedgerSettings SETTINGS = LedgerSettings.DEFAULT.withLeaveYearStart(MonthDay.of(4, 1));

    private static Person person(Contract c, LocalDate serviceStart) {
        return Person.of("P", Grade.OFFICER).withContract(c).withName("P", serviceStart);
    }

    @Test
    void twentyFiveDaysThenThirtyAfterTenYearsServiceAtTheLeaveYearsStart() {
        Person nine = person(Contract.FullTime.standard(), APRIL.minusYears(10).plusDays(1));
        Person ten = person(Contract.FullTime.standard(), APRIL.minusYears(10));
        Person unknown = person(Contract.FullTime.standard(), null);
        assertEquals(25, Entitlements.annualLeaveDays(nine, APRIL, SETTINGS));
        assertEquals(30, Entitlements.annualLeaveDays(ten, APRIL, SETTINGS));
        assertEquals(25, Entitlements.annualLeaveDays(unknown, APRIL, SETTINGS));
        // 37 h a week: a day is 7 h 24 (444 minutes)
        assertEquals(25 * 444, Entitlements.annualLeaveMinutes(nine, APRIL, SETTINGS));
        assertEquals(30 * 444, Entitlements.annualLeaveMinutes(ten, APRIL, SETTINGS));
        assertEquals(444, Entitlements.privilegeMinutes(ten.contract(), SETTINGS));
        assertEquals(8 * 444, Entitlements.publicHolidayMinutes(ten.contract(), SETTINGS));
    }

    @Test
    void partTimeCompressedAndAnnualisedStaffArePaidLeaveProRataInHours() {
        // 22 h 12 a week: a day is 4 h 26 (266 minutes)
        assertEquals(
                25 * 266,
                Entitlements.annualLeaveMinutes(person(new Contract.PartTime(1332, 0), null), APRIL, SETTINGS));
        // 37 h in 4 days of 9 h 15 earns what 37 h in 5 days earns (185 h), though a day taken costs 9 h 15
        Contract compressed = Contract.Compressed.fourDayWeek();
        assertEquals(25 * 444, Entitlements.annualLeaveMinutes(person(compressed, null), APRIL, SETTINGS));
        assertEquals(555, compressed.leaveDayMinutes());
        // 1,929 h a year (52.14 x 37 h) is 37 h a week on average
        Contract annualised = new Contract.Annualised(115_740, APRIL, 0, 0, null, 0, 0);
        assertEquals(25 * 444, Entitlements.annualLeaveMinutes(person(annualised, null), APRIL, SETTINGS));
    }

    @Test
    void carryOverIsCappedAtNineDays() {
        Contract c = Contract.FullTime.standard();
        assertEquals(new Entitlements.CarryOver(9 * 444, 1000), Entitlements.carryOver(9 * 444 + 1000, c, SETTINGS));
        assertEquals(new Entitlements.CarryOver(2000, 0), Entitlements.carryOver(2000, c, SETTINGS));
        assertEquals(new Entitlements.CarryOver(-300, 0), Entitlements.carryOver(-300, c, SETTINGS));
        // part time: nine of their days
        assertEquals(
                new Entitlements.CarryOver(9 * 266, 10),
                Entitlements.carryOver(9 * 266 + 10, new Contract.PartTime(1332, 0), SETTINGS));
        assertEquals(
                new Entitlements.CarryOver(5 * 444, 4 * 444),
                Entitlements.carryOver(9 * 444, c, SETTINGS.withCarryOverCapDays(5)));
    }

    @Test
    void aPartYearIsProRataToTheDaysLeft() {
        assertEquals(11100, Entitlements.proRata(11100, APRIL, APRIL));
        // from 1 October: 183 of 366 days (the leave year holds 29 February 2028)
        assertEquals(11100L * 183 / 366, Entitlements.proRata(11100, LocalDate.of(2027, 10, 1), APRIL));
        assertThrows(InvalidModelException.class, () -> Entitlements.proRata(11100, APRIL.minusDays(1), APRIL));
    }

    @Test
    void aLeaveYearsTurnWritesOffLeaveAboveTheCapThenCreditsTheNewYear() {
        Person p = person(Contract.FullTime.standard(), APRIL.minusYears(10));
        LedgerBook book = LedgerBook.empty().open("P", Account.ANNUAL_LEAVE, 12 * 444);
        // 30 and 31 March on annual leave, then the leave year turns on 1 April
        List<WindowHours.Day> days = List.of(
                new WindowHours.Day(APRIL.minusDays(2), 0, LeaveKind.ANNUAL, false),
                new WindowHours.Day(APRIL.minusDays(1), 0, LeaveKind.ANNUAL, false),
                new WindowHours.Day(APRIL, 450, null, false));
        book = HoursAccrual.post(book, new WindowHours(p, days, 450, List.of(), null), SETTINGS);
        Ledger annual = book.ledger("P", Account.ANNUAL_LEAVE);
        assertEquals(
                List.of(
                        new Entry(APRIL.minusDays(2), -444, EntryKind.TAKEN),
                        new Entry(APRIL.minusDays(1), -444, EntryKind.TAKEN),
                        new Entry(APRIL, -444, EntryKind.WRITE_OFF),
                        new Entry(APRIL, 30 * 444, EntryKind.ENTITLEMENT)),
                annual.entries());
        assertEquals(9 * 444 + 30 * 444, annual.closing());
        assertEquals(444, book.balance("P", Account.PRIVILEGE_DAY));
    }

    @Test
    void aPublicHolidayCreditsADayInLieuWorkedOrNotAndLeaveIsTakenAtTheContractsDay() {
        Person compressed = person(Contract.Compressed.fourDayWeek(), null);
        LocalDate holiday = LocalDate.of(2027, 5, 3);
        List<WindowHours.Day> days = List.of(
                new WindowHours.Day(holiday, 555, null, true),
                new WindowHours.Day(holiday.plusDays(1), 0, LeaveKind.PUBLIC_HOLIDAY_IN_LIEU, false),
                new WindowHours.Day(holiday.plusDays(2), 0, null, true));
        LedgerBook book = HoursAccrual.post(
                LedgerBook.empty(), new WindowHours(compressed, days, 555, List.of(), null), SETTINGS);
        assertEquals(
                List.of(
                        new Entry(holiday, 444, EntryKind.PUBLIC_HOLIDAY_WORKED),
                        new Entry(holiday.plusDays(1), -555, EntryKind.TAKEN),
                        new Entry(holiday.plusDays(2), 444, EntryKind.ENTITLEMENT)),
                book.ledger("P", Account.PUBLIC_HOLIDAY).entries());
    }

    @Test
    void extraMinutesAreDatedOnTheDutiesThatMakeThemAndFollowTheDaysElection() {
        Person p = person(new Contract.FullTime(2220, 600), null);
        LocalDate d = APRIL.plusDays(1);
        List<WindowHours.Day> days = List.of(
                new WindowHours.Day(d, 450, null, false),
                new WindowHours.Day(d.plusDays(1), 450, null, false),
                new WindowHours.Day(d.plusDays(2), 450, null, false));
        // 1350 worked against 1000 due, 100 of it repaying hours owed; the third duty is elected as pay
        LedgerBook book = LedgerBook.empty().open("P", Account.HOURS_OWED, 100);
        book = HoursAccrual.post(
                book,
                new WindowHours(
                        p,
                        days,
                        1000,
                        List.of(),
                        java.util.Map.of(d.plusDays(2), org.openroster.model.ExtraHoursElection.PAYMENT_PLUS)),
                LedgerSettings.DEFAULT);
        assertEquals(
                List.of(new Entry(d.plusDays(2), -100, EntryKind.REPAID)),
                book.ledger("P", Account.HOURS_OWED).entries());
        // running total: 450, 900, 1350; due 1000 + 100 repaid: the third duty carries 250 extra
        assertEquals(
                List.of(new Entry(d.plusDays(2), 250, EntryKind.ACCRUED)),
                book.ledger("P", Account.PAYMENT_PLUS).entries());
        assertTrue(book.ledger("P", Account.TOIL).entries().isEmpty());
    }

    @Test
    void minutesShortAreTakenFromToilThenOwedAndMinimumHoursWriteTheirGuaranteeOff() {
        LocalDate d = APRIL.plusDays(1);
        List<WindowHours.Day> days = List.of(new WindowHours.Day(d, 450, null, false));
        LedgerBook book = LedgerBook.empty().open("P", Account.TOIL, 100);
        LedgerBook full = HoursAccrual.post(
                book,
                new WindowHours(person(Contract.FullTime.standard(), null), days, 700, List.of(), null),
                SETTINGS);
        assertEquals(
                List.of(new Entry(d, -100, EntryKind.TAKEN)),
                full.ledger("P", Account.TOIL).entries());
        assertEquals(
                List.of(new Entry(d, 150, EntryKind.ACCRUED)),
                full.ledger("P", Account.HOURS_OWED).entries());
        LedgerBook minimum = HoursAccrual.post(
                book,
                new WindowHours(person(new Contract.MinimumHours(600, 0, false), null), days, 700, List.of(), null),
                SETTINGS);
        assertEquals(-100, minimum.ledger("P", Account.TOIL).total(EntryKind.TAKEN));
        assertEquals(0, minimum.balance("P", Account.HOURS_OWED));
    }
}
