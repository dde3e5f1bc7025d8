package org.openroster.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import org.openroster.model.Problem;

/**
 * A roster for one planning window: the problem, the facts derived from it (shifts on offer,
 * coverage segments, slots, each person's window facts) and each person's duty per day. Build one
 * with {@link RosterBuilder}.
 */
@PlanningSolution(solutionCloner = RosterCloner.class)
public class Roster {

    private Problem problem;
    private Horizon horizon;

    @ProblemFactCollectionProperty
    private List<PersonWindow> windows;

    @ProblemFactCollectionProperty
    private List<Shift> shifts;

    @ProblemFactCollectionProperty
    private List<CoverSegment> segments;

    @ProblemFactCollectionProperty
    private List<CoverInterval> intervals;

    @ProblemFactCollectionProperty
    private List<SlotCover> slots;

    @ProblemFactCollectionProperty
    private List<PostWindow> postWindows;

    @ProblemFactCollectionProperty
    private List<SharedPost> sharedPosts;

    @ProblemFactCollectionProperty
    private List<ShareDay> shareDays;

    @ProblemFactCollectionProperty
    private List<ShareWeek> shareWeeks;

    @PlanningEntityCollectionProperty
    private List<PersonDay> personDays;

    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftScore score;

    Roster() {}

    Roster(
            Problem problem,
            Horizon horizon,
            List<PersonWindow> windows,
            List<Shift> shifts,
            List<CoverSegment> segments,
            List<CoverInterval> intervals,
            List<SlotCover> slots,
            Flexible flexible,
            List<PersonDay> personDays,
            ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.problem = problem;
        this.horizon = horizon;
        this.windows = windows;
        this.shifts = shifts;
        this.segments = segments;
        this.intervals = intervals;
        this.slots = slots;
        this.postWindows = flexible.postWindows();
        this.sharedPosts = flexible.sharedPosts();
        this.shareDays = flexible.shareDays();
        this.shareWeeks = flexible.shareWeeks();
        this.personDays = personDays;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    /** A planning clone: new person-days (and list), every fact shared; see {@link RosterCloner}. */
    Roster planningClone() {
        List<PersonDay> days = new java.util.ArrayList<>(personDays.size());
        for (PersonDay pd : personDays) {
            days.add(pd.planningClone());
        }
        Roster c = new Roster(
                problem,
                horizon,
                windows,
                shifts,
                segments,
                intervals,
                slots,
                new Flexible(postWindows, sharedPosts, shareDays, shareWeeks),
                days,
                constraintWeightOverrides);
        c.score = score;
        return c;
    }

    public Problem problem() {
        return problem;
    }

    public Horizon horizon() {
        return horizon;
    }

    public List<PersonWindow> getWindows() {
        return windows;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public List<CoverSegment> getSegments() {
        return segments;
    }

    public List<CoverInterval> getIntervals() {
        return intervals;
    }

    public List<SlotCover> getSlots() {
        return slots;
    }

    public List<PostWindow> getPostWindows() {
        return postWindows;
    }

    public List<SharedPost> getSharedPosts() {
        return sharedPosts;
    }

    public List<ShareDay> getShareDays() {
        return shareDays;
    }

    public List<ShareWeek> getShareWeeks() {
        return shareWeeks;
    }

    /** The facts of flexible-working arrangements: dual-contract posts and job shares. */
    record Flexible(
            List<PostWindow> postWindows,
            List<SharedPost> sharedPosts,
            List<ShareDay> shareDays,
            List<ShareWeek> shareWeeks) {}

    public List<PersonDay> getPersonDays() {
        return personDays;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    /** Replaces the weight overrides (Timefold needs the setter; weights are facts, not decisions). */
    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    /** The weight of a rule in this roster: its override, else its default. */
    public HardMediumSoftScore weightOf(Rule rule) {
        HardMediumSoftScore override = getConstraintWeightOverrides().getConstraintWeight(rule.id());
        return override != null ? override : rule.defaultWeight();
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    /** The duties as plain assignments (one per working person-day), in person then date order. */
    public List<Assignment> assignments() {
        return personDays.stream()
                .filter(PersonDay::isWorking)
                .map(pd -> new Assignment(
                        pd.person().id(),
                        pd.date(),
                        pd.getShift().template().id(),
                        pd.getShift().location().id()))
                .toList();
    }
}
