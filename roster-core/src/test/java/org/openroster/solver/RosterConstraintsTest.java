package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openroster.solver.Fixture.ALL_DAYS;
import static org.openroster.solver.Fixture.MONDAY;
import static org.openroster.solver.Fixture.assign;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Activity;
import org.openroster.model.Adjustments;
import org.openroster.model.Balances;
import org.openroster.model.Contract;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.model.Request;
import org.openroster.model.SlotDemand;
import org.openroster.model.StaffingLine;
import org.openroster.model.WorkRules;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.testing.TestProblems;
import org.openroster.time.TimeSpan;

/**
 * One test per rule, named after it: each builds a small roster, checks the constraint's penalty with
 * {@link ConstraintVerifier}, and checks that the audit finds the same amount for the same rule.
 */
class RosterConstraintsTest {

    private static final ConstraintVerifier<RosterConstraints, Roster> VERIFIER =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, PersonDay.class);

    /** The constraint penalises by {@code expected} and the audit's total for the rule agrees. */
    private static void assertPenalty(
            BiFunction<RosterConstraints, ConstraintFactory, Constraint> constraint,
            Rule rule,
            Roster roster,
            long expected) {
        VERIFIER.verifyThat(constraint).givenSolution(roster).penalizesBy(expected);
        assertEquals(expected, RosterAudit.audit(roster).rule(rule.id()).amount(), "audit total of " + rule.id());
    }

    private static Person officer(String id) {
        return Person.of(id, Grade.OFFICER);
    }

    private static WorkRules rules(int maxRun, int minRun, int minOff, int maxWeekends, int preferred) {
        return new WorkRules(maxRun, minRun, minOff, maxWeekends, Map.of(), null, null, preferred);
    }

    private static History workedDaysBefore(int... daysBefore) {
        List<TimeSpan> shifts = java.util.Arrays.stream(daysBefore)
                .mapToObj(d -> new TimeSpan(
                        ZonedDateTime.of(MONDAY.minusDays(d), LocalTime.of(8, 0), TestProblems.LONDON)
                                .toInstant(),
                        ZonedDateTime.of(MONDAY.minusDays(d), LocalTime.of(16, 0), TestProblems.LONDON)
                                .toInstant()))
                .toList();
        return new History(shifts, 0, 0);
    }

    /** Wing W 08:00-16:00: MSL 2, SDSOL 3, tier 1, of whom 1 C&R (MSL = SDSOL = 1). */
    private static Activity wingCore() {
        return new Activity(
                "core",
                "Core day",
                "W",
                ALL_DAYS,
                LocalTime.of(8, 0),
                LocalTime.of(16, 0),
                1,
                2,
                3,
                List.of(StaffingLine.ofSkill("C&R", 1, 1)));
    }

    private static Fixture wingDay(int people) {
        Fixture f = new Fixture().days(1).activity(wingCore());
        for (int i = 0; i < people; i++) {
            f.person(officer("P" + i));
        }
        return f;
    }

    @Test
    void minimumSafeStaffing() {
        Roster roster = assign(wingDay(1).build(), "P0", 0, "D", "W");
        // one person short of the total (2) and nobody C&R-trained (1), for 8 hours each
        assertPenalty(RosterConstraints::minimumSafeStaffing, Rule.MINIMUM_SAFE_STAFFING, roster, 480 + 480);
    }

    @Test
    void regimeBelowSdsol() {
        Roster one = assign(wingDay(1).build(), "P0", 0, "D", "W");
        // tier-1 layer (SDSOL 3 - MSL 2) missing 1 person for 480 minutes at weight 100
        assertPenalty(RosterConstraints::regimeBelowSdsol, Rule.REGIME_BELOW_SDSOL, one, 100 * 480);

        // add a tier-3 activity wanting 2 more: with 3 people the tier-1 layer is full and tier 3 misses 2
        Fixture f = wingDay(3)
                .activity(new Activity(
                        "edu",
                        "Education",
                        "W",
                        ALL_DAYS,
                        LocalTime.of(8, 0),
                        LocalTime.of(16, 0),
                        3,
                        0,
                        2,
                        List.of()));
        Roster three = f.build();
        for (int i = 0; i < 3; i++) {
            assign(three, "P" + i, 0, "D", "W");
        }
        assertPenalty(RosterConstraints::regimeBelowSdsol, Rule.REGIME_BELOW_SDSOL, three, 1 * 2 * 480);
    }

    @Test
    void overStaffing() {
        Roster roster = wingDay(5).build();
        for (int i = 0; i < 4; i++) {
            assign(roster, "P" + i, 0, "D", "W");
        }
        assign(roster, "P4", 0, "L", "W");
        // 08:00-13:00: 4 vs SDSOL 3 (300); 13:00-16:00: 5 vs 3 (2 x 180); 16:00-21:00: 1 where none needed (300)
        assertPenalty(RosterConstraints::overStaffing, Rule.OVER_STAFFING, roster, 300 + 360 + 300);
    }

    private static Fixture slotFixture(int people) {
        Fixture f = new Fixture().days(1);
        f.slots.add(new SlotDemand(MONDAY, "D", "W", 1, 2, 7, 3));
        for (int i = 0; i < people; i++) {
            f.person(officer("P" + i));
        }
        return f;
    }

    @Test
    void slotMinimum() {
        // nobody on a slot with minimum 1: one person short for D's 450 worked minutes
        assertPenalty(
                RosterConstraints::slotMinimum,
                Rule.SLOT_MINIMUM,
                slotFixture(1).build(),
                450);
    }

    @Test
    void slotUnderCover() {
        // target 2, nobody: 2 missing x under-weight 7
        assertPenalty(
                RosterConstraints::slotUnderCover,
                Rule.SLOT_UNDER_COVER,
                slotFixture(1).build(),
                14);
    }

    @Test
    void slotOverCover() {
        Roster roster = slotFixture(3).build();
        for (int i = 0; i < 3; i++) {
            assign(roster, "P" + i, 0, "D", "W");
        }
        // target 2, three on it: 1 surplus x over-weight 3
        assertPenalty(RosterConstraints::slotOverCover, Rule.SLOT_OVER_COVER, roster, 3);
    }

    @Test
    void oneDutyAtATime() {
        History nightBefore = new History(
                List.of(new TimeSpan(
                        ZonedDateTime.of(MONDAY.minusDays(1), LocalTime.of(21, 0), TestProblems.LONDON)
                                .toInstant(),
                        ZonedDateTime.of(MONDAY, LocalTime.of(7, 30), TestProblems.LONDON)
                                .toInstant())),
                0,
                0);
        Roster roster = new Fixture()
                .person(officer("P"))
                .person(officer("Q").withHistory(nightBefore))
                .build();
        assign(roster, "P", 0, "N", "W"); // ends 07:15 on day 1
        assign(roster, "P", 1, "E", "W"); // starts 07:00: 15 minutes overlap
        assign(roster, "Q", 0, "E", "W"); // starts 07:00, history ends 07:30: 30 minutes
        assertPenalty(RosterConstraints::oneDutyAtATime, Rule.ONE_DUTY_AT_A_TIME, roster, 15 + 30);
    }

    @Test
    void eligibility() {
        Fixture f = new Fixture()
                .person(Person.of("OSG", Grade.OSG))
                .person(officer("GateOnly").withLocations(Set.of("X")));
        f.templates.add(Fixture.template("G", 9, 0, 17, 0).withGrades(Set.of(Grade.OFFICER)));
        Roster roster = f.build();
        assign(roster, "OSG", 0, "G", "W"); // G is for officers only
        assign(roster, "GateOnly", 0, "D", "W"); // detailed to X only
        assertPenalty(RosterConstraints::eligibility, Rule.ELIGIBILITY, roster, 450 + 450);
    }

    @Test
    void workplaceAdjustment() {
        Roster roster = new Fixture()
                .person(officer("NoNights").withAdjustments(new Adjustments(true, 0, false, null)))
                .person(officer("Short").withAdjustments(new Adjustments(false, 420, false, null)))
                .build();
        assign(roster, "NoNights", 0, "N", "W"); // 23:00-06:00 inside 20:45-07:15: 420 minutes
        assign(roster, "Short", 0, "D", "W"); // 480 long, limit 420
        assertPenalty(RosterConstraints::workplaceAdjustment, Rule.WORKPLACE_ADJUSTMENT, roster, 420 + 60);
    }

    @Test
    void leaveAndRestDays() {
        Fixture f = new Fixture()
                .person(officer("OnLeave"))
                .person(officer("RestsMondays").withRestDays(Set.of(DayOfWeek.MONDAY), Set.of()));
        f.leave.add(new Leave("OnLeave", MONDAY, MONDAY.plusDays(2), LeaveKind.ANNUAL));
        Roster roster = f.build();
        assign(roster, "OnLeave", 1, "D", "W");
        assign(roster, "RestsMondays", 0, "D", "W");
        assertPenalty(RosterConstraints::leaveAndRestDays, Rule.LEAVE_AND_REST_DAYS, roster, 450 + 450);
    }

    @Test
    void dailyRest() {
        Roster roster = new Fixture().person(officer("P")).build();
        assign(roster, "P", 0, "L", "W"); // ends 21:00
        assign(roster, "P", 1, "E", "W"); // starts 07:00: 10 h rest, 11 h needed
        assertPenalty(RosterConstraints::dailyRest, Rule.DAILY_REST, roster, 60);

        Fixture special = new Fixture().person(officer("P"));
        special.workingTime = WorkingTimeSettings.prisonSpecialCase();
        Roster displaced = special.build();
        assign(displaced, "P", 0, "L", "W");
        assign(displaced, "P", 1, "E", "W");
        // above the 8-hour floor of the special case: no breach (the hour is owed as compensatory rest)
        assertPenalty(RosterConstraints::dailyRest, Rule.DAILY_REST, displaced, 0);

        // 01:15-01:45 on 28 March 2027 lies inside the hour the clocks skip: a duty of no length owes
        // no rest to itself
        Fixture gap = new Fixture().days(28).person(officer("P"));
        gap.templates.add(org.openroster.model.ShiftTemplate.of("Z", LocalTime.of(1, 15), LocalTime.of(1, 45)));
        Roster zero = assign(gap.build(), "P", 27, "Z", "W");
        assertPenalty(RosterConstraints::dailyRest, Rule.DAILY_REST, zero, 0);
    }

    @Test
    void weeklyRest() {
        Roster roster = new Fixture().days(14).person(officer("P")).build();
        for (int d = 0; d < 14; d++) {
            assign(roster, "P", d, "E", "W");
        }
        // longest rest in each week is 14:30 to 07:00 (16 h 30): 7 h 30 short of 24 h in each week,
        // which is nearer than 48 h in the fortnight (31 h 30 short)
        assertPenalty(RosterConstraints::weeklyRest, Rule.WEEKLY_REST, roster, 450 + 450);
    }

    @Test
    void restBreak() {
        Fixture f = new Fixture().person(officer("P"));
        f.templates.add(org.openroster.model.ShiftTemplate.of("T", LocalTime.of(8, 0), LocalTime.of(16, 0)));
        Roster roster = assign(f.build(), "P", 0, "T", "W");
        assertPenalty(RosterConstraints::restBreak, Rule.REST_BREAK, roster, 20);
    }

    @Test
    void averageWeeklyHours() {
        // 112 days of history at exactly 48 h a week: the window's first 2880 minutes fit, the rest do not
        History atLimit = new History(List.of(), 48 * 60 * 16, 112);
        Roster roster = new Fixture()
                .person(officer("P").withHistory(atLimit))
                .person(officer("OptedOut").withHistory(atLimit).withWorkingTime(true, false, false))
                .build();
        for (int d = 0; d < 7; d++) {
            assign(roster, "P", d, "D", "W");
            assign(roster, "OptedOut", d, "D", "W");
        }
        assertPenalty(RosterConstraints::averageWeeklyHours, Rule.AVERAGE_WEEKLY_HOURS, roster, 7 * 450 - 2880);
    }

    @Test
    void nightWorkLimit() {
        // limit over 119 days: 8 h x (119 - 17 weekly rest days); history uses all of it
        History atLimit = new History(List.of(), 480 * 102, 112);
        Roster roster = new Fixture()
                .person(officer("Night").withHistory(atLimit).withWorkingTime(false, false, true))
                .person(officer("Day").withHistory(atLimit))
                .build();
        assign(roster, "Night", 0, "D", "W");
        assign(roster, "Day", 0, "D", "W");
        assertPenalty(RosterConstraints::nightWorkLimit, Rule.NIGHT_WORK_LIMIT, roster, 450);
    }

    @Test
    void youngWorkerLimits() {
        Fixture f = new Fixture().person(officer("Young").withWorkingTime(false, true, false));
        f.templates.add(Fixture.template("T10", 8, 0, 18, 0));
        Roster roster = f.build();
        assign(roster, "Young", 0, "T10", "W"); // 570 worked: 90 over 8 h
        assign(roster, "Young", 2, "N", "W"); // 600 worked: 120 over, and 480 minutes in 22:00-06:00
        assertPenalty(RosterConstraints::youngWorkerLimits, Rule.YOUNG_WORKER_LIMITS, roster, 90 + 120 + 480);
    }

    @Test
    void contractHours() {
        Roster roster = new Fixture()
                .person(officer("Min").withRules(new WorkRules(0, 0, 0, 0, Map.of(), 1000, null, 0)))
                .person(officer("Max").withRules(new WorkRules(0, 0, 0, 0, Map.of(), null, 400, 0)))
                .build();
        assign(roster, "Max", 0, "D", "W");
        assertPenalty(RosterConstraints::contractHours, Rule.CONTRACT_HOURS, roster, 1000 + 50);
    }

    @Test
    void forbiddenSuccession() {
        Roster roster = new Fixture().person(officer("P")).build();
        assign(roster, "P", 0, "N", "W");
        assign(roster, "P", 1, "E", "X"); // N may not be followed by E (420 worked)
        assign(roster, "P", 3, "E", "W"); // fine: day 2 off
        assertPenalty(RosterConstraints::forbiddenSuccession, Rule.FORBIDDEN_SUCCESSION, roster, 420);
    }

    @Test
    void maxConsecutiveDays() {
        Roster roster = new Fixture()
                .person(officer("P").withRules(rules(2, 0, 0, 0, 0)))
                .person(officer("Q").withRules(rules(2, 0, 0, 0, 0)).withHistory(workedDaysBefore(1, 2)))
                .build();
        for (int d = 0; d < 3; d++) {
            assign(roster, "P", d, "D", "W");
        }
        assign(roster, "Q", 0, "D", "W"); // the third day in a row, counting history
        assertPenalty(RosterConstraints::maxConsecutiveDays, Rule.MAX_CONSECUTIVE_DAYS, roster, 1 + 1);
    }

    @Test
    void minConsecutiveDays() {
        Roster roster = new Fixture()
                .days(5)
                .person(officer("P").withRules(rules(0, 2, 0, 0, 0)))
                .person(officer("Edge").withRules(rules(0, 2, 0, 0, 0)))
                .build();
        assign(roster, "P", 2, "D", "W"); // a lone day inside the window: 1 short
        assign(roster, "Edge", 0, "D", "W"); // touches the window's start: exempt
        assertPenalty(RosterConstraints::minConsecutiveDays, Rule.MIN_CONSECUTIVE_DAYS, roster, 1);
    }

    @Test
    void minConsecutiveDaysOff() {
        Roster roster = new Fixture()
                .person(officer("P").withRules(rules(0, 0, 2, 0, 0)))
                .build();
        assign(roster, "P", 0, "D", "W");
        assign(roster, "P", 2, "D", "W"); // one day off between: 1 short of 2
        assign(roster, "P", 5, "D", "W"); // two days off: fine
        assertPenalty(RosterConstraints::minConsecutiveDaysOff, Rule.MIN_CONSECUTIVE_DAYS_OFF, roster, 1);
    }

    @Test
    void maxWorkingWeekends() {
        Roster roster = new Fixture()
                .days(14)
                .person(officer("P").withRules(rules(0, 0, 0, 1, 0)))
                .build();
        assign(roster, "P", 5, "D", "W"); // Saturday 6 March
        assign(roster, "P", 6, "D", "W"); // Sunday 7 March: same weekend
        assign(roster, "P", 13, "D", "W"); // Sunday 14 March: a second weekend
        assertPenalty(RosterConstraints::maxWorkingWeekends, Rule.MAX_WORKING_WEEKENDS, roster, 1);
    }

    @Test
    void maxShiftsOfTemplate() {
        Roster roster = new Fixture()
                .person(officer("P").withRules(new WorkRules(0, 0, 0, 0, Map.of("D", 1, "E", 0), null, null, 0)))
                .build();
        for (int d = 0; d < 3; d++) {
            assign(roster, "P", d, "D", "W");
        }
        assign(roster, "P", 4, "E", "W");
        assertPenalty(RosterConstraints::maxShiftsOfTemplate, Rule.MAX_SHIFTS_OF_TEMPLATE, roster, 2 + 1);
    }

    @Test
    void compensatoryRest() {
        Fixture f = new Fixture().days(14).person(officer("P")).person(officer("Q"));
        f.workingTime = WorkingTimeSettings.prisonSpecialCase();
        Roster roster = f.build();
        assign(roster, "P", 0, "L", "W");
        assign(roster, "P", 1, "E", "W"); // 10 h rest: 1 h displaced
        for (int d = 0; d < 14; d++) {
            if (d != 7) {
                assign(roster, "Q", d, "E", "W");
            }
        }
        // Q: week 1's longest rest is 16 h 30 (7 h 30 short of 24 h); the fortnight has 40 h 30 over the
        // day off (7 h 30 short of 48 h): 450 minutes displaced, above the 24-hour floor, so owed
        assertPenalty(RosterConstraints::compensatoryRest, Rule.COMPENSATORY_REST, roster, 60 + 450);
    }

    @Test
    void compressedHoursPattern() {
        Fixture f = new Fixture().person(officer("C").withContract(new Contract.Compressed(4, 555, 0)));
        f.templates.add(Fixture.template("C9", 7, 0, 16, 45)); // 9h45 less a 30-minute break: 555 worked
        Roster roster = f.build();
        for (int d = 0; d < 5; d++) {
            assign(roster, "C", d, "C9", "W");
        }
        assign(roster, "C", 6, "D", "W"); // 450 worked: 105 off the compressed day, 90 beyond the tolerance
        // six duties in the week, two more than the 4 compressed days (2 x 555), and one short day
        assertPenalty(RosterConstraints::compressedHoursPattern, Rule.COMPRESSED_HOURS_PATTERN, roster, 2 * 555 + 90);
    }

    @Test
    void dualContractHours() {
        Contract.Dual dual = new Contract.Dual(List.of(
                new Contract.Post("osg", Grade.OSG, new Contract.PartTime(1110, 0)),
                new Contract.Post("officer", Grade.OFFICER, new Contract.PartTime(1110, 0))));
        Fixture f = new Fixture().person(Person.of("Dual", Grade.OFFICER).withContract(dual));
        f.templates.add(Fixture.template("G", 8, 0, 16, 0).withGrades(Set.of(Grade.OSG)));
        f.templates.add(Fixture.template("O", 8, 0, 16, 0).withGrades(Set.of(Grade.OFFICER)));
        Roster roster = f.build();
        for (int d = 0; d < 4; d++) {
            assign(roster, "Dual", d, "O", "W"); // 4 x 450 = 1800 on the officer post (band 888 to 1110)
        }
        // the OSG post gets nothing (band 888 to 1110); the officer post 690 over its 1110
        assertPenalty(RosterConstraints::dualContractHours, Rule.DUAL_CONTRACT_HOURS, roster, 888 + 690);
    }

    private static Fixture jobShare() {
        Fixture f = new Fixture()
                .person(officer("A").withContract(new Contract.JobShare("post", 1110, 0)))
                .person(officer("B").withContract(new Contract.JobShare("post", 1110, 0)));
        f.jobShares.add(new org.openroster.model.JobSharePost(
                "post", 2220, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 60, List.of("A", "B")));
        return f;
    }

    @Test
    void jobShareCover() {
        Roster roster = jobShare().build();
        assign(roster, "A", 0, "D", "W"); // Monday covered; Tuesday and Wednesday not
        assertPenalty(RosterConstraints::jobShareCover, Rule.JOB_SHARE_COVER, roster, 2 * (2220 / 3));
    }

    @Test
    void jobShareHandover() {
        Roster roster = jobShare().build();
        assign(roster, "A", 0, "E", "W"); // 07:00-14:30
        assign(roster, "B", 0, "L", "W"); // 13:00-21:00: 90 minutes of overlap, 60 agreed: fine
        Roster apart = jobShare().build();
        assign(apart, "A", 0, "E", "W");
        assign(apart, "B", 1, "L", "W"); // never on together: a full hour of handover missing
        assertPenalty(RosterConstraints::jobShareHandover, Rule.JOB_SHARE_HANDOVER, roster, 0);
        assertPenalty(RosterConstraints::jobShareHandover, Rule.JOB_SHARE_HANDOVER, apart, 60);
    }

    @Test
    void jobShareFairSplit() {
        Roster roster = jobShare().build();
        assign(roster, "A", 0, "N", "W");
        assign(roster, "A", 2, "N", "W");
        assign(roster, "A", 4, "N", "W");
        assign(roster, "B", 6, "D", "W"); // a Sunday: one unsocial unit
        // 4 unsocial units shared 50/50 should be 2 and 2; they are 3 and 1: (|3-2| + |1-2|) = 2 off
        assertPenalty(RosterConstraints::jobShareFairSplit, Rule.JOB_SHARE_FAIR_SPLIT, roster, 2);
    }

    @Test
    void requests() {
        Fixture f = new Fixture().person(officer("P"));
        f.requests.add(new Request("P", MONDAY, "E", true, 3)); // wants an early: not given
        f.requests.add(new Request("P", MONDAY.plusDays(1), "D", false, 2)); // does not want D: given
        f.requests.add(new Request("P", MONDAY.plusDays(2), null, false, 5)); // wants the day off: given
        Roster roster = f.build();
        assign(roster, "P", 1, "D", "W");
        assertPenalty(RosterConstraints::requests, Rule.REQUESTS, roster, 3 + 2);
    }

    @Test
    void selfRosteringChoices() {
        Fixture f = new Fixture().person(officer("P"));
        f.choices.add(new Request("P", MONDAY, "E", true, 2)); // chose an early, is off: 420 minutes x 2
        f.choices.add(new Request("P", MONDAY.plusDays(1), "L", true, 1)); // chose the late it is given
        f.choices.add(new Request("P", MONDAY.plusDays(2), "D", true, 3)); // chose D, given E: 450 x 3
        f.leave.add(new Leave("P", MONDAY.plusDays(3), MONDAY.plusDays(3), LeaveKind.ANNUAL));
        f.choices.add(new Request("P", MONDAY.plusDays(3), "D", true, 3)); // on leave: no roster keeps it
        Roster roster = f.build();
        assign(roster, "P", 1, "L", "W");
        assign(roster, "P", 2, "E", "W");
        assertPenalty(RosterConstraints::selfRosteringChoices, Rule.SELF_ROSTERING_CHOICES, roster, 420 * 2 + 450 * 3);
    }

    @Test
    void fairUnsocialWork() {
        Roster roster = new Fixture()
                .person(officer("FullTime"))
                .person(officer("Half").withContract(new Contract.PartTime(1110, 0)))
                .build();
        assign(roster, "FullTime", 0, "N", "W");
        assign(roster, "FullTime", 1, "N", "W");
        assign(roster, "Half", 2, "N", "W");
        assign(roster, "Half", 3, "N", "W");
        // 2 nights each: 2^2 x 100 / 100 for the full-timer, 2^2 x 100 / 50 for the half-timer
        assertPenalty(RosterConstraints::fairUnsocialWork, Rule.FAIR_UNSOCIAL_WORK, roster, 4 + 8);
    }

    @Test
    void preferredConsecutiveDays() {
        Roster roster = new Fixture()
                .person(officer("P").withRules(rules(0, 0, 0, 0, 2)))
                .build();
        for (int d = 0; d < 4; d++) {
            assign(roster, "P", d, "D", "W");
        }
        assertPenalty(RosterConstraints::preferredConsecutiveDays, Rule.PREFERRED_CONSECUTIVE_DAYS, roster, 2);
    }

    @Test
    void extraHours() {
        Roster roster = new Fixture()
                .person(officer("P").withContract(new Contract.FullTime(2220, 600)))
                .build();
        for (int d = 0; d < 5; d++) {
            assign(roster, "P", d, "D", "W"); // 5 x 450 = 2250 against a 2220 target
        }
        assertPenalty(RosterConstraints::extraHours, Rule.EXTRA_HOURS, roster, 30);
    }

    @Test
    void unusedContractHours() {
        Fixture f = new Fixture().person(officer("Idle")).person(officer("AwayAllWeek"));
        f.leave.add(new Leave("AwayAllWeek", MONDAY, MONDAY.plusDays(6), LeaveKind.ANNUAL));
        // the idle full-timer leaves 37 h unused; the one on leave all week owes nothing
        assertPenalty(RosterConstraints::unusedContractHours, Rule.UNUSED_HOURS, f.build(), 2220);
    }

    private static History owed(long toil, long overdue, long paymentPlus) {
        return History.NONE.withBalances(new Balances(toil, overdue, paymentPlus));
    }

    @Test
    void toilRepayment() {
        Roster roster = new Fixture()
                .person(officer("Repaid").withHistory(owed(600, 300, 0)))
                .person(officer("NotRepaid").withHistory(owed(600, 600, 0)))
                .person(officer("NoneOwed"))
                .build();
        for (int d = 0; d < 4; d++) {
            assign(roster, "Repaid", d, "D", "W"); // 1800 of a 2220 target: 420 of TOIL given back
        }
        for (int d = 0; d < 5; d++) {
            assign(roster, "NotRepaid", d, "D", "W"); // 2250: nothing given back
            assign(roster, "NoneOwed", d, "D", "W");
        }
        // Repaid: 180 of 600 not given back (the 300 overdue went first); NotRepaid: 600, all overdue, twice
        assertPenalty(RosterConstraints::toilRepayment, Rule.TOIL_REPAYMENT, roster, 180 + 2 * 600);
        // TOIL owed lowers the band's minimum (1776 - 600) and given-back minutes are not unused hours
        PersonWindow repaid = roster.getWindows().get(0);
        assertEquals(2220 - 444 - 600, repaid.bounds().min());
        assertPenalty(RosterConstraints::unusedContractHours, Rule.UNUSED_HOURS, roster, 0);
    }

    @Test
    void extraHoursOnToilOwed() {
        Roster roster = new Fixture()
                .person(officer("Owed")
                        .withContract(new Contract.FullTime(2220, 600))
                        .withHistory(owed(150, 0, 0)))
                .person(officer("Clear").withContract(new Contract.FullTime(2220, 600)))
                .build();
        for (int d = 0; d < 5; d++) {
            assign(roster, "Owed", d, "D", "W"); // 2250: 30 extra minutes while owed 2 whole hours of TOIL
            assign(roster, "Clear", d, "D", "W"); // 30 extra minutes, owed nothing
        }
        assertPenalty(RosterConstraints::extraHoursOnToilOwed, Rule.EXTRA_HOURS_ON_TOIL_OWED, roster, 30 * 2);
    }

    @Test
    void fairPaymentPlus() {
        Contract extraAllowed = new Contract.FullTime(2220, 600);
        Roster roster = new Fixture()
                .person(officer("PaidBefore")
                        .withContract(extraAllowed)
                        .withExtraHoursElection(ExtraHoursElection.PAYMENT_PLUS)
                        .withHistory(owed(0, 0, 600)))
                .person(officer("PaidNever")
                        .withContract(extraAllowed)
                        .withExtraHoursElection(ExtraHoursElection.PAYMENT_PLUS))
                .person(officer("Toil").withContract(extraAllowed))
                .build();
        for (int d = 0; d < 5; d++) {
            assign(roster, "PaidBefore", d, "D", "W"); // 30 extra on top of 600 this year
            assign(roster, "Toil", d, "D", "W"); // 30 extra, banked as TOIL: not payment plus
        }
        for (int d = 0; d < 6; d++) {
            assign(roster, "PaidNever", d, "D", "W"); // 480 extra, the first this year
        }
        // (630^2 - 600^2) / 3600 = 10 (rounded down) and 480^2 / 3600 = 64 squared hours
        assertPenalty(RosterConstraints::fairPaymentPlus, Rule.FAIR_PAYMENT_PLUS, roster, 10 + 64);
    }
}
