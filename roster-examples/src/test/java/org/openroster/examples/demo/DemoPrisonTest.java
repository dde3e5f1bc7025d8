package org.openroster.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openroster.examples.demo.DemoPrison.Size;
import org.openroster.model.DayType;
import org.openroster.model.Grade;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.ProblemValidator;
import org.openroster.model.ShiftTemplate;
import org.openroster.time.TimeSpan;

class DemoPrisonTest {

    private static final long SEED = 42;
    private static final Map<Size, Problem> PROBLEMS = new ConcurrentHashMap<>();
    private static final Map<Size, DemoPrisonCheck.Report> REPORTS = new ConcurrentHashMap<>();

    private static Problem problem(Size size) {
        return PROBLEMS.computeIfAbsent(size, s -> DemoPrison.generate(s, SEED));
    }

    private static DemoPrisonCheck.Report report(Size size) {
        return REPORTS.computeIfAbsent(size, s -> DemoPrisonCheck.check(problem(s)));
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void sameSizeAndSeedGiveTheSameProblem(Size size) {
        Problem again = DemoPrison.generate(size, SEED);
        assertEquals(Canonical.dump(problem(size)), Canonical.dump(again));
    }

    @Test
    void anotherSeedGivesAnotherProblem() {
        assertNotEquals(Canonical.dump(problem(Size.SMALL)), Canonical.dump(DemoPrison.generate(Size.SMALL, SEED + 1)));
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void staffCountIsWithinTenPercentOfTheTarget(Size size) {
        for (long seed : List.of(SEED, 1L, 2L)) {
            Problem p = DemoPrison.generate(size, seed);
            double wte = DemoPrison.wholeTimeEquivalents(p);
            assertTrue(
                    Math.abs(wte - size.targetStaff()) <= 0.1 * size.targetStaff(),
                    size + " with seed " + seed + " has " + wte + " whole-time equivalents, target "
                            + size.targetStaff());
            assertTrue(p.people().size() <= 1.3 * size.targetStaff(), p.people().size() + " people");
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void problemIsValid(Size size) {
        assertEquals(List.of(), ProblemValidator.validate(problem(size)));
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void staffCoverMslAtEveryLocationAndLine(Size size) {
        DemoPrisonCheck.Report report = report(size);
        assertTrue(report.mslCovered(1.1), report.format());
        assertTrue(report.minCover() >= 1.1, report.format());
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void contractedHoursAreAboveWholeShiftMslDemandAndBelowSdsol(Size size) {
        DemoPrisonCheck.Report report = report(size);
        double ratio = report.contractedHours() / report.fitHours();
        assertTrue(ratio >= 1.1 && ratio <= 1.35, report.format());
        assertTrue(report.contractedHours() < report.sdsolHours(), report.format());
    }

    @Test
    void defaultWindowHoldsTheClockChangeAndTheEasterHolidays() {
        Problem p = problem(Size.SMALL);
        assertEquals(LocalDate.of(2027, 3, 8), p.start());
        assertEquals(28, p.days());
        Set<LocalDate> holidays = p.establishment().publicHolidays();
        assertTrue(holidays.containsAll(Set.of(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29))));
        assertEquals(DayType.PUBLIC_HOLIDAY, p.establishment().dayType(LocalDate.of(2027, 3, 26)));
        ZoneId zone = p.establishment().zone();
        LocalDate change = LocalDate.of(2027, 3, 28);
        assertTrue(p.inWindow(change));
        assertNotEquals(
                zone.getRules().getOffset(change.atStartOfDay()),
                zone.getRules().getOffset(change.plusDays(1).atStartOfDay()));
        assertTrue(p.establishment().workingTime().specialCase());
    }

    @Test
    void anchorAndWindowAreHonoured() {
        Problem p = DemoPrison.generate(Size.SMALL, 7, LocalDate.of(2027, 12, 20), 14);
        assertEquals(LocalDate.of(2027, 12, 20), p.start());
        assertEquals(14, p.days());
        assertTrue(p.establishment()
                .publicHolidays()
                .containsAll(Set.of(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28))));
        assertEquals(List.of(), ProblemValidator.validate(p));
        assertTrue(p.leave().stream().allMatch(l -> p.inWindow(l.from()) && p.inWindow(l.to())));
        assertTrue(p.requests().stream().allMatch(r -> p.inWindow(r.date())));
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void gradesAreInPlausibleProportions(Size size) {
        Map<Grade, Integer> count = new EnumMap<>(Grade.class);
        problem(size).people().forEach(p -> count.merge(p.grade(), 1, Integer::sum));
        double n = problem(size).people().size();
        double osg = count.getOrDefault(Grade.OSG, 0) / n;
        double officer = count.getOrDefault(Grade.OFFICER, 0) / n;
        double so = count.getOrDefault(Grade.SUPERVISING_OFFICER, 0) / n;
        double cm = count.getOrDefault(Grade.CUSTODIAL_MANAGER, 0) / n;
        String mix = size + " " + count;
        assertTrue(osg >= 0.1 && osg <= 0.3, mix);
        assertTrue(officer >= 0.55 && officer <= 0.75, mix);
        assertTrue(so >= 0.07 && so <= 0.18, mix);
        assertTrue(cm >= 0.02 && cm <= 0.05, mix);
    }

    /** The flexible-working mix (issue 3): every kind in every size, close to its share in the larger ones. */
    @ParameterizedTest
    @EnumSource(Size.class)
    void everyContractKindIsInTheMix(Size size) {
        Problem p = problem(size);
        Map<String, Long> kinds = p.people().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        x -> x.contract().kind(), java.util.stream.Collectors.counting()));
        for (String kind : List.of(
                "fullTime", "partTime", "compressed", "annualised", "termTime", "jobShare", "minimumHours", "dual")) {
            assertTrue(kinds.getOrDefault(kind, 0L) >= 2, kind + " in " + kinds);
        }
        assertTrue(
                p.jobShares().size() >= (size == Size.SMALL ? 1 : 3),
                p.jobShares().size() + " job shares");
        if (size != Size.SMALL) {
            double people = p.people().size();
            assertTrue(kinds.get("partTime") / people >= 0.15, "part time " + kinds);
            assertTrue(kinds.get("compressed") / people >= 0.07, "compressed " + kinds);
            assertTrue(kinds.get("annualised") / people >= 0.04, "annualised " + kinds);
            assertTrue(kinds.get("minimumHours") / people >= 0.04, "minimum hours " + kinds);
            assertTrue(kinds.get("dual") / people >= 0.015, "dual " + kinds);
        }
        // every person has a rota line (the fixed model) and self-rostering choices are made
        assertEquals(p.people().size(), p.rotaLines().size());
        assertTrue(p.choices().size() >= p.people().size(), p.choices().size() + " choices");
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void leaveAdjustmentsAndRequestsAreInPlausibleProportions(Size size) {
        Problem p = problem(size);
        double people = p.people().size();
        // leave is booked on the rostered days of a block (about five in seven of its days)
        long annualDays = p.leave().stream()
                .filter(l -> l.kind() == LeaveKind.ANNUAL)
                .mapToLong(l -> l.to().toEpochDay() - l.from().toEpochDay() + 1)
                .sum();
        double annualShare = annualDays / (people * p.days());
        assertTrue(annualShare >= 0.05 && annualShare <= 0.10, "annual leave share " + annualShare);
        long adjusted = p.people().stream().filter(x -> x.adjustments().any()).count();
        assertTrue(adjusted >= 1 && adjusted <= Math.ceil(0.05 * people), adjusted + " adjusted");
        assertTrue(p.requests().size() >= 0.5 * people, p.requests().size() + " requests");
        assertTrue(p.requests().stream().allMatch(r -> r.weight() >= 1 && r.weight() <= 5));
        assertTrue(p.people().stream().anyMatch(x -> x.contract().maxExtraMinutesPerWeek() > 0));
        assertTrue(p.people().stream().anyMatch(x -> x.contract().kind().equals("partTime")));
        assertTrue(p.people().stream().anyMatch(Person::optedOut));
        assertTrue(p.people().stream().anyMatch(x -> !x.fixedRestDays().isEmpty()));
        assertEquals(size == Size.LARGE, p.people().stream().anyMatch(Person::youngWorker));
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void everyLongShiftHasABreakAndIsOfferedSomewhere(Size size) {
        for (ShiftTemplate t : problem(size).templates()) {
            assertTrue(t.nominalMinutes() <= 6 * 60 || t.breakMinutes() >= 20, t.id());
            assertFalse(t.locations().isEmpty(), t.id());
            assertFalse(t.grades().isEmpty(), t.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void historyKeepsElevenHoursRestAndEndsBeforeTheWindow(Size size) {
        Problem p = problem(size);
        var windowStart = p.start().atStartOfDay(p.establishment().zone()).toInstant();
        for (Person person : p.people()) {
            List<TimeSpan> shifts = person.history().recentShifts();
            for (int i = 0; i < shifts.size(); i++) {
                assertTrue(shifts.get(i).start().isBefore(windowStart), person.id());
                if (i > 0) {
                    Duration rest = Duration.between(
                            shifts.get(i - 1).end(), shifts.get(i).start());
                    assertTrue(rest.toMinutes() >= 11 * 60, person.id() + " rests " + rest);
                }
            }
            assertTrue(person.history()
                            .consecutiveDaysWorkedBefore(
                                    p.start(), p.establishment().zone())
                    <= 5);
            long recent = shifts.stream().mapToLong(TimeSpan::minutes).sum();
            assertTrue(person.history().referencePeriodMinutes() >= recent, person.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void everyLocationHasADetailGroupAndActivitiesOnEveryDayType(Size size) {
        Problem p = problem(size);
        Map<String, List<DayType>> dayTypes = new HashMap<>();
        p.activities()
                .forEach(a -> dayTypes.computeIfAbsent(a.location(), k -> new ArrayList<>())
                        .addAll(a.dayTypes()));
        p.establishment().locations().forEach(l -> {
            assertTrue(dayTypes.containsKey(l.id()), l.id());
            assertTrue(p.people().stream().anyMatch(x -> x.locations().contains(l.id())), l.id());
        });
        for (int tier = 1; tier <= 3; tier++) {
            int t = tier;
            assertTrue(p.activities().stream().anyMatch(a -> a.tier() == t), "tier " + t);
        }
    }
}
