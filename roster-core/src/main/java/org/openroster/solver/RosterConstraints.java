package org.openroster.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.common.Break;
import ai.timefold.solver.core.api.score.stream.common.Sequence;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openroster.model.Contract;

/**
 * Every rule of {@link Rule} as one constraint, each in its own method named after the rule. Each
 * penalty is the amount by which the rule is broken, in the unit the rule states; the weight per
 * unit is the rule's default unless the roster overrides it by id.
 */
public final class RosterConstraints implements ConstraintProvider {

    // Shared lambdas: streams built from the same function instances share their nodes.
    private static final Predicate<PersonDay> WORKING = PersonDay::isWorking;
    private static final Function<PersonDay, PersonWindow> WINDOW = PersonDay::window;
    private static final Function<PersonDay, Iterable<CoverInterval>> COVERED =
            pd -> pd.getShift().coveredIntervals();

    /**
     * Streams several constraints build on (coverage counts, totals per person, runs of days, rest
     * outcomes) are built once per factory, so the constraints share their nodes and each move updates
     * them once.
     */
    private final java.util.Map<String, Object> shared = new java.util.HashMap<>();

    private ConstraintFactory sharedFactory;

    @SuppressWarnings("unchecked")
    private synchronized <T> T share(ConstraintFactory f, String key, java.util.function.Supplier<T> build) {
        if (sharedFactory != f) {
            shared.clear();
            sharedFactory = f;
        }
        Object stream = shared.get(key);
        if (stream == null) {
            stream = build.get();
            shared.put(key, stream);
        }
        return (T) stream;
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            minimumSafeStaffing(f),
            slotMinimum(f),
            oneDutyAtATime(f),
            eligibility(f),
            workplaceAdjustment(f),
            leaveAndRestDays(f),
            dailyRest(f),
            weeklyRest(f),
            restBreak(f),
            averageWeeklyHours(f),
            nightWorkLimit(f),
            youngWorkerLimits(f),
            contractHours(f),
            forbiddenSuccession(f),
            maxConsecutiveDays(f),
            minConsecutiveDays(f),
            minConsecutiveDaysOff(f),
            maxWorkingWeekends(f),
            maxShiftsOfTemplate(f),
            compressedHoursPattern(f),
            dualContractHours(f),
            jobShareCover(f),
            regimeBelowSdsol(f),
            slotUnderCover(f),
            overStaffing(f),
            slotOverCover(f),
            compensatoryRest(f),
            jobShareHandover(f),
            jobShareFairSplit(f),
            requests(f),
            selfRosteringChoices(f),
            fairUnsocialWork(f),
            preferredConsecutiveDays(f),
            extraHours(f),
            unusedContractHours(f),
            toilRepayment(f),
            extraHoursOnToilOwed(f),
            fairPaymentPlus(f)
        };
    }

    // ---------------------------------------------------------------- shared streams

    private UniConstraintStream<PersonDay> working(ConstraintFactory f) {
        return share(f, "working", () -> f.forEach(PersonDay.class).filter(WORKING));
    }

    /** Each coverage interval with the people on duty through it counted per line (0 included). */
    private BiConstraintStream<CoverInterval, Long> coverage(ConstraintFactory f) {
        return share(
                f,
                "coverage",
                () -> working(f)
                        .flatten(COVERED)
                        .groupBy((pd, interval) -> interval, CoverInterval.COUNT_BY_LINE)
                        .complement(CoverInterval.class, interval -> 0L));
    }

    /** Each named slot with the number of people on its shift (0 included). */
    private BiConstraintStream<SlotCover, Long> slotCoverage(ConstraintFactory f) {
        return share(
                f,
                "slots",
                () -> f.forEach(SlotCover.class)
                        .join(working(f), Joiners.equal(SlotCover::shift, PersonDay::getShift))
                        .groupBy((slot, pd) -> slot, countBi())
                        .complement(SlotCover.class, slot -> 0L));
    }

    /** Each person's worked minutes in the window (people with no duty included, with 0). */
    private BiConstraintStream<PersonWindow, Long> minutesWorked(ConstraintFactory f) {
        return share(
                f,
                "minutes",
                () -> working(f)
                        .groupBy(WINDOW, sum(PersonDay::workedMinutes))
                        .complement(PersonWindow.class, w -> 0L));
    }

    /** Each person's runs of consecutive working days. */
    private BiConstraintStream<PersonWindow, SequenceChain<PersonDay, Integer>> workingRuns(ConstraintFactory f) {
        return share(f, "runs", () -> working(f).groupBy(WINDOW, toConsecutiveSequences(PersonDay::dayIndex)));
    }

    // ---------------------------------------------------------------- hard

    /** Every location has at least its MSL headcount, by grade and skill, at every moment (PSI 07/2017). */
    Constraint minimumSafeStaffing(ConstraintFactory f) {
        return coverage(f)
                .filter((interval, counts) -> interval.mslShortfall(counts) > 0)
                .penalize(
                        Rule.MINIMUM_SAFE_STAFFING.defaultWeight(), (interval, counts) -> interval.mslShortfall(counts))
                .asConstraint(Rule.MINIMUM_SAFE_STAFFING.id());
    }

    /** Every named shift slot has at least its minimum number of people (rota). */
    Constraint slotMinimum(ConstraintFactory f) {
        return slotCoverage(f)
                .filter((slot, count) -> count < slot.demand().minimum())
                .penalize(Rule.SLOT_MINIMUM.defaultWeight(), (slot, count) -> slot.minimumShortfall(count))
                .asConstraint(Rule.SLOT_MINIMUM.id());
    }

    /**
     * A person's duties never overlap, shifts worked before the window included (contract). A shift
     * ends on its date or the next (an end at or before the start is the next day), so it can only
     * overlap the duty of the next date: joining on that exact date keeps the join O(1) per change,
     * where a range join over all of a person's earlier days grew with the window.
     */
    Constraint oneDutyAtATime(ConstraintFactory f) {
        return working(f)
                .join(working(f), Joiners.equal(WINDOW), Joiners.equal(pd -> pd.dayIndex() - 1, PersonDay::dayIndex))
                .filter((later, earlier) -> later.start() < earlier.end())
                .concat(working(f).filter(pd -> pd.start() < pd.window().lastShiftEnd()), pd -> null)
                .penalize(
                        Rule.ONE_DUTY_AT_A_TIME.defaultWeight(),
                        (later, earlier) -> earlier == null
                                ? Math.min(later.window().lastShiftEnd(), later.end()) - later.start()
                                : later.getShift()
                                        .span()
                                        .overlapMinutes(earlier.getShift().span()))
                .asConstraint(Rule.ONE_DUTY_AT_A_TIME.id());
    }

    /** Only shifts open to the person's grade, at their locations, with the skills needed (HMPPS). */
    Constraint eligibility(ConstraintFactory f) {
        return working(f)
                .filter(pd -> !pd.person()
                        .eligibleFor(
                                pd.getShift().template(),
                                pd.getShift().location().id()))
                .penalize(Rule.ELIGIBILITY.defaultWeight(), PersonDay::workedMinutes)
                .asConstraint(Rule.ELIGIBILITY.id());
    }

    /** Never against a workplace adjustment (Equality Act 2010 s.20). */
    Constraint workplaceAdjustment(ConstraintFactory f) {
        return working(f)
                .filter(pd -> ShiftRules.adjustmentBreach(pd.person(), pd.getShift()) > 0)
                .penalize(
                        Rule.WORKPLACE_ADJUSTMENT.defaultWeight(),
                        pd -> ShiftRules.adjustmentBreach(pd.person(), pd.getShift()))
                .asConstraint(Rule.WORKPLACE_ADJUSTMENT.id());
    }

    /** Nobody works on approved leave, a fixed rest day or an agreed day off. */
    Constraint leaveAndRestDays(ConstraintFactory f) {
        return working(f)
                .filter(PersonDay::dutyOnDayOff)
                .penalize(Rule.LEAVE_AND_REST_DAYS.defaultWeight(), PersonDay::workedMinutes)
                .asConstraint(Rule.LEAVE_AND_REST_DAYS.id());
    }

    /** Daily rest between duties: WTR reg 10, displaced only down to the floor in a special case. */
    Constraint dailyRest(ConstraintFactory f) {
        return dailyRestOutcomes(f)
                .filter((later, earlier, outcome) -> outcome.breachMinutes() > 0)
                .penalize(Rule.DAILY_REST.defaultWeight(), (later, earlier, outcome) -> outcome.breachMinutes())
                .asConstraint(Rule.DAILY_REST.id());
    }

    /** Each duty that starts within the daily rest owed after a duty of an earlier day (or after history). */
    /** Each duty starting within the rest owed after a duty of an earlier day (or history), and the outcome. */
    private ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream<PersonDay, PersonDay, RestOutcome>
            dailyRestOutcomes(ConstraintFactory f) {
        return share(
                f,
                "daily-rest",
                () -> working(f)
                        .join(
                                working(f),
                                Joiners.equal(WINDOW),
                                Joiners.greaterThan(PersonDay::dayIndex, PersonDay::dayIndex),
                                Joiners.overlapping(
                                        PersonDay::start, pd -> pd.start() + 1, PersonDay::end, PersonDay::restUntil))
                        .concat(
                                working(f)
                                        .filter(pd -> pd.start() >= pd.window().lastShiftEnd()
                                                && pd.start() - pd.window().lastShiftEnd()
                                                        < pd.window()
                                                                .workingTime()
                                                                .dailyRestFor(pd.person())),
                                pd -> null)
                        .expand(RosterConstraints::dailyRestOf));
    }

    private static RestOutcome dailyRestOf(PersonDay later, PersonDay earlier) {
        long previousEnd = earlier == null ? later.window().lastShiftEnd() : earlier.end();
        return RestRules.dailyRest(
                previousEnd, later.start(), later.person(), later.window().workingTime());
    }

    /** 24 h rest in each 7 days or 48 h in each 14 (48 h in each 7 for young workers): WTR reg 11. */
    Constraint weeklyRest(ConstraintFactory f) {
        return weeklyRestOutcomes(f)
                .filter((window, block, shifts, outcome) -> outcome.breachMinutes() > 0)
                .penalize(Rule.WEEKLY_REST.defaultWeight(), (window, block, shifts, outcome) -> outcome.breachMinutes())
                .asConstraint(Rule.WEEKLY_REST.id());
    }

    /** Each person's shifts in each weekly-rest block they work in, and the block's rest outcome. */
    private ai.timefold.solver.core.api.score.stream.quad.QuadConstraintStream<
                    PersonWindow, Integer, java.util.List<Shift>, RestOutcome>
            weeklyRestOutcomes(ConstraintFactory f) {
        return share(
                f,
                "weekly-rest",
                () -> working(f)
                        .flatten(pd -> pd.getShift().restBlocks())
                        .groupBy((pd, block) -> pd.window(), (pd, block) -> block, toList((pd, block) -> pd.getShift()))
                        .expand(RosterConstraints::weeklyRestOf));
    }

    static RestOutcome weeklyRestOf(PersonWindow window, int block, java.util.List<Shift> shifts) {
        long[] bounds = window.horizon().restBlock(block);
        return RestRules.weeklyRest(shifts, bounds[0], bounds[1], bounds[2], window.person(), window.workingTime());
    }

    /** A shift of over 6 hours (4.5 for young workers) has a 20-minute break (30): WTR reg 12. */
    Constraint restBreak(ConstraintFactory f) {
        return working(f)
                .filter(pd -> ShiftRules.restBreakShortfall(
                                pd.person(), pd.getShift(), pd.window().workingTime())
                        > 0)
                .penalize(
                        Rule.REST_BREAK.defaultWeight(),
                        pd -> ShiftRules.restBreakShortfall(
                                pd.person(), pd.getShift(), pd.window().workingTime()))
                .asConstraint(Rule.REST_BREAK.id());
    }

    /** At most 48 hours a week on average over the reference period unless opted out: WTR reg 4. */
    Constraint averageWeeklyHours(ConstraintFactory f) {
        return minutesWorked(f)
                .filter((window, minutes) -> window.averageWeeklyExcess(minutes) > 0)
                .penalize(Rule.AVERAGE_WEEKLY_HOURS.defaultWeight(), PersonWindow::averageWeeklyExcess)
                .asConstraint(Rule.AVERAGE_WEEKLY_HOURS.id());
    }

    /** A night worker averages at most 8 hours in 24 over the reference period: WTR reg 6. */
    Constraint nightWorkLimit(ConstraintFactory f) {
        return minutesWorked(f)
                .filter((window, minutes) -> window.nightWorkExcess(minutes) > 0)
                .penalize(Rule.NIGHT_WORK_LIMIT.defaultWeight(), PersonWindow::nightWorkExcess)
                .asConstraint(Rule.NIGHT_WORK_LIMIT.id());
    }

    /** A young worker: at most 8 h a day, 40 h a week, never 22:00-06:00 (WTR regs 5A, 6A). */
    Constraint youngWorkerLimits(ConstraintFactory f) {
        return working(f)
                .filter(pd -> pd.person().youngWorker())
                .groupBy(
                        WINDOW,
                        pd -> pd.getShift().weekIndex(),
                        sum(PersonDay::workedMinutes),
                        sum(pd -> ShiftRules.youngShiftExcess(pd.person(), pd.getShift())))
                .filter((window, week, minutes, shiftExcess) ->
                        shiftExcess + ShiftRules.youngWeekExcess(window.person(), minutes) > 0)
                .penalize(
                        Rule.YOUNG_WORKER_LIMITS.defaultWeight(),
                        (window, week, minutes, shiftExcess) ->
                                shiftExcess + ShiftRules.youngWeekExcess(window.person(), minutes))
                .asConstraint(Rule.YOUNG_WORKER_LIMITS.id());
    }

    /** A person's minutes in the window lie within their contract's band (contract of employment). */
    Constraint contractHours(ConstraintFactory f) {
        return minutesWorked(f)
                .filter((window, minutes) -> window.bounds().outsideMinutes(minutes) > 0)
                .penalize(
                        Rule.CONTRACT_HOURS.defaultWeight(),
                        (window, minutes) -> window.bounds().outsideMinutes(minutes))
                .asConstraint(Rule.CONTRACT_HOURS.id());
    }

    /** A shift is never followed next day by a template it forbids (local agreement). */
    Constraint forbiddenSuccession(ConstraintFactory f) {
        return working(f)
                .filter(pd -> !pd.getShift().template().cannotBeFollowedBy().isEmpty())
                .join(working(f), Joiners.equal(WINDOW), Joiners.equal(pd -> pd.dayIndex() + 1, PersonDay::dayIndex))
                .filter((first, next) -> first.getShift()
                        .template()
                        .cannotBeFollowedBy()
                        .contains(next.getShift().template().id()))
                .penalize(Rule.FORBIDDEN_SUCCESSION.defaultWeight(), (first, next) -> next.workedMinutes())
                .asConstraint(Rule.FORBIDDEN_SUCCESSION.id());
    }

    /*
     * The run rules read each person's chain of runs in one loop per change of that person's days,
     * giving one match per person with the total. (Flattening the chain into one tuple per run made
     * every change re-propagate all of the person's runs through three node chains: on a 182-day
     * window that was most of the score calculation time.)
     */

    /** Nobody works more days in a row than their limit, days just before the window included. */
    Constraint maxConsecutiveDays(ConstraintFactory f) {
        return workingRuns(f)
                .filter((window, runs) -> window.person().rules().maxConsecutiveDays() > 0)
                .map((window, runs) -> window, RosterConstraints::maxRunExcess)
                .filter((window, excess) -> excess > 0)
                .penalize(Rule.MAX_CONSECUTIVE_DAYS.defaultWeight(), (window, excess) -> excess)
                .asConstraint(Rule.MAX_CONSECUTIVE_DAYS.id());
    }

    private static int length(Sequence<PersonDay, Integer> run) {
        return run.getLastItem().dayIndex() - run.getFirstItem().dayIndex() + 1;
    }

    private static int maxRunExcess(PersonWindow window, SequenceChain<PersonDay, Integer> runs) {
        int limit = window.person().rules().maxConsecutiveDays();
        int total = 0;
        for (Sequence<PersonDay, Integer> run : runs.getConsecutiveSequences()) {
            total += window.consecutiveExcess(run.getFirstItem().dayIndex(), length(run), limit);
        }
        return total;
    }

    /** A run of working days not touching the window's edge is at least the person's minimum. */
    Constraint minConsecutiveDays(ConstraintFactory f) {
        return workingRuns(f)
                .filter((window, runs) -> window.person().rules().minConsecutiveDays() > 0)
                .map((window, runs) -> window, RosterConstraints::minRunShortfall)
                .filter((window, shortfall) -> shortfall > 0)
                .penalize(Rule.MIN_CONSECUTIVE_DAYS.defaultWeight(), (window, shortfall) -> shortfall)
                .asConstraint(Rule.MIN_CONSECUTIVE_DAYS.id());
    }

    private static int minRunShortfall(PersonWindow window, SequenceChain<PersonDay, Integer> runs) {
        int min = window.person().rules().minConsecutiveDays();
        int total = 0;
        for (Sequence<PersonDay, Integer> run : runs.getConsecutiveSequences()) {
            total += window.shortRun(
                    run.getFirstItem().dayIndex(), run.getLastItem().dayIndex(), min);
        }
        return total;
    }

    /** A run of days off between two working days is at least the person's minimum. */
    Constraint minConsecutiveDaysOff(ConstraintFactory f) {
        return workingRuns(f)
                .filter((window, runs) -> window.person().rules().minConsecutiveDaysOff() > 0)
                .map((window, runs) -> window, RosterConstraints::daysOffShortfall)
                .filter((window, shortfall) -> shortfall > 0)
                .penalize(Rule.MIN_CONSECUTIVE_DAYS_OFF.defaultWeight(), (window, shortfall) -> shortfall)
                .asConstraint(Rule.MIN_CONSECUTIVE_DAYS_OFF.id());
    }

    private static int daysOffShortfall(PersonWindow window, SequenceChain<PersonDay, Integer> runs) {
        int total = 0;
        for (Break<PersonDay, Integer> gap : runs.getBreaks()) {
            total += window.shortRest(gap.getNextSequenceStart().dayIndex()
                    - gap.getPreviousSequenceEnd().dayIndex()
                    - 1);
        }
        return total;
    }

    /** Nobody works more weekends in the window than their limit. */
    Constraint maxWorkingWeekends(ConstraintFactory f) {
        return working(f)
                .filter(pd -> pd.getShift().weekend() && pd.person().rules().maxWeekends() > 0)
                .groupBy(WINDOW, countDistinct(pd -> pd.getShift().weekendKey()))
                .filter((window, weekends) -> weekends > window.person().rules().maxWeekends())
                .penalize(
                        Rule.MAX_WORKING_WEEKENDS.defaultWeight(),
                        (window, weekends) -> weekends - window.person().rules().maxWeekends())
                .asConstraint(Rule.MAX_WORKING_WEEKENDS.id());
    }

    /** Nobody works more shifts of a template than their limit for it. */
    Constraint maxShiftsOfTemplate(ConstraintFactory f) {
        return working(f)
                .filter(pd ->
                        pd.person().rules().maxShiftsOf(pd.getShift().template().id()) >= 0)
                .groupBy(WINDOW, pd -> pd.getShift().template().id(), count())
                .filter((window, template, n) -> n > window.person().rules().maxShiftsOf(template))
                .penalize(
                        Rule.MAX_SHIFTS_OF_TEMPLATE.defaultWeight(),
                        (window, template, n) -> n - window.person().rules().maxShiftsOf(template))
                .asConstraint(Rule.MAX_SHIFTS_OF_TEMPLATE.id());
    }

    /** Compressed hours: duties of the compressed day's length, at most the compressed days a week. */
    Constraint compressedHoursPattern(ConstraintFactory f) {
        return working(f)
                .filter(pd -> pd.person().contract() instanceof Contract.Compressed)
                .groupBy(
                        WINDOW,
                        pd -> pd.getShift().weekIndex(),
                        count(),
                        sum(pd -> compressed(pd).dayLengthBreach(pd.workedMinutes())))
                .filter((window, week, days, dayBreach) -> compressedBreach(window, days, dayBreach) > 0)
                .penalize(Rule.COMPRESSED_HOURS_PATTERN.defaultWeight(), RosterConstraints::compressedBreach)
                .asConstraint(Rule.COMPRESSED_HOURS_PATTERN.id());
    }

    private static Contract.Compressed compressed(PersonDay pd) {
        return (Contract.Compressed) pd.person().contract();
    }

    private static long compressedBreach(PersonWindow window, int week, long days, long dayBreach) {
        return compressedBreach(window, days, dayBreach);
    }

    private static long compressedBreach(PersonWindow window, long days, long dayBreach) {
        return dayBreach + ((Contract.Compressed) window.person().contract()).weekBreach((int) days);
    }

    /** Each post of a dual contract gets minutes within its own contract's band. */
    Constraint dualContractHours(ConstraintFactory f) {
        return f.forEach(PostWindow.class)
                .join(
                        working(f).filter(pd -> pd.dualPost() != null),
                        Joiners.equal(PostWindow::window, PersonDay::window),
                        Joiners.equal(pw -> pw.post().id(), PersonDay::dualPost))
                .groupBy((pw, pd) -> pw, sum((pw, pd) -> pd.workedMinutes()))
                .complement(PostWindow.class, pw -> 0L)
                .filter((pw, minutes) -> pw.bounds().outsideMinutes(minutes) > 0)
                .penalize(
                        Rule.DUAL_CONTRACT_HOURS.defaultWeight(),
                        (pw, minutes) -> pw.bounds().outsideMinutes(minutes))
                .asConstraint(Rule.DUAL_CONTRACT_HOURS.id());
    }

    /** On each cover day of a job-share post at least one partner works (job share agreement). */
    Constraint jobShareCover(ConstraintFactory f) {
        return f.forEach(ShareDay.class)
                .ifNotExists(
                        working(f).filter(pd -> pd.jobSharePost() != null),
                        Joiners.equal(ShareDay::postId, PersonDay::jobSharePost),
                        Joiners.equal(ShareDay::date, PersonDay::date))
                .penalize(
                        Rule.JOB_SHARE_COVER.defaultWeight(),
                        day -> day.post().post().coverDayMinutes())
                .asConstraint(Rule.JOB_SHARE_COVER.id());
    }

    // ---------------------------------------------------------------- medium

    /** Staffing below SDSOL curtails the regime, costing tier-weighted person-minutes (PSI 07/2017). */
    Constraint regimeBelowSdsol(ConstraintFactory f) {
        return coverage(f)
                .filter((interval, counts) -> interval.sdsolShortfall(counts) > 0)
                .penalize(
                        Rule.REGIME_BELOW_SDSOL.defaultWeight(), (interval, counts) -> interval.sdsolShortfall(counts))
                .asConstraint(Rule.REGIME_BELOW_SDSOL.id());
    }

    /** Each person missing from a slot's target costs the slot's under-weight (rota). */
    Constraint slotUnderCover(ConstraintFactory f) {
        return slotCoverage(f)
                .filter((slot, count) -> count < slot.demand().target())
                .penalize(Rule.SLOT_UNDER_COVER.defaultWeight(), (slot, count) -> slot.underCover(count))
                .asConstraint(Rule.SLOT_UNDER_COVER.id());
    }

    // ---------------------------------------------------------------- soft

    /** Each person-minute above SDSOL, or where nothing is scheduled, is waste (DLFR). */
    Constraint overStaffing(ConstraintFactory f) {
        return coverage(f)
                .filter((interval, counts) -> interval.overStaffing(counts) > 0)
                .penalize(Rule.OVER_STAFFING.defaultWeight(), (interval, counts) -> interval.overStaffing(counts))
                .asConstraint(Rule.OVER_STAFFING.id());
    }

    /** Each person above a slot's target costs the slot's over-weight (rota). */
    Constraint slotOverCover(ConstraintFactory f) {
        return slotCoverage(f)
                .filter((slot, count) -> count > slot.demand().target())
                .penalize(Rule.SLOT_OVER_COVER.defaultWeight(), (slot, count) -> slot.overCover(count))
                .asConstraint(Rule.SLOT_OVER_COVER.id());
    }

    /** Each minute of displaced daily or weekly rest is owed back as compensatory rest: WTR reg 24. */
    Constraint compensatoryRest(ConstraintFactory f) {
        UniConstraintStream<Long> daily = dailyRestOutcomes(f)
                .filter((later, earlier, outcome) -> outcome.compensatoryMinutes() > 0)
                .map((later, earlier, outcome) -> outcome.compensatoryMinutes());
        UniConstraintStream<Long> weekly = weeklyRestOutcomes(f)
                .filter((window, block, shifts, outcome) -> outcome.compensatoryMinutes() > 0)
                .map((window, block, shifts, outcome) -> outcome.compensatoryMinutes());
        return daily.concat(weekly)
                .penalize(Rule.COMPENSATORY_REST.defaultWeight(), minutes -> minutes)
                .asConstraint(Rule.COMPENSATORY_REST.id());
    }

    /** In a week two partners work, two duties overlap by the agreed handover (job share agreement). */
    Constraint jobShareHandover(ConstraintFactory f) {
        return f.forEach(ShareWeek.class)
                .join(
                        working(f).filter(pd -> pd.jobSharePost() != null),
                        Joiners.equal(ShareWeek::postId, PersonDay::jobSharePost),
                        Joiners.equal(ShareWeek::weekIndex, pd -> pd.getShift().weekIndex()))
                .groupBy((week, pd) -> week, toList((week, pd) -> pd))
                .filter((week, duties) -> week.post().handoverShortfall(duties) > 0)
                .penalize(
                        Rule.JOB_SHARE_HANDOVER.defaultWeight(),
                        (week, duties) -> week.post().handoverShortfall(duties))
                .asConstraint(Rule.JOB_SHARE_HANDOVER.id());
    }

    /** Partners carry the post's unsocial shifts in proportion to their shares (job share agreement). */
    Constraint jobShareFairSplit(ConstraintFactory f) {
        return f.forEach(SharedPost.class)
                .join(
                        working(f)
                                .filter(pd -> pd.jobSharePost() != null
                                        && pd.getShift().unsocialUnits() > 0),
                        Joiners.equal(SharedPost::id, PersonDay::jobSharePost))
                .groupBy((post, pd) -> post, toList((post, pd) -> pd))
                .filter((post, duties) -> post.fairSplitBreach(duties) > 0)
                .penalize(Rule.JOB_SHARE_FAIR_SPLIT.defaultWeight(), SharedPost::fairSplitBreach)
                .asConstraint(Rule.JOB_SHARE_FAIR_SPLIT.id());
    }

    /**
     * Each request not honoured costs its weight (flexible working policy). Days off count too: a
     * request to work a day the person is off is not honoured, so unassigned days are included.
     */
    Constraint requests(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PersonDay.class)
                .filter(pd -> pd.unmetRequestWeight() > 0)
                .penalize(Rule.REQUESTS.defaultWeight(), PersonDay::unmetRequestWeight)
                .asConstraint(Rule.REQUESTS.id());
    }

    /**
     * Under self-rostering each chosen shift not kept costs its minutes times the choice's weight
     * (HMPPS TBSR); unassigned days are included, as a day off keeps no choice.
     */
    Constraint selfRosteringChoices(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PersonDay.class)
                .filter(pd -> pd.unkeptChoiceMinutes() > 0)
                .penalize(Rule.SELF_ROSTERING_CHOICES.defaultWeight(), PersonDay::unkeptChoiceMinutes)
                .asConstraint(Rule.SELF_ROSTERING_CHOICES.id());
    }

    /** Unsocial shifts are shared in proportion to contracted hours (squared load per FTE). */
    Constraint fairUnsocialWork(ConstraintFactory f) {
        return working(f)
                .filter(pd -> pd.getShift().unsocialUnits() > 0)
                .groupBy(WINDOW, sum(pd -> pd.getShift().unsocialUnits()))
                .penalize(Rule.FAIR_UNSOCIAL_WORK.defaultWeight(), PersonWindow::unsocialCost)
                .asConstraint(Rule.FAIR_UNSOCIAL_WORK.id());
    }

    /** Each working day in a row beyond the preferred maximum is penalised (HSE fatigue guidance). */
    Constraint preferredConsecutiveDays(ConstraintFactory f) {
        return workingRuns(f)
                .filter((window, runs) -> window.person().rules().preferredMaxConsecutiveDays() > 0)
                .map((window, runs) -> window, RosterConstraints::preferredRunExcess)
                .filter((window, excess) -> excess > 0)
                .penalize(Rule.PREFERRED_CONSECUTIVE_DAYS.defaultWeight(), (window, excess) -> excess)
                .asConstraint(Rule.PREFERRED_CONSECUTIVE_DAYS.id());
    }

    private static int preferredRunExcess(PersonWindow window, SequenceChain<PersonDay, Integer> runs) {
        int limit = window.person().rules().preferredMaxConsecutiveDays();
        int total = 0;
        for (Sequence<PersonDay, Integer> run : runs.getConsecutiveSequences()) {
            total += window.consecutiveExcess(run.getFirstItem().dayIndex(), length(run), limit);
        }
        return total;
    }

    /** Each minute beyond the contracted target is extra hours to pay or bank. */
    Constraint extraHours(ConstraintFactory f) {
        return minutesWorked(f)
                .filter((window, minutes) -> window.bounds().overTarget(minutes) > 0)
                .penalize(
                        Rule.EXTRA_HOURS.defaultWeight(),
                        (window, minutes) -> window.bounds().overTarget(minutes))
                .asConstraint(Rule.EXTRA_HOURS.id());
    }

    /** Each contracted minute not rostered, other than TOIL given back, is capacity paid for and not used. */
    Constraint unusedContractHours(ConstraintFactory f) {
        return minutesWorked(f)
                .filter((window, minutes) -> window.unusedMinutes(minutes) > 0)
                .penalize(Rule.UNUSED_HOURS.defaultWeight(), PersonWindow::unusedMinutes)
                .asConstraint(Rule.UNUSED_HOURS.id());
    }

    /** TOIL owed is given back where demand allows, overdue TOIL first (HMPPS TOIL, 5-week target). */
    Constraint toilRepayment(ConstraintFactory f) {
        return minutesWorked(f)
                .filter((window, minutes) -> window.toilRepaymentShortfall(minutes) > 0)
                .penalize(Rule.TOIL_REPAYMENT.defaultWeight(), PersonWindow::toilRepaymentShortfall)
                .asConstraint(Rule.TOIL_REPAYMENT.id());
    }

    /** Extra hours go first to those owed little or no TOIL (TOIL banked and never repaid). */
    Constraint extraHoursOnToilOwed(ConstraintFactory f) {
        return minutesWorked(f)
                .filter((window, minutes) -> window.extraHoursOnToilOwed(minutes) > 0)
                .penalize(Rule.EXTRA_HOURS_ON_TOIL_OWED.defaultWeight(), PersonWindow::extraHoursOnToilOwed)
                .asConstraint(Rule.EXTRA_HOURS_ON_TOIL_OWED.id());
    }

    /** Payment-plus work is shared fairly among those who elected it (squared hours this year). */
    Constraint fairPaymentPlus(ConstraintFactory f) {
        return minutesWorked(f)
                .filter((window, minutes) -> window.paymentPlusShareCost(minutes) > 0)
                .penalize(Rule.FAIR_PAYMENT_PLUS.defaultWeight(), PersonWindow::paymentPlusShareCost)
                .asConstraint(Rule.FAIR_PAYMENT_PLUS.id());
    }
}
