package org.openroster.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.openroster.model.Balances;
import org.openroster.model.Contract;
import org.openroster.model.Establishment;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkingTimeSettings;

/**
 * A small prison for a year (from Monday 1 March 2027): the test wing, night and gate of
 * {@link TestProblems} with the eight public holidays of England and Wales that fall in the year, an
 * extra long day (07:00-16:45, 9 h 15 worked) for compressed hours, and staff on every kind of hours
 * that keeps a ledger: full time (some electing payment plus, one owed TOIL from last year), part
 * time, compressed, annualised and term time, with a seeded year of leave. Deterministic.
 */
public final class YearProblems {

    public static final LocalDate START = TestProblems.MONDAY;

    /** Public holidays of England and Wales from March 2027 to February 2028. */
    public static final Set<LocalDate> PUBLIC_HOLIDAYS = Set.of(
            LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 29),
            LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31),
            LocalDate.of(2027, 8, 30),
            LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28),
            LocalDate.of(2028, 1, 3));

    /** School holidays closed to the term-time worker. */
    public static final List<Contract.ClosedPeriod> SCHOOL_HOLIDAYS = List.of(
            new Contract.ClosedPeriod(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 9)),
            new Contract.ClosedPeriod(LocalDate.of(2027, 7, 26), LocalDate.of(2027, 8, 29)),
            new Contract.ClosedPeriod(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 2)));

    private YearProblems() {}

    /**
     * {@code officers} full-timers plus a part-timer, a compressed-hours officer, two annualised officers
     * and a term-time OSG; leave over {@code days} days from {@link #START}.
     */
    public static Problem year(int officers, int days, long seed) {
        Random r = new Random(seed);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < officers; i++) {
            Person p = Person.of("FT" + i, i % 5 == 4 ? Grade.SUPERVISING_OFFICER : Grade.OFFICER)
                    .withSkills(i % 2 == 0 ? Set.of("C&R") : Set.of())
                    .withContract(new Contract.FullTime(Contract.FULL_TIME_WEEKLY_MINUTES, 300))
                    .withName("Officer " + i, START.minusYears(2 + 4L * i));
            if (i % 3 == 1) {
                p = p.withExtraHoursElection(ExtraHoursElection.PAYMENT_PLUS);
            }
            if (i == 0) {
                p = p.withHistory(History.NONE.withBalances(new Balances(20 * 60, 10 * 60, 0)));
            }
            people.add(p);
        }
        people.add(Person.of("PT", Grade.OFFICER)
                .withSkills(Set.of("C&R"))
                .withContract(new Contract.PartTime(1332, 240))
                .withName("Part-timer", START.minusYears(12)));
        people.add(Person.of("CH", Grade.OFFICER)
                .withContract(Contract.Compressed.fourDayWeek())
                .withName("Compressed", START.minusYears(3)));
        for (int i = 0; i < 2; i++) {
            people.add(Person.of("AH" + i, Grade.OFFICER)
                    .withSkills(Set.of("C&R"))
                    .withContract(new Contract.Annualised(
                            115_740, START, 0, 12 * 60, Contract.YearEndPolicy.CARRY_FORWARD, 30 * 60, 0))
                    .withName("Annualised " + i, START.minusYears(5)));
        }
        people.add(Person.of("TT", Grade.OSG)
                .withContract(new Contract.TermTime(
                        new Contract.Annualised(78_000, START, 0, 12 * 60, Contract.YearEndPolicy.PAY, 0, 0),
                        SCHOOL_HOLIDAYS))
                .withLocations(Set.of("GATE"))
                .withName("Term time", START.minusYears(1)));

        LocalDate end = START.plusDays(days - 1L);
        List<Leave> leave = new ArrayList<>();
        for (Person p : people) {
            if (p.id().equals("TT")) {
                continue; // the term-time worker takes leave in the closed weeks, which are never rostered
            }
            // two weeks of annual leave (Monday to Friday) and a few single days of each kind
            for (int block = 0; block < 2; block++) {
                LocalDate from =
                        START.plusWeeks(r.nextInt(Math.max(1, days / 7))).plusDays(0);
                if (from.plusDays(4).isAfter(end)) {
                    continue;
                }
                addLeave(leave, new Leave(p.id(), from, from.plusDays(4), LeaveKind.ANNUAL));
            }
            LeaveKind[] singles = p.id().equals("FT0") // the one who starts the year owed TOIL takes a day of it
                    ? new LeaveKind[] {LeaveKind.TOIL, LeaveKind.PUBLIC_HOLIDAY_IN_LIEU, LeaveKind.PRIVILEGE}
                    : new LeaveKind[] {LeaveKind.PUBLIC_HOLIDAY_IN_LIEU, LeaveKind.PRIVILEGE};
            for (LeaveKind kind : singles) {
                LocalDate d = START.plusDays(r.nextInt(days));
                addLeave(leave, new Leave(p.id(), d, d, kind));
            }
        }
        Establishment est = new Establishment(
                "HMP Year",
                "HMP Year",
                TestProblems.LONDON,
                List.of(Location.of("A", LocationKind.WING), Location.of("GATE", LocationKind.GATE)),
                Set.of("C&R", "NIGHT_LEAD", "FIRST_AID"),
                PUBLIC_HOLIDAYS,
                WorkingTimeSettings.prisonSpecialCase(),
                TierWeights.DEFAULT);
        List<ShiftTemplate> templates = new ArrayList<>(TestProblems.templates());
        templates.add(
                ShiftTemplate.of("LD", LocalTime.of(7, 0), LocalTime.of(16, 45)).withBreak(30));
        return new Problem(
                "year",
                est,
                START,
                28,
                templates,
                TestProblems.activities(),
                people,
                leave,
                List.of(),
                List.of(),
                List.of(),
                Map.of());
    }

    /** Adds the leave unless it overlaps the person's leave already given. */
    private static void addLeave(List<Leave> leave, Leave l) {
        boolean clash = leave.stream()
                .anyMatch(o -> o.person().equals(l.person())
                        && !l.from().isAfter(o.to())
                        && !o.from().isAfter(l.to()));
        if (!clash) {
            leave.add(l);
        }
    }
}
