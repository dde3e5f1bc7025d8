package org.openroster.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openroster.audit.AuditReport;
import org.openroster.audit.Violation;
import org.openroster.model.Checks;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.Roster;
import org.openroster.solver.Rule;

/**
 * What one person's hours were in one window, as plain facts for {@link HoursAccrual}: each day's
 * worked minutes, leave and whether it is a public holiday; the minutes due; compensatory rest owed;
 * and elections that override the person's default for a day's extra minutes.
 *
 * @param days one per date, consecutive from the window's start
 * @param dueMinutes the minutes due in the window: the target of the person's hours band (leave
 *     already taken off), or for annualised and term-time hours the growth of the trajectory over it
 * @param compensatoryRest compensatory rest owed (WTR reg 24), dated in the window
 * @param elections the election for the extra minutes of a day's duty, where it is not the default
 */
public record WindowHours(
        Person person,
        List<Day> days,
        long dueMinutes,
        List<Owed> compensatoryRest,
        Map<LocalDate, ExtraHoursElection> elections) {

    /** A day of the window: minutes worked on duties starting that day, leave (or null), public holiday. */
    public record Day(LocalDate date, long workedMinutes, LeaveKind leave, boolean publicHoliday) {
        public Day {
            Checks.notNull(date, "date of day");
            Checks.nonNegative(workedMinutes, "workedMinutes on " + date);
        }
    }

    /** Minutes owed on a date. */
    public record Owed(LocalDate date, long minutes) {
        public Owed {
            Checks.notNull(date, "date of minutes owed");
            Checks.check(minutes > 0, "The minutes owed on " + date + " (" + minutes + ") must be > 0.");
        }
    }

    public WindowHours {
        Checks.notNull(person, "person");
        days = Checks.list(days, "days");
        Checks.check(!days.isEmpty(), "The days of the window of person (" + person.id() + ") must not be empty.");
        for (int i = 1; i < days.size(); i++) {
            Checks.check(
                    days.get(i).date().equals(days.get(i - 1).date().plusDays(1)),
                    "The days[" + i + "] (" + days.get(i).date() + ") of person (" + person.id()
                            + ") must follow the day before it ("
                            + days.get(i - 1).date() + ").");
        }
        Checks.nonNegative(dueMinutes, "dueMinutes of person (" + person.id() + ")");
        compensatoryRest = Checks.list(compensatoryRest, "compensatoryRest");
        LocalDate first = days.get(0).date();
        LocalDate last = days.get(days.size() - 1).date();
        for (Owed o : compensatoryRest) {
            Checks.check(
                    !o.date().isBefore(first) && !o.date().isAfter(last),
                    "The compensatory rest of person (" + person.id() + ") on " + o.date() + " is outside the window "
                            + first + " to " + last + ".");
        }
        elections = Map.copyOf(elections == null ? Map.of() : elections);
    }

    public LocalDate start() {
        return days.get(0).date();
    }

    public LocalDate end() {
        return days.get(days.size() - 1).date();
    }

    public long workedMinutes() {
        return days.stream().mapToLong(Day::workedMinutes).sum();
    }

    public int leaveDays() {
        return (int) days.stream().filter(d -> d.leave() != null).count();
    }

    /** The election for the extra minutes of the day's duty. */
    public ExtraHoursElection electionOn(LocalDate date) {
        return elections.getOrDefault(date, person.extraHoursElection());
    }

    /**
     * Each person's hours in a solved (or audited) roster: days from its person-days, what is due from
     * each person's band (or their annualised trajectory), and compensatory rest from the audit's
     * {@code compensatory-rest} violations (dated on the day the displaced rest ends).
     */
    public static List<WindowHours> of(Roster roster, AuditReport audit, List<ElectionOverride> overrides) {
        Checks.notNull(roster, "roster");
        Checks.notNull(audit, "audit");
        var problem = roster.problem();
        ZoneId zone = roster.horizon().zone();
        LocalDate first = problem.start();
        LocalDate last = problem.end();
        Map<String, List<PersonDay>> daysByPerson = new HashMap<>();
        roster.getPersonDays()
                .forEach(pd -> daysByPerson
                        .computeIfAbsent(pd.person().id(), k -> new ArrayList<>())
                        .add(pd));
        Map<String, List<Owed>> rest = new HashMap<>();
        for (Violation v : audit.violations()) {
            if (v.rule().equals(Rule.COMPENSATORY_REST.id()) && v.person() != null) {
                LocalDate date = v.end() == null
                        ? last
                        : v.end().minusSeconds(60).atZone(zone).toLocalDate();
                date = date.isBefore(first) ? first : date.isAfter(last) ? last : date;
                rest.computeIfAbsent(v.person(), k -> new ArrayList<>()).add(new Owed(date, v.amount()));
            }
        }
        Map<String, Map<LocalDate, ExtraHoursElection>> elections = new HashMap<>();
        for (ElectionOverride o : overrides == null ? List.<ElectionOverride>of() : overrides) {
            if (problem.inWindow(o.date())) {
                elections.computeIfAbsent(o.person(), k -> new HashMap<>()).put(o.date(), o.election());
            }
        }
        var holidays = problem.establishment().publicHolidays();
        List<WindowHours> result = new ArrayList<>();
        for (PersonWindow w : roster.getWindows()) {
            List<Day> days = daysByPerson.getOrDefault(w.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(PersonDay::dayIndex))
                    .map(pd -> new Day(pd.date(), pd.workedMinutes(), pd.leave(), holidays.contains(pd.date())))
                    .toList();
            var contract = w.person().contract();
            long due = w.banksExtraHours()
                    ? w.bounds().target()
                    : Math.max(
                            0,
                            AnnualisedTerms.trajectory(contract, last.plusDays(1))
                                    - AnnualisedTerms.trajectory(contract, first));
            List<Owed> owed = new ArrayList<>(rest.getOrDefault(w.id(), List.of()));
            owed.sort(Comparator.comparing(Owed::date));
            result.add(new WindowHours(w.person(), days, due, owed, elections.get(w.id())));
        }
        return result;
    }
}
