package org.openroster.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.model.Activity;
import org.openroster.model.DayType;
import org.openroster.model.Establishment;
import org.openroster.model.Grade;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.StaffingLine;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkingTimeSettings;

/** Small hand-made problems for tests. */
public final class TestProblems {

    public static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestProblems() {}

    public static Establishment establishment(WorkingTimeSettings wt) {
        return new Establishment(
                "HMP Test",
                "HMP Test",
                LONDON,
                List.of(Location.of("A", LocationKind.WING), Location.of("GATE", LocationKind.GATE)),
                Set.of("C&R", "NIGHT_LEAD", "FIRST_AID"),
                Set.of(),
                wt,
                TierWeights.DEFAULT);
    }

    public static List<ShiftTemplate> templates() {
        return List.of(
                new ShiftTemplate(
                        "E",
                        "Early",
                        LocalTime.of(7, 0),
                        LocalTime.of(14, 30),
                        30,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of()),
                new ShiftTemplate(
                        "L",
                        "Late",
                        LocalTime.of(13, 0),
                        LocalTime.of(21, 0),
                        30,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of()),
                new ShiftTemplate(
                        "N",
                        "Night",
                        LocalTime.of(20, 45),
                        LocalTime.of(7, 15),
                        30,
                        Set.of(),
                        Set.of("A"),
                        Set.of(),
                        Set.of("E")));
    }

    /** A wing needing 2 (ideally 3) from 07:00 to 21:00 and 1 at night, and a gate needing 1 by day. */
    public static List<Activity> activities() {
        Set<DayType> all = Set.of(DayType.WEEKDAY, DayType.WEEKEND, DayType.PUBLIC_HOLIDAY);
        return List.of(
                new Activity(
                        "A-day",
                        "Wing A core day",
                        "A",
                        all,
                        LocalTime.of(7, 0),
                        LocalTime.of(21, 0),
                        1,
                        2,
                        3,
                        List.of(StaffingLine.ofSkill("C&R", 1, 2))),
                new Activity(
                        "A-night",
                        "Wing A night state",
                        "A",
                        all,
                        LocalTime.of(21, 0),
                        LocalTime.of(7, 0),
                        1,
                        1,
                        1,
                        List.of()),
                new Activity(
                        "GATE-day", "Gate", "GATE", all, LocalTime.of(7, 0), LocalTime.of(21, 0), 1, 1, 1, List.of()));
    }

    public static List<Person> people(int n) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Grade grade = i % 6 == 5 ? Grade.OSG : Grade.OFFICER;
            people.add(Person.of("P" + i, grade).withSkills(i % 2 == 0 ? Set.of("C&R") : Set.of()));
        }
        return people;
    }

    public static Problem small(int people, int days) {
        return new Problem(
                "test",
                establishment(WorkingTimeSettings.GB),
                MONDAY,
                days,
                templates(),
                activities(),
                people(people),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of());
    }
}
