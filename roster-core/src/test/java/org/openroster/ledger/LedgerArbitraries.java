package org.openroster.ledger;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.openroster.model.Contract;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Grade;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;

/**
 * Random periods of one person's hours (day by day: minutes worked, leave, public holidays, minutes
 * due, compensatory rest, elections) to book into ledgers whole or split into windows, and random
 * ledgers; shared by the ledger properties.
 */
final class LedgerArbitraries {

    static final LocalDate START = LocalDate.of(2027, 3, 29);
    /** Leave years start on 1 April, so periods from {@link #START} cross a leave year's start. */
    static final LedgerSettings SETTINGS = LedgerSettings.DEFAULT.withLeaveYearStart(MonthDay.of(4, 1));

    private LedgerArbitraries() {}

    /** A period: the person, one record per day, each day's due minutes, and where it may be split. */
    record Period(
            Person person,
            List<WindowHours.Day> days,
            long[] due,
            List<WindowHours.Owed> rest,
            Map<LocalDate, ExtraHoursElection> elections,
            List<Integer> splits) {

        /** The period as one window. */
        WindowHours whole() {
            return window(0, days.size());
        }

        /** The period as windows cut at {@link #splits()}. */
        List<WindowHours> windows() {
            List<WindowHours> list = new ArrayList<>();
            int from = 0;
            for (int cut : splits) {
                list.add(window(from, cut));
                from = cut;
            }
            list.add(window(from, days.size()));
            return list;
        }

        WindowHours window(int from, int to) {
            long d = 0;
            for (int i = from; i < to; i++) {
                d += due[i];
            }
            LocalDate first = days.get(from).date();
            LocalDate last = days.get(to - 1).date();
            return new WindowHours(
                    person,
                    days.subList(from, to),
                    d,
                    rest.stream()
                            .filter(o -> !o.date().isBefore(first) && !o.date().isAfter(last))
                            .toList(),
                    elections);
        }
    }

    static Arbitrary<Period> periods() {
        return Arbitraries.longs().map(LedgerArbitraries::period);
    }

    /** A contract of any kind that keeps a ledger of hours (minimum hours too). */
    static Contract contract(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> new Contract.FullTime(Contract.FULL_TIME_WEEKLY_MINUTES, 300);
            case 1 -> new Contract.PartTime(600 + 60 * r.nextInt(25), 120);
            case 2 -> Contract.Compressed.fourDayWeek();
            case 3 ->
                new Contract.Annualised(
                        80_000 + 1000 * r.nextInt(40),
                        START.minusDays(r.nextInt(200)),
                        r.nextInt(10),
                        600,
                        Contract.YearEndPolicy.CARRY_FORWARD,
                        1200,
                        1000L * r.nextInt(40));
            case 4 -> new Contract.MinimumHours(600 + 60 * r.nextInt(20), 600, true);
            default -> new Contract.FullTime(39 * 60, 0);
        };
    }

    static Period period(long seed) {
        return period(seed, true);
    }

    static Period period(long seed, boolean minimumHoursAllowed) {
        Random r = new Random(seed);
        Contract contract = contract(r);
        while (!minimumHoursAllowed && contract instanceof Contract.MinimumHours) {
            contract = contract(r);
        }
        Person person = Person.of("P", Grade.OFFICER)
                .withContract(contract)
                .withName("P", START.minusYears(r.nextInt(15)))
                .withExtraHoursElection(r.nextBoolean() ? ExtraHoursElection.TOIL : ExtraHoursElection.PAYMENT_PLUS);
        int n = 7 + r.nextInt(70);
        List<WindowHours.Day> days = new ArrayList<>();
        long[] due = new long[n];
        List<WindowHours.Owed> rest = new ArrayList<>();
        Map<LocalDate, ExtraHoursElection> elections = new HashMap<>();
        LeaveKind[] kinds = LeaveKind.values();
        for (int i = 0; i < n; i++) {
            LocalDate date = START.plusDays(i);
            LeaveKind leave = r.nextInt(8) == 0 ? kinds[r.nextInt(kinds.length)] : null;
            long worked = leave == null && r.nextInt(7) < 5 ? 360 + 15 * r.nextInt(30) : 0;
            days.add(new WindowHours.Day(date, worked, leave, r.nextInt(25) == 0));
            due[i] = r.nextInt(3) == 0 ? 0 : 200 + r.nextInt(400);
            if (r.nextInt(15) == 0) {
                rest.add(new WindowHours.Owed(date, 1 + r.nextInt(200)));
            }
            if (r.nextInt(10) == 0) {
                elections.put(date, r.nextBoolean() ? ExtraHoursElection.TOIL : ExtraHoursElection.PAYMENT_PLUS);
            }
        }
        List<Integer> splits = new ArrayList<>();
        int cut = 0;
        while (true) {
            cut += 1 + r.nextInt(Math.max(1, n / 2));
            if (cut >= n) {
                break;
            }
            splits.add(cut);
        }
        return new Period(person, days, due, rest, elections, splits);
    }

    /** Books the windows in turn, closing the books after each; opens TOIL with a balance first. */
    static LedgerBook book(List<WindowHours> windows, long toilOpening) {
        LedgerBook book = LedgerBook.empty();
        if (toilOpening > 0) {
            book = book.post("P", Account.TOIL, new Entry(START.minusDays(40), toilOpening, EntryKind.CARRY_OVER));
        }
        for (WindowHours w : windows) {
            book = HoursAccrual.post(book, w, SETTINGS).close(w.end());
        }
        return book;
    }

    /** Random ledgers of any account with random entries in date order. */
    static Arbitrary<List<Ledger>> ledgers() {
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            List<Ledger> list = new ArrayList<>();
            int people = r.nextInt(4);
            for (int p = 0; p < people; p++) {
                for (Account account : Account.values()) {
                    if (r.nextBoolean()) {
                        continue;
                    }
                    List<Entry> entries = new ArrayList<>();
                    LocalDate date = START.minusDays(r.nextInt(400));
                    for (int e = r.nextInt(12); e > 0; e--) {
                        date = date.plusDays(r.nextInt(20));
                        long minutes = (r.nextBoolean() ? 1 : -1) * (1 + (long) r.nextInt(100_000));
                        entries.add(new Entry(date, minutes, EntryKind.values()[r.nextInt(EntryKind.values().length)]));
                    }
                    String person = p == 0 ? "P\"1, \u00e9 <x>" : "P" + p;
                    list.add(new Ledger(person, account, r.nextLong(-1_000_000, 1_000_000), entries));
                }
            }
            return list;
        });
    }
}
