package org.openroster.solver;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.model.Activity;
import org.openroster.model.DayType;
import org.openroster.model.Establishment;
import org.openroster.model.Leave;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.SlotDemand;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.testing.TestProblems;

/**
 * A small configurable problem for constraint tests: locations W and X, templates D (08:00-16:00), E
 * (07:00-14:30), L (13:00-21:00) and N (20:45-07:15, may not be followed by E), each with a 30-minute
 * unpaid break, from Monday 1 March 2027 in Europe/London.
 */
final class Fixture {

    static final LocalDate MONDAY = TestProblems.MONDAY;
    static final Set<DayType> ALL_DAYS = Set.of(DayType.WEEKDAY, DayType.WEEKEND, DayType.PUBLIC_HOLIDAY);

    int days = 7;
    WorkingTimeSettings workingTime = WorkingTimeSettings.GB;
    final List<ShiftTemplate> templates = new ArrayList<>(List.of(
            template("D", 8, 0, 16, 0),
            template("E", 7, 0, 14, 30),
            template("L", 13, 0, 21, 0),
            template("N", 20, 45, 7, 15).withCannotBeFollowedBy(Set.of("E"))));
    final List<Activity> activities = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<Leave> leave = new ArrayList<>();
    final List<Request> requests = new ArrayList<>();
    final List<Request> choices = new ArrayList<>();
    final List<SlotDemand> slots = new ArrayList<>();
    final Map<String, String> weights = new HashMap<>();
    final List<org.openroster.model.JobSharePost> jobShares = new ArrayList<>();

    static ShiftTemplate template(String id, int h1, int m1, int h2, int m2) {
        return ShiftTemplate.of(id, LocalTime.of(h1, m1), LocalTime.of(h2, m2)).withBreak(30);
    }

    Fixture days(int n) {
        days = n;
        return this;
    }

    Fixture person(Person p) {
        people.add(p);
        return this;
    }

    Fixture activity(Activity a) {
        activities.add(a);
        return this;
    }

    Problem problem() {
        Establishment est = new Establishment(
                "est",
                "est",
                TestProblems.LONDON,
                List.of(Location.of("W", LocationKind.WING), Location.of("X", LocationKind.GATE)),
                Set.of("C&R", "NIGHT_LEAD"),
                Set.of(),
                workingTime,
                TierWeights.DEFAULT);
        return new Problem(
                "fixture",
                est,
                MONDAY,
                days,
                templates,
                activities,
                people,
                leave,
                requests,
                List.of(),
                slots,
                weights,
                jobShares,
                List.of(),
                choices);
    }

    Roster build() {
        return RosterBuilder.build(problem());
    }

    /** Gives the person the template at the location on day {@code day} (0 = the Monday). */
    static Roster assign(Roster roster, String person, int day, String template, String location) {
        PersonDay pd = roster.getPersonDays().stream()
                .filter(x -> x.person().id().equals(person) && x.dayIndex() == day)
                .findFirst()
                .orElseThrow();
        Shift shift = roster.getShifts().stream()
                .filter(s -> s.id().equals(Shift.idOf(MONDAY.plusDays(day), template, location)))
                .findFirst()
                .orElseThrow();
        pd.assignFromOutside(shift);
        return roster;
    }
}
