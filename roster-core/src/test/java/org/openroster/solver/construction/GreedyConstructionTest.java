package org.openroster.solver.construction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Activity;
import org.openroster.model.Contract;
import org.openroster.model.DayType;
import org.openroster.model.Grade;
import org.openroster.model.JobSharePost;
import org.openroster.model.Person;
import org.openroster.model.Pin;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.StaffingLine;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.Rule;
import org.openroster.solver.Shift;
import org.openroster.testing.TestProblems;

class GreedyConstructionTest {

    private static final Set<DayType> ALL_DAYS = Set.of(DayType.WEEKDAY, DayType.WEEKEND, DayType.PUBLIC_HOLIDAY);

    /**
     * A wing needing 2 around the clock (and {@code moreActivities}), three 8-hour shifts that tile the
     * day (and {@code moreTemplates}), {@code staff} officers, {@code days} days from {@code start}.
     */
    private static Problem wing(
            LocalDate start, int days, int staff, List<ShiftTemplate> moreTemplates, List<Activity> moreActivities) {
        List<ShiftTemplate> templates = new ArrayList<>(List.of(
                ShiftTemplate.of("E", LocalTime.of(6, 0), LocalTime.of(14, 0)).withBreak(30),
                ShiftTemplate.of("L", LocalTime.of(14, 0), LocalTime.of(22, 0)).withBreak(30),
                ShiftTemplate.of("N", LocalTime.of(22, 0), LocalTime.of(6, 0)).withBreak(30)));
        templates.addAll(moreTemplates);
        List<Activity> activities = new ArrayList<>(List.of(new Activity(
                "wing", "Wing", "A", ALL_DAYS, LocalTime.of(6, 0), LocalTime.of(6, 0), 1, 2, 2, List.of())));
        activities.addAll(moreActivities);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            people.add(Person.of("P" + i, Grade.OFFICER));
        }
        return new Problem(
                "rtc",
                TestProblems.establishment(org.openroster.model.WorkingTimeSettings.GB),
                start,
                days,
                templates,
                activities,
                people,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of());
    }

    /** The wing with 12 staff for two weeks. */
    private static Problem roundTheClock() {
        return wing(TestProblems.MONDAY, 14, 12, List.of(), List.of());
    }

    /** The wing with a long day (08:00-20:00) as well and 16 staff, for two weeks. */
    private static Problem roundTheClockWithLongDay() {
        return wing(
                TestProblems.MONDAY,
                14,
                16,
                List.of(ShiftTemplate.of("LD", LocalTime.of(8, 0), LocalTime.of(20, 0))
                        .withBreak(60)),
                List.of());
    }

    @Test
    void coversMslWithoutBreakingRestWhenStaffAreEnough() {
        Roster roster = RosterBuilder.build(roundTheClock());
        new GreedyConstruction(roster).plan().forEach(PersonDay::setShift);
        var audit = RosterAudit.audit(roster);
        assertEquals(0, audit.summary().mslShortfallMinutes());
        for (Rule rule :
                List.of(Rule.DAILY_REST, Rule.ONE_DUTY_AT_A_TIME, Rule.CONTRACT_HOURS, Rule.COMPENSATORY_REST)) {
            assertEquals(0, audit.rule(rule.id()).amount(), rule.id());
        }
    }

    @Test
    void neverPlansAPinnedOrAlreadyAssignedDay() {
        Problem problem = roundTheClock();
        problem = problem.withPins(
                List.of(new Pin("P0", problem.start(), null, null), new Pin("P1", problem.start(), "E", "A")));
        Roster roster = RosterBuilder.build(problem);
        Map<PersonDay, Shift> plan = new GreedyConstruction(roster).plan();
        assertFalse(plan.isEmpty());
        assertTrue(plan.keySet().stream().noneMatch(PersonDay::isPinned));
        assertTrue(plan.keySet().stream().noneMatch(PersonDay::isWorking));
    }

    @Test
    void jobSharePartnersHoursLastEveryCoverDay() {
        // two partners of 20 h a week share a 40-hour post covered Monday to Friday: long days (the duty
        // the empty wing gains most from) would spend their 80 hours in seven of the ten cover days
        Problem base = roundTheClockWithLongDay();
        List<Person> people = new ArrayList<>(base.people());
        people.set(0, people.get(0).withContract(new Contract.JobShare("post", 1200, 0)));
        people.set(1, people.get(1).withContract(new Contract.JobShare("post", 1200, 0)));
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Problem problem = base.withPeople(people)
                .withFlexibleWorking(
                        List.of(new JobSharePost("post", 2400, weekdays, 0, List.of("P0", "P1"))),
                        List.of(),
                        List.of());
        Roster roster = RosterBuilder.build(problem);
        new GreedyConstruction(roster).plan().forEach(PersonDay::setShift);
        var audit = RosterAudit.audit(roster);
        assertEquals(0, audit.rule(Rule.JOB_SHARE_COVER.id()).amount());
        assertEquals(0, audit.rule(Rule.CONTRACT_HOURS.id()).amount());
    }

    @Test
    void lengthensAPlannedDutyWhenNoFreeDayIsLeftForTheMinimum() {
        // P0 (20 h a week, up to 4 h extra) may work only four days of the fortnight: four 7.5-hour
        // duties leave them under the band's minimum, long days reach it
        Problem base = roundTheClockWithLongDay();
        List<Person> people = new ArrayList<>(base.people());
        people.set(0, people.get(0).withContract(new Contract.PartTime(1200, 240)));
        List<Pin> off = new ArrayList<>();
        for (int day = 4; day < base.days(); day++) {
            off.add(new Pin("P0", base.start().plusDays(day), null, null));
        }
        Roster roster = RosterBuilder.build(base.withPeople(people).withPins(off));
        var bounds = roster.getWindows().stream()
                .filter(w -> w.id().equals("P0"))
                .findFirst()
                .orElseThrow()
                .bounds();
        assertTrue(4 * 450 < bounds.min() && bounds.min() <= 4 * 660, bounds.toString());
        new GreedyConstruction(roster).plan().forEach(PersonDay::setShift);
        var audit = RosterAudit.audit(roster);
        assertTrue(
                audit.violations().stream()
                        .noneMatch(v -> v.rule().equals(Rule.CONTRACT_HOURS.id()) && "P0".equals(v.person())),
                audit.violations().toString());
        assertEquals(0, audit.summary().mslShortfallMinutes());
    }

    @Test
    void keepsSelfRosteringChoicesTheRulesAllow() {
        Problem base = roundTheClock();
        List<Request> choices = new ArrayList<>();
        for (int day = 0; day < 4; day++) {
            choices.add(new Request("P0", base.start().plusDays(day), "L", true, 2));
        }
        for (int day = 0; day < 3; day++) {
            choices.add(new Request("P1", base.start().plusDays(day), "N", true, 1));
        }
        choices.add(new Request("P2", base.start().plusDays(5), "E", true, 3));
        choices.add(new Request("P2", base.start().plusDays(6), "E", true, 3));
        Roster roster = RosterBuilder.build(base.withFlexibleWorking(List.of(), List.of(), choices));
        new GreedyConstruction(roster).plan().forEach(PersonDay::setShift);
        var audit = RosterAudit.audit(roster);
        assertEquals(0, audit.rule(Rule.SELF_ROSTERING_CHOICES.id()).amount());
        assertEquals(0, audit.summary().mslShortfallMinutes());
    }

    @Test
    void givesUpAChoiceWhereOnlyThatPersonCanHoldTheSafetyFloor() {
        // a weekend and a Monday; P0 alone leads nights, needed on weekday nights only, and chose an
        // early on the Monday: the Monday night needs them instead
        LocalDate monday = TestProblems.MONDAY;
        Activity lead = new Activity(
                "lead",
                "Night lead",
                "A",
                Set.of(DayType.WEEKDAY),
                LocalTime.of(22, 0),
                LocalTime.of(6, 0),
                1,
                1,
                1,
                List.of(StaffingLine.ofSkill("NIGHT_LEAD", 1, 1)));
        Problem base = wing(monday.minusDays(2), 3, 12, List.of(), List.of(lead));
        List<Person> people = new ArrayList<>(base.people());
        people.set(0, people.get(0).withSkills(Set.of("NIGHT_LEAD")));
        Problem problem = base.withPeople(people)
                .withFlexibleWorking(List.of(), List.of(), List.of(new Request("P0", monday, "E", true, 3)));
        Roster roster = RosterBuilder.build(problem);
        new GreedyConstruction(roster).plan().forEach(PersonDay::setShift);
        var audit = RosterAudit.audit(roster);
        assertEquals(
                0, audit.summary().mslShortfallMinutes(), audit.violations().toString());
        assertTrue(audit.rule(Rule.SELF_ROSTERING_CHOICES.id()).amount() > 0, "the choice gives way");
    }
}
