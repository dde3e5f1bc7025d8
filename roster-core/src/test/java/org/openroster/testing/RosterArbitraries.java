package org.openroster.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.openroster.model.Activity;
import org.openroster.model.Adjustments;
import org.openroster.model.Balances;
import org.openroster.model.Contract;
import org.openroster.model.DayType;
import org.openroster.model.Establishment;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.JobSharePost;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.SlotDemand;
import org.openroster.model.StaffingLine;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkRules;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.solver.Assignment;
import org.openroster.time.TimeSpan;

/**
 * Domain arbitraries shared by property tests: small random problems (around a UK clock change, with
 * every kind of fact) and random rosters for them, including rosters that break every rule.
 */
public final class RosterArbitraries {

    private RosterArbitraries() {}

    /** A random small problem with a random roster: the pair audit/score agreement is checked on. */
    public record Case(Problem problem, List<Assignment> assignments) {}

    public static Arbitrary<Case> cases() {
        return Arbitraries.longs().map(RosterArbitraries::randomCase);
    }

    /** A local time on the quarter hour. */
    public static Arbitrary<LocalTime> quarterHours() {
        return Arbitraries.integers().between(0, 95).map(q -> LocalTime.of(q / 4, (q % 4) * 15));
    }

    /** Dates around the UK clock changes of 2027 (28 March and 31 October) and plain days. */
    public static Arbitrary<LocalDate> datesNearClockChanges() {
        return Arbitraries.of(
                        LocalDate.of(2027, 3, 27),
                        LocalDate.of(2027, 3, 28),
                        LocalDate.of(2027, 10, 30),
                        LocalDate.of(2027, 10, 31),
                        LocalDate.of(2027, 6, 1))
                .flatMap(d -> Arbitraries.integers().between(-3, 3).map(d::plusDays));
    }

