package org.openroster.examples;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.audit.AuditReport;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Activity;
import org.openroster.model.Contract;
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
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveOptions;
import org.openroster.solver.SolveResult;

/**
 * Embedding OpenRoster: describe a prison in code (a wing and a gate, their regime, three shifts and
 * fourteen staff), solve a week for a few seconds, and read the audit.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    /** Solves the example week for 5 seconds (or the number of seconds given) and prints the audit. */
    public static void main(String[] args) {
        Duration limit = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
        Problem problem = problem();
        SolveResult result = RosterSolver.create().solve(problem, SolveOptions.timeLimit(limit));
        AuditReport audit = RosterAudit.audit(result.roster());
        System.out.println(audit.summary());
        audit.days().forEach(day -> System.out.println(day.date() + " " + day.rag()));
    }

    /** One week at a small prison: wing A around the clock, the gate by day. */
    public static Problem problem() {
        Establishment prison = new Establishment(
                "HMP Example",
                "HMP Example",
                ZoneId.of("Europe/London"),
                List.of(Location.of("A", LocationKind.WING), Location.of("GATE", LocationKind.GATE)),
                Set.of("C&R"),
                Set.of(),
                WorkingTimeSettings.prisonSpecialCase(),
                TierWeights.DEFAULT);

        List<ShiftTemplate> shifts = List.of(
                ShiftTemplate.of("E", LocalTime.of(7, 0), LocalTime.of(15, 0)).withBreak(30),
                ShiftTemplate.of("L", LocalTime.of(13, 0), LocalTime.of(21, 0)).withBreak(30),
                ShiftTemplate.of("N", LocalTime.of(20, 45), LocalTime.of(7, 15))
                        .withBreak(30)
                        .withLocations(Set.of("A")));

        // The regime: MSL (hard floor) and SDSOL (full target) by location and time band.
        Set<DayType> everyDay = Set.of(DayType.values());
        List<Activity> regime = List.of(
                new Activity(
                        "A-day",
                        "Wing A unlocked",
                        "A",
                        everyDay,
                        LocalTime.of(7, 0),
                        LocalTime.of(21, 0),
                        1,
                        2,
                        2,
                        List.of(StaffingLine.ofSkill("C&R", 1, 1))),
                new Activity(
                        "A-association",
                        "Evening association",
                        "A",
                        everyDay,
                        LocalTime.of(17, 30),
                        LocalTime.of(20, 0),
                        3,
                        0,
                        1,
                        null),
                new Activity(
                        "A-night",
                        "Night state",
                        "A",
                        everyDay,
                        LocalTime.of(21, 0),
                        LocalTime.of(7, 0),
                        1,
                        1,
                        1,
                        null),
                new Activity(
                        "GATE-day", "Gate", "GATE", everyDay, LocalTime.of(7, 0), LocalTime.of(21, 0), 1, 1, 1, null));

        // Eleven officers (most C&R trained) who work anywhere, three OSGs at the gate; everyone on 37
        // hours a week and willing to work up to 4 extra.
        List<Person> staff = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            boolean osg = i > 11;
            staff.add(Person.of("P" + i, osg ? Grade.OSG : Grade.OFFICER)
                    .withSkills(osg || i % 4 == 0 ? Set.of() : Set.of("C&R"))
                    .withLocations(osg ? Set.of("GATE") : Set.of())
                    .withContract(new Contract.FullTime(37 * 60, 4 * 60)));
        }

        return new Problem(
                "example-week",
                prison,
                LocalDate.of(2027, 3, 8),
                7,
                shifts,
                regime,
                staff,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of());
    }
}
