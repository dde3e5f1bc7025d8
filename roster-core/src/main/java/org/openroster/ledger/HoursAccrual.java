package org.openroster.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openroster.model.Contract;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Person;
import org.openroster.solver.PersonWindow;

/**
 * Books one person's window of hours ({@link WindowHours}) into their ledgers, so that every minute
 * lands in exactly one place:
 *
 * <ul>
 *   <li><b>Leave year</b>: on the first day of a leave year, annual leave above the carry-over cap is
 *       written off, then the year's annual leave (25 or 30 days) and privilege day are credited.
 *   <li><b>Public holidays</b>: each public holiday credits a standard day in lieu, as
 *       {@link EntryKind#PUBLIC_HOLIDAY_WORKED} when worked.
 *   <li><b>Leave taken</b> is debited at the contract's leave day ({@link Contract#leaveDayMinutes()}):
 *       annual leave, the privilege day, days in lieu of public holidays and TOIL (TOIL leave beyond
 *       the TOIL owed becomes hours owed). Sickness, training and other leave touch no balance.
 *   <li><b>Hours</b> (every contract but annualised and term time): minutes worked beyond what is due
 *       first repay hours owed, then become TOIL or payment plus by the day's election, each day's duty
 *       carrying the minutes by which it takes the running total past the due minutes (so extra hours are
 *       dated on the duties that made them). Minutes short of what is due are TOIL given back (up to the
 *       TOIL owed) and the rest hours owed; a minimum-hours contract's unrostered guarantee is written
 *       off by its terms, not owed.
 *   <li><b>Annualised and term-time hours</b>: minutes worked and leave days are credited and the
 *       trajectory's growth is due, so the balance is always credited less trajectory.
 *   <li><b>Compensatory rest</b> owed (WTR reg 24) accrues as the audit finds it.
 * </ul>
 */
public final class HoursAccrual {

    private HoursAccrual() {}

    /** The book with the window's hours booked. */
    public static LedgerBook post(LedgerBook book, WindowHours w, LedgerSettings settings) {
        Person person = w.person();
        String id = person.id();
        Contract contract = person.contract();
        boolean banked = PersonWindow.banksExtraHours(contract);
        int leaveDay = contract.leaveDayMinutes();
        int standardDay = Entitlements.standardDayMinutes(contract);
        Map<Account, List<Entry>> out = new EnumMap<>(Account.class);
        long toil = book.balance(id, Account.TOIL);
        long owedAtStart = Math.max(0, book.balance(id, Account.HOURS_OWED));
        long annual = book.balance(id, Account.ANNUAL_LEAVE);

        // minutes beyond what is due, by the duty that carries them: first hours owed repaid, then extra
        long worked = w.workedMinutes();
        long delta = worked - w.dueMinutes();
        long[] repaidOn = new long[w.days().size()];
        long[] extraOn = new long[w.days().size()];
        if (banked && delta > 0) {
            long repay = Math.min(delta, owedAtStart);
            long cumulative = 0;
            for (int i = 0; i < w.days().size(); i++) {
                long before = cumulative;
                cumulative += w.days().get(i).workedMinutes();
                repaidOn[i] =
                        beyond(before, cumulative, w.dueMinutes()) - beyond(before, cumulative, w.dueMinutes() + repay);
                extraOn[i] = beyond(before, cumulative, w.dueMinutes() + repay);
            }
        }

        for (int i = 0; i < w.days().size(); i++) {
            WindowHours.Day day = w.days().get(i);
            LocalDate date = day.date();
            if (settings.isLeaveYearStart(date)) {
                Entitlements.CarryOver carry = Entitlements.carryOver(annual, contract, settings);
                if (carry.writtenOff() > 0) {
                    book(out, Account.ANNUAL_LEAVE, date, -carry.writtenOff(), EntryKind.WRITE_OFF);
                    annual -= carry.writtenOff();
                }
                long entitlement = Entitlements.annualLeaveMinutes(person, date, settings);
                book(out, Account.ANNUAL_LEAVE, date, entitlement, EntryKind.ENTITLEMENT);
                annual += entitlement;
                book(
                        out,
                        Account.PRIVILEGE_DAY,
                        date,
                        Entitlements.privilegeMinutes(contract, settings),
                        EntryKind.ENTITLEMENT);
            }
            if (day.publicHoliday()) {
                book(
                        out,
                        Account.PUBLIC_HOLIDAY,
                        date,
                        standardDay,
                        day.workedMinutes() > 0 ? EntryKind.PUBLIC_HOLIDAY_WORKED : EntryKind.ENTITLEMENT);
            }
            if (day.leave() != null) {
                switch (day.leave()) {
                    case ANNUAL -> {
                        book(out, Account.ANNUAL_LEAVE, date, -leaveDay, EntryKind.TAKEN);
                        annual -= leaveDay;
                    }
                    case PRIVILEGE -> book(out, Account.PRIVILEGE_DAY, date, -leaveDay, EntryKind.TAKEN);
                    case PUBLIC_HOLIDAY_IN_LIEU -> book(out, Account.PUBLIC_HOLIDAY, date, -leaveDay, EntryKind.TAKEN);
                    case TOIL -> {
                        long take = Math.min(Math.max(0, toil), leaveDay);
                        book(out, Account.TOIL, date, -take, EntryKind.TAKEN);
                        toil -= take;
                        book(out, Account.HOURS_OWED, date, leaveDay - take, EntryKind.ACCRUED);
                    }
                    default -> {
                        // sickness, training and other leave count toward hours and touch no balance
                    }
                }
            }
            book(out, Account.HOURS_OWED, date, -repaidOn[i], EntryKind.REPAID);
            if (extraOn[i] > 0) {
                boolean pay = w.electionOn(date) == ExtraHoursElection.PAYMENT_PLUS;
                book(out, pay ? Account.PAYMENT_PLUS : Account.TOIL, date, extraOn[i], EntryKind.ACCRUED);
                if (!pay) {
                    toil += extraOn[i];
                }
            }
        }

        LocalDate end = w.end();
        if (banked && delta < 0) {
            long shortfall = -delta;
            long given = Math.min(shortfall, Math.max(0, toil));
            book(out, Account.TOIL, end, -given, EntryKind.TAKEN);
            if (!(contract instanceof Contract.MinimumHours)) {
                book(out, Account.HOURS_OWED, end, shortfall - given, EntryKind.ACCRUED);
            }
        }
        if (!banked) {
            book(out, Account.ANNUALISED_HOURS, end, worked, EntryKind.WORKED);
            book(out, Account.ANNUALISED_HOURS, end, (long) w.leaveDays() * leaveDay, EntryKind.LEAVE_CREDIT);
            book(out, Account.ANNUALISED_HOURS, end, -w.dueMinutes(), EntryKind.DUE);
        }
        for (WindowHours.Owed o : w.compensatoryRest()) {
            book(out, Account.COMPENSATORY_REST, o.date(), o.minutes(), EntryKind.ACCRUED);
        }

        LedgerBook result = book;
        for (var e : out.entrySet()) {
            result = result.post(id, e.getKey(), e.getValue());
        }
        return result;
    }

    /** Minutes of the run {@code (before, after]} of a running total that lie beyond {@code threshold}. */
    private static long beyond(long before, long after, long threshold) {
        return Math.max(0, after - Math.max(before, threshold));
    }

    private static void book(
            Map<Account, List<Entry>> out, Account account, LocalDate date, long minutes, EntryKind kind) {
        if (minutes != 0) {
            out.computeIfAbsent(account, k -> new ArrayList<>()).add(new Entry(date, minutes, kind));
        }
    }
}