    static Case randomCase(long seed) {
        Random r = new Random(seed);
        LocalDate start = LocalDate.of(2027, 3, 20).plusDays(r.nextInt(12));
        int days = 1 + r.nextInt(16);
        WorkingTimeSettings wt = r.nextBoolean() ? WorkingTimeSettings.GB : WorkingTimeSettings.prisonSpecialCase();
        Establishment est = new Establishment(
                "rnd",
                "rnd",
                TestProblems.LONDON,
                List.of(Location.of("W", LocationKind.WING), Location.of("X", LocationKind.GATE)),
                Set.of("C&R", "NIGHT_LEAD"),
                r.nextBoolean() ? Set.of(start.plusDays(r.nextInt(days))) : Set.of(),
                wt,
                new TierWeights(1 + r.nextInt(100), 1 + r.nextInt(10), 1 + r.nextInt(3)));

        List<ShiftTemplate> templates = new ArrayList<>();
        int nTemplates = 2 + r.nextInt(3);
        for (int i = 0; i < nTemplates; i++) {
            LocalTime s = quarter(r);
            LocalTime e = quarter(r);
            if (e.equals(s)) {
                e = s.plusHours(8);
            }
            ShiftTemplate t = ShiftTemplate.of("T" + i, s, e);
            int len = (int) t.nominalMinutes();
            t = t.withBreak(r.nextInt(3) == 0 ? 0 : Math.min(len - 15, 15 * r.nextInt(4)));
            if (r.nextInt(3) == 0) {
                t = t.withLocations(Set.of(r.nextBoolean() ? "W" : "X"));
            }
            if (r.nextInt(4) == 0) {
                t = t.withGrades(Set.of(Grade.OFFICER, Grade.SUPERVISING_OFFICER));
            }
            if (r.nextInt(5) == 0) {
                t = t.withRequiredSkills(Set.of("C&R"));
            }
            templates.add(t);
        }
        for (int i = 0; i < nTemplates; i++) {
            if (r.nextInt(3) == 0) {
                templates.set(i, templates.get(i).withCannotBeFollowedBy(Set.of("T" + r.nextInt(nTemplates))));
            }
        }

        List<Activity> activities = new ArrayList<>();
        int nActivities = r.nextInt(4);
        for (int i = 0; i < nActivities; i++) {
            int msl = r.nextInt(3);
            int sdsol = msl + r.nextInt(3);
            List<StaffingLine> lines = new ArrayList<>();
            if (r.nextBoolean()) {
                int lm = r.nextInt(msl + 1);
                lines.add(StaffingLine.ofSkill("C&R", lm, lm + r.nextInt(2)));
            }
            if (r.nextBoolean()) {
                int lm = r.nextInt(Math.min(msl, 1) + 1);
                lines.add(StaffingLine.ofGrade(Grade.SUPERVISING_OFFICER, lm, lm + r.nextInt(2)));
            }
            Set<DayType> dayTypes = EnumSet.noneOf(DayType.class);
            for (DayType dt : DayType.values()) {
                if (r.nextInt(4) != 0) {
                    dayTypes.add(dt);
                }
            }
            if (dayTypes.isEmpty()) {
                dayTypes.add(DayType.WEEKDAY);
            }
            LocalTime s = quarter(r);
            LocalTime e = quarter(r);
            activities.add(new Activity(
                    "A" + i,
                    null,
                    r.nextBoolean() ? "W" : "X",
                    dayTypes,
                    s,
                    e.equals(s) ? s.plusHours(4) : e,
                    1 + r.nextInt(3),
                    msl,
                    sdsol,
                    lines));
        }

        List<Person> people = new ArrayList<>();
        int nPeople = 1 + r.nextInt(5);
        Grade[] grades = {Grade.OSG, Grade.OFFICER, Grade.SUPERVISING_OFFICER};
        for (int i = 0; i < nPeople; i++) {
            Person p = Person.of("P" + i, grades[r.nextInt(grades.length)]);
            Set<String> skills = new HashSet<>();
            if (r.nextBoolean()) {
                skills.add("C&R");
            }
            if (r.nextInt(3) == 0) {
                skills.add("NIGHT_LEAD");
            }
            p = p.withSkills(skills);
            if (r.nextInt(4) == 0) {
                p = p.withLocations(Set.of(r.nextBoolean() ? "W" : "X"));
            }
            if (r.nextInt(3) == 0) {
                p = p.withAdjustments(new Adjustments(
                        r.nextBoolean(),
                        r.nextBoolean() ? 0 : 360 + 60 * r.nextInt(6),
                        r.nextBoolean(),
                        r.nextInt(3) == 0 ? templates.get(0).start() : null));
            }
            p = p.withWorkingTime(r.nextInt(4) == 0, r.nextInt(6) == 0, r.nextInt(3) == 0);
            p = p.withContract(contract(r, start));
            if (p.contract() instanceof Contract.Dual) {
                p = p.withGrade(r.nextBoolean() ? Grade.OSG : Grade.OFFICER);
            }
            Map<String, Integer> maxByTemplate = new HashMap<>();
            if (r.nextInt(3) == 0) {
                maxByTemplate.put("T" + r.nextInt(nTemplates), r.nextInt(3));
            }
            Integer minTotal = r.nextInt(4) == 0 ? 60 * r.nextInt(40) : null;
            Integer maxTotal = r.nextInt(4) == 0 ? (minTotal == null ? 0 : minTotal) + 60 * r.nextInt(60) : null;
            int maxRun = r.nextInt(5);
            int minRun = maxRun == 0 ? r.nextInt(3) : r.nextInt(Math.min(3, maxRun + 1));
            p = p.withRules(new WorkRules(
                    maxRun, minRun, r.nextInt(3), r.nextInt(3), maxByTemplate, minTotal, maxTotal, r.nextInt(6)));
            Set<DayOfWeek> restDays = r.nextInt(4) == 0 ? Set.of(DayOfWeek.of(1 + r.nextInt(7))) : Set.of();
            Set<LocalDate> daysOff = r.nextInt(4) == 0 ? Set.of(start.plusDays(r.nextInt(days))) : Set.of();
            p = p.withRestDays(restDays, daysOff);
            if (r.nextBoolean()) {
                List<TimeSpan> recent = new ArrayList<>();
                for (int d = 1; d <= 3; d++) {
                    if (r.nextBoolean()) {
                        LocalDate date = start.minusDays(d);
                        var s = ZonedDateTime.of(date, quarter(r), TestProblems.LONDON);
                        recent.add(new TimeSpan(
                                s.toInstant(),
                                s.plusMinutes(240 + 15L * r.nextInt(40)).toInstant()));
                    }
                }
                int refDays = r.nextInt(120);
                p = p.withHistory(new History(recent, (long) refDays * 400 + r.nextInt(5000), refDays));
            }
            if (r.nextBoolean()) { // balances brought forward from the ledgers: TOIL owed, payment plus
                long toil = 15L * r.nextInt(300);
                long overdue = r.nextBoolean() ? 0 : toil * r.nextInt(3) / 2;
                p = p.withHistory(p.history().withBalances(new Balances(toil, overdue, 60L * r.nextInt(200))));
            }
            if (r.nextInt(3) == 0) {
                p = p.withExtraHoursElection(ExtraHoursElection.PAYMENT_PLUS);
            }
            people.add(p);
        }

        List<Leave> leave = new ArrayList<>();
        for (Person p : people) {
            if (r.nextInt(3) == 0) {
                LocalDate from = start.plusDays(r.nextInt(days));
                leave.add(new Leave(p.id(), from, from.plusDays(r.nextInt(3)), LeaveKind.ANNUAL));
            }
        }
        List<Request> requests = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            requests.add(new Request(
                    "P" + r.nextInt(nPeople),
                    start.plusDays(r.nextInt(days)),
                    r.nextBoolean() ? null : "T" + r.nextInt(nTemplates),
                    r.nextBoolean(),
                    1 + r.nextInt(5)));
        }

