package org.openroster.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of rules: each has a stable id (what weight overrides, reports and the audit use), a
 * level, a default weight per unit, the unit its amount is measured in, its source and a
 * one-sentence statement. {@link RosterConstraints} implements each rule once as a constraint and
 * {@code RosterAudit} re-checks each rule without the solver.
 */
public enum Rule {
    MINIMUM_SAFE_STAFFING(
            "minimum-safe-staffing",
            Level.HARD,
            1,
            "person-minutes",
            "PSI 07/2017 Regime Management Plan: minimum staffing level (MSL)",
            "Every location has at least its MSL headcount, by grade and skill, at every moment."),
    SLOT_MINIMUM(
            "slot-minimum",
            Level.HARD,
            1,
            "person-minutes",
            "Rota: minimum per shift slot",
            "Every named shift slot has at least its minimum number of people."),
    ONE_DUTY_AT_A_TIME(
            "one-duty-at-a-time",
            Level.HARD,
            1,
            "minutes",
            "Contract of employment",
            "A person's duties never overlap, shifts worked before the window included."),
    ELIGIBILITY(
            "eligibility",
            Level.HARD,
            1,
            "minutes",
            "HMPPS grade and qualification requirements",
            "A person works only shifts open to their grade, at locations they are detailed to, with the skills the"
                    + " shift needs."),
    WORKPLACE_ADJUSTMENT(
            "workplace-adjustment",
            Level.HARD,
            1,
            "minutes",
            "Equality Act 2010 s.20 (reasonable adjustments); Occupational Health restrictions",
            "A person is never rostered against a workplace adjustment (no nights, maximum shift length, no C&R,"
                    + " fixed start)."),
    LEAVE_AND_REST_DAYS(
            "leave-and-rest-days",
            Level.HARD,
            1,
            "minutes",
            "Approved leave; agreed fixed rest days and days off",
            "Nobody works on approved leave, a fixed rest day or an agreed day off."),
    DAILY_REST(
            "daily-rest",
            Level.HARD,
            1,
            "minutes",
            "WTR 1998 reg 10 (displaced under regs 21 and 24 in a special case)",
            "Between two duties a person rests at least 11 hours (12 for young workers), or in a special case at"
                    + " least the displaced floor."),
    WEEKLY_REST(
            "weekly-rest",
            Level.HARD,
            1,
            "minutes",
            "WTR 1998 reg 11 (displaced under regs 21 and 24 in a special case)",
            "In each 14 days from the window's start a person has 24 hours' uninterrupted rest in each 7 days or 48"
                    + " hours in the 14 (48 hours in each 7 for young workers)."),
    REST_BREAK(
            "rest-break",
            Level.HARD,
            1,
            "minutes",
            "WTR 1998 reg 12",
            "A shift of more than 6 hours (4.5 for young workers) includes a break of at least 20 minutes (30)."),
    AVERAGE_WEEKLY_HOURS(
            "average-weekly-hours",
            Level.HARD,
            1,
            "minutes",
            "WTR 1998 reg 4",
            "Unless opted out, working time averages at most 48 hours a week over the reference period, history"
                    + " included."),
    NIGHT_WORK_LIMIT(
            "night-work-limit",
            Level.HARD,
            1,
            "minutes",
            "WTR 1998 reg 6",
            "A night worker's hours average at most 8 in each 24 hours (net of weekly rest days) over the reference"
                    + " period, history included."),
    YOUNG_WORKER_LIMITS(
            "young-worker-limits",
            Level.HARD,
            1,
            "minutes",
            "WTR 1998 regs 5A and 6A",
            "A young worker works at most 8 hours a day and 40 hours a calendar week, and never between 22:00 and"
                    + " 06:00."),
    CONTRACT_HOURS(
            "contract-hours",
            Level.HARD,
            1,
            "minutes",
            "Contract of employment: conditioned hours",
            "A person's minutes in the window lie within their contract's band."),
    FORBIDDEN_SUCCESSION(
            "forbidden-succession",
            Level.HARD,
            1,
            "minutes",
            "Local agreement on shift sequences",
            "A shift is never followed the next day by a template it forbids."),
    MAX_CONSECUTIVE_DAYS(
            "max-consecutive-days",
            Level.HARD,
            480,
            "days",
            "Local agreement / contract",
            "Nobody works more days in a row than their limit, days worked just before the window included."),
    MIN_CONSECUTIVE_DAYS(
            "min-consecutive-days",
            Level.HARD,
            480,
            "days",
            "Local agreement / contract",
            "A run of working days not touching the window's edge is at least the person's minimum."),
    MIN_CONSECUTIVE_DAYS_OFF(
            "min-consecutive-days-off",
            Level.HARD,
            480,
            "days",
            "Local agreement / contract",
            "A run of days off between two working days is at least the person's minimum."),
    MAX_WORKING_WEEKENDS(
            "max-working-weekends",
            Level.HARD,
            960,
            "weekends",
            "Local agreement / contract",
            "Nobody works more weekends (Saturday or Sunday worked) in the window than their limit."),
    MAX_SHIFTS_OF_TEMPLATE(
            "max-shifts-of-template",
            Level.HARD,
            480,
            "shifts",
            "Local agreement / contract",
            "Nobody works more shifts of a template in the window than their limit for it."),
    COMPRESSED_HOURS_PATTERN(
            "compressed-hours-pattern",
            Level.HARD,
            1,
            "minutes",
            "Flexible working agreement: compressed hours",
            "A compressed-hours person works duties of their compressed day's length (within 15 minutes) and no"
                    + " more of them in a 7-day week of the window than their compressed days."),
    DUAL_CONTRACT_HOURS(
            "dual-contract-hours",
            Level.HARD,
            1,
            "minutes",
            "Each contract of a dual-contract holder",
            "Each post of a dual contract gets rostered minutes within its own contract's band."),
    JOB_SHARE_COVER(
            "job-share-cover",
            Level.HARD,
            1,
            "minutes",
            "Job share agreement",
            "On each of a job-share post's cover days at least one partner works."),
    REGIME_BELOW_SDSOL(
            "regime-below-sdsol",
            Level.MEDIUM,
            1,
            "tier-weighted person-minutes",
            "PSI 07/2017; HMPPS regime delivery (RAG)",
            "Staffing below SDSOL curtails the regime: each missing person-minute costs its tier's weight, so"
                    + " purposeful activity is curtailed before statutory and safety activity."),
    SLOT_UNDER_COVER(
            "slot-under-cover",
            Level.MEDIUM,
            1,
            "weighted people",
            "Rota: target per shift slot",
            "Each person missing from a shift slot's target costs the slot's under-weight."),
    OVER_STAFFING(
            "over-staffing",
            Level.SOFT,
            1,
            "person-minutes",
            "Efficient deployment (DLFR)",
            "Each person-minute at a location above its SDSOL, or where nothing is scheduled, is waste."),
    SLOT_OVER_COVER(
            "slot-over-cover",
            Level.SOFT,
            1,
            "weighted people",
            "Rota: target per shift slot",
            "Each person above a shift slot's target costs the slot's over-weight."),
    COMPENSATORY_REST(
            "compensatory-rest",
            Level.SOFT,
            3,
            "minutes",
            "WTR 1998 reg 24",
            "Each minute of displaced daily or weekly rest is owed back as compensatory rest."),
    JOB_SHARE_HANDOVER(
            "job-share-handover",
            Level.SOFT,
            1,
            "minutes",
            "Job share agreement",
            "In each week in which two partners of a job share work, two of their duties overlap by at least the"
                    + " agreed handover."),
    JOB_SHARE_FAIR_SPLIT(
            "job-share-fair-split",
            Level.SOFT,
            60,
            "unsocial shifts off the split",
            "Job share agreement",
            "Partners of a job share carry the post's unsocial shifts in proportion to their shares of its hours."),
    REQUESTS(
            "requests",
            Level.SOFT,
            60,
            "request weight",
            "HMPPS flexible working policy; self-rostering",
            "Each request not honoured costs its weight."),
    SELF_ROSTERING_CHOICES(
            "self-rostering-choices",
            Level.MEDIUM,
            1,
            "chosen minutes not kept, times the choice's weight",
            "HMPPS Team Based Self Rostering: staff choose their shifts within the team's need",
            "Each self-rostering choice not kept costs the chosen shift's minutes times the choice's weight (1 to 3):"
                    + " a choice counts as much as purposeful activity (1 a person-minute) or more, and gives way to"
                    + " statutory (10) and safety (100) activity."),
    FAIR_UNSOCIAL_WORK(
            "fair-unsocial-work",
            Level.SOFT,
            60,
            "squared unsocial shifts per FTE",
            "HMPPS fairness of unsocial work (nights, weekends, public holidays)",
            "Unsocial shifts are shared in proportion to contracted hours: each person costs the square of their"
                    + " unsocial shifts per full-time equivalent, people with none included."),
    PREFERRED_CONSECUTIVE_DAYS(
            "preferred-consecutive-days",
            Level.SOFT,
            60,
            "days",
            "Wellbeing: HSE guidance on fatigue",
            "Each working day in a row beyond the person's preferred maximum is penalised."),
    EXTRA_HOURS(
            "extra-hours",
            Level.MEDIUM,
            20,
            "minutes",
            "Payment plus / TOIL cost; HMPPS: extra hours are to keep the regime safe",
            "Each minute rostered beyond a person's contracted target is extra hours to pay or bank; at 20 a"
                    + " minute against the regime's 100 (safety), 10 (statutory) and 1 (purposeful), extra hours"
                    + " are bought for the safety tier of the regime, not for the others."),
    UNUSED_HOURS(
            "unused-contract-hours",
            Level.SOFT,
            1,
            "minutes",
            "Contract of employment: conditioned hours",
            "Each contracted minute not rostered, other than TOIL given back, is capacity paid for and not used."),
    TOIL_REPAYMENT(
            "toil-repayment",
            Level.MEDIUM,
            2,
            "minutes (overdue counted twice)",
            "HMPPS TOIL: time off in lieu is taken back at a time convenient to both, aimed at within 5 weeks",
            "Each minute of TOIL owed that the window could give back and does not costs 2, and 2 more when it is"
                    + " past the repayment target: more than a minute of purposeful activity (1), less than statutory"
                    + " (10), so TOIL is given back on low-demand days, oldest first."),
    EXTRA_HOURS_ON_TOIL_OWED(
            "extra-hours-on-toil-owed",
            Level.SOFT,
            1,
            "minutes x hours of TOIL owed",
            "HMPPS TOIL: TOIL banked and never repaid",
            "Each minute of extra hours given to a person costs one for each whole hour of TOIL they are already"
                    + " owed, so extra hours go first to those owed little or none."),
    FAIR_PAYMENT_PLUS(
            "fair-payment-plus",
            Level.SOFT,
            1,
            "squared payment-plus hours",
            "HMPPS payment plus: fair allocation of paid extra hours",
            "Payment-plus work is shared fairly among those who elected it: each costs the growth in the square of"
                    + " their payment-plus hours this year, so extra hours go first to those with the fewest.");

    private final String id;
    private final Level level;
    private final long defaultWeight;
    private final String unit;
    private final String source;
    private final String statement;

    Rule(String id, Level level, long defaultWeight, String unit, String source, String statement) {
        this.id = id;
        this.level = level;
        this.defaultWeight = defaultWeight;
        this.unit = unit;
        this.source = source;
        this.statement = statement;
    }

    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public String unit() {
        return unit;
    }

    public String source() {
        return source;
    }

    public String statement() {
        return statement;
    }

    /**
     * The default score of one unit of this rule's amount. Hard rules counted in days, weekends or
     * shifts weigh a working day's minutes (480) per unit, so that no hard rule is cheaper to break
     * than another per working minute at stake: the search cannot buy a minute of cover with a day of
     * someone's rest pattern.
     */
    public HardMediumSoftScore defaultWeight() {
        return switch (level) {
            case HARD -> HardMediumSoftScore.ofHard(defaultWeight);
            case MEDIUM -> HardMediumSoftScore.ofMedium(defaultWeight);
            case SOFT -> HardMediumSoftScore.ofSoft(defaultWeight);
        };
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