        List<String> offered = new ArrayList<>(); // template@location combinations on offer
        for (ShiftTemplate t : templates) {
            for (String l : List.of("W", "X")) {
                if (t.offeredAt(l)) {
                    offered.add(t.id() + "@" + l);
                }
            }
        }
        List<SlotDemand> slots = new ArrayList<>();
        Set<String> slotKeys = new HashSet<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            String[] tl = offered.get(r.nextInt(offered.size())).split("@");
            LocalDate d = start.plusDays(r.nextInt(days));
            if (slotKeys.add(d + tl[0] + tl[1])) {
                int min = r.nextInt(2);
                slots.add(new SlotDemand(d, tl[0], tl[1], min, min + r.nextInt(3), r.nextInt(10), r.nextInt(5)));
            }
        }
        // job shares: pair up people whose contracts are job shares of the same post
        List<JobSharePost> posts = new ArrayList<>();
        List<Person> sharers = new ArrayList<>();
        for (int i = 0; i + 1 < people.size(); i += 2) {
            if (r.nextInt(3) == 0) {
                String post = "post" + i;
                int a = 600 + 60 * r.nextInt(10);
                int b = 600 + 60 * r.nextInt(10);
                people.set(i, people.get(i).withContract(new Contract.JobShare(post, a, 60 * r.nextInt(3))));
                people.set(i + 1, people.get(i + 1).withContract(new Contract.JobShare(post, b, 0)));
                Set<DayOfWeek> cover = EnumSet.noneOf(DayOfWeek.class);
                for (DayOfWeek dow : DayOfWeek.values()) {
                    if (r.nextBoolean()) {
                        cover.add(dow);
                    }
                }
                posts.add(new JobSharePost(
                        post,
                        a + b,
                        cover,
                        15 * r.nextInt(5),
                        List.of(people.get(i).id(), people.get(i + 1).id())));
            }
        }
        Problem problem = new Problem(
                "rnd" + seed,
                est,
                start,
                days,
                templates,
                activities,
                people,
                leave,
                requests,
                List.of(),
                slots,
                Map.of(),
                posts,
                List.of(),
                List.of());

        List<Assignment> assignments = new ArrayList<>();
        for (Person p : people) {
            for (int d = 0; d < days; d++) {
                if (r.nextInt(5) < 3) {
                    String[] tl = offered.get(r.nextInt(offered.size())).split("@");
                    assignments.add(new Assignment(p.id(), start.plusDays(d), tl[0], tl[1]));
                }
            }
        }
        return new Case(problem, assignments);
    }

    /** Any kind of contract but job shares (those are made in pairs). */
    static Contract contract(Random r, LocalDate start) {
        int weekly = r.nextBoolean() ? 2220 : 600 + 60 * r.nextInt(25);
        LocalDate yearStart = start.minusDays(r.nextInt(300));
        Contract.Annualised annualised = new Contract.Annualised(
                60_000 + 1000 * r.nextInt(60),
                yearStart,
                r.nextInt(20),
                60 * r.nextInt(20),
                Contract.YearEndPolicy.values()[r.nextInt(3)],
                60 * r.nextInt(50),
                1000L * r.nextInt(60));
        return switch (r.nextInt(8)) {
            case 0, 1 -> new Contract.FullTime(weekly, 60 * r.nextInt(10));
            case 2 -> new Contract.PartTime(weekly, 60 * r.nextInt(5));
            case 3 -> new Contract.Compressed(1 + r.nextInt(5), 300 + 15 * r.nextInt(30), 60 * r.nextInt(3));
            case 4 -> annualised;
            case 5 ->
                new Contract.TermTime(
                        annualised,
                        List.of(new Contract.ClosedPeriod(
                                start.plusDays(r.nextInt(10)), start.plusDays(10 + r.nextInt(5)))));
            case 6 -> new Contract.MinimumHours(300 + 60 * r.nextInt(20), 60 * r.nextInt(10), r.nextBoolean());
            default ->
                new Contract.Dual(List.of(
                        new Contract.Post("osg", Grade.OSG, new Contract.PartTime(600 + 60 * r.nextInt(10), 0)),
                        new Contract.Post(
                                "officer", Grade.OFFICER, new Contract.PartTime(600 + 60 * r.nextInt(10), 60))));
        };
    }

    private static LocalTime quarter(Random r) {
        int q = r.nextInt(96);
        return LocalTime.of(q / 4, (q % 4) * 15);
    }
}
