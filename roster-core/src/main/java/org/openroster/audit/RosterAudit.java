package org.openroster.audit;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openroster.audit.DayDelivery.Rag;
import org.openroster.model.Activity;
import org.openroster.model.Contract;
import org.openroster.model.Person;
import org.openroster.model.Request;
import org.openroster.model.WorkRules;
import org.openroster.solver.CoverSegment;
import org.openroster.solver.Level;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.PostWindow;
import org.openroster.solver.RestOutcome;
import org.openroster.solver.RestRules;
import org.openroster.solver.Roster;
import org.openroster.solver.Rule;
import org.openroster.solver.ShareDay;
import org.openroster.solver.ShareWeek;
import org.openroster.solver.SharedPost;
import org.openroster.solver.Shift;
import org.openroster.solver.ShiftRules;
import org.openroster.solver.SlotCover;
import org.openroster.time.LocalTimes;

/**
 * Re-checks a roster against every {@link Rule} with plain loops over its duties, without Timefold.
 * The rule arithmetic it shares with the constraints (rest, contract bands, adjustments) lives in the
 * model and is tested on its own; what the audit adds is an independent way of finding the duties
 * each rule applies to. Its per-rule totals must equal the solver's, which a property test checks.
 */
public final class RosterAudit {

    private final Roster roster;
    private final ZoneId zone;
    private final Map<Rule, Long> amounts = new EnumMap<>(Rule.class);
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, List<PersonDay>> dutiesByPerson = new LinkedHashMap<>();
    private final Map<String, PersonWindow> windows = new HashMap<>();
    private final List<StaffingInterval> staffing = new ArrayList<>();

    /** What an audit looks at: all of a roster, or (to explain one change) only the parts it touches. */
    record Scope(
            java.util.function.Predicate<String> people,
            java.util.function.Predicate<CoverSegment> segments,
            java.util.function.Predicate<SlotCover> slots,
            java.util.function.Predicate<String> posts) {

        static final Scope ALL = new Scope(x -> true, x -> true, x -> true, x -> true);
    }

    private final Scope scope;

    private RosterAudit(Roster roster, Scope scope) {
        this.roster = roster;
        this.scope = scope;
        this.zone = roster.horizon().zone();
        for (Rule rule : Rule.values()) {
            amounts.put(rule, 0L);
        }
        roster.getWindows().forEach(w -> {
            windows.put(w.id(), w);
            dutiesByPerson.put(w.id(), new ArrayList<>());
        });
        roster.getPersonDays().stream()
                .filter(PersonDay::isWorking)
                .sorted(Comparator.comparingInt(PersonDay::dayIndex))
                .forEach(pd -> dutiesByPerson.get(pd.person().id()).add(pd));
    }

    /** Audits the roster's current duties. */
    public static AuditReport audit(Roster roster) {
        return new RosterAudit(roster, Scope.ALL).run();
    }

    /** The amount of each rule within a scope (for explaining a change by the difference it makes). */
    static Map<Rule, Long> amounts(Roster roster, Scope scope) {
        RosterAudit audit = new RosterAudit(roster, scope);
        audit.checks();
        return audit.amounts;
    }

    private AuditReport run() {
        return report(checks());
    }

    /** Runs every check in scope and returns regime delivery per day. */
    private List<DayDelivery> checks() {
        List<DayDelivery> days = coverage();
        slots();
        for (PersonWindow window : roster.getWindows()) {
            if (!scope.people().test(window.id())) {
                continue;
            }
            List<PersonDay> duties = dutiesByPerson.get(window.id());
            perDuty(window, duties);
            pairs(window, duties);
            weeklyRest(window, duties);
            totals(window, duties);
            youngWorker(window, duties);
            runs(window, duties);
            weekendsAndTemplates(window, duties);
        }
        requests();
        selfRosteringChoices();
        compressed();
        dualPosts();
        jobShares();
        return days;
    }

    // ------------------------------------------------------------------ regime coverage

    private List<DayDelivery> coverage() {
        Map<String, List<PersonDay>> dutiesAt = new HashMap<>();
        dutiesByPerson
                .values()
                .forEach(list -> list.forEach(
                        pd -> dutiesAt.computeIfAbsent(pd.getShift().location().id(), k -> new ArrayList<>())
                                .add(pd)));
        Map<String, Activity> activities = new HashMap<>();
        roster.problem().activities().forEach(a -> activities.put(a.id(), a));
        // below MSL, below SDSOL, then for tiers 1-3: person-minutes wanted above MSL, and missing
        Map<LocalDate, long[]> dayMinutes = new TreeMap<>();
        Map<LocalDate, Map<String, Set<Long>>> curtailed = new TreeMap<>(); // activity -> segment starts
        Map<LocalDate, Map<String, Long>> curtailedMinutes = new TreeMap<>();
        roster.problem().dates().forEach(d -> {
            dayMinutes.put(d, new long[8]);
            curtailed.put(d, new LinkedHashMap<>());
            curtailedMinutes.put(d, new LinkedHashMap<>());
        });
        List<CoverSegment> segments = new ArrayList<>(
                roster.getSegments().stream().filter(scope.segments()).toList());
        segments.sort(Comparator.comparing((CoverSegment s) -> s.location().id())
                .thenComparing(s -> s.qualification().label())
                .thenComparingLong(CoverSegment::start));
        Run msl = new Run(Rule.MINIMUM_SAFE_STAFFING);
        Run sdsol = new Run(Rule.REGIME_BELOW_SDSOL);
        Run over = new Run(Rule.OVER_STAFFING);
        for (CoverSegment segment : segments) {
            if (!scope.segments().test(segment)) {
                continue;
            }
            int count = 0;
            for (PersonDay pd : dutiesAt.getOrDefault(segment.location().id(), List.of())) {
                Shift s = pd.getShift();
                if (s.start() <= segment.start()
                        && segment.end() <= s.end()
                        && segment.qualification().matches(pd.person(), pd.dutyGrade())) {
                    count++;
                }
            }
            String what = segment.qualification().isAny()
                    ? "staff"
                    : "staff (" + segment.qualification().label() + ")";
            if (segment.qualification().isAny()) {
                staffingInterval(segment, count);
            }
            msl.add(segment, segment.mslShortfall(count), segment.msl() - count, what, "MSL " + segment.msl());
            sdsol.add(
                    segment, segment.sdsolShortfall(count), segment.sdsol() - count, what, "SDSOL " + segment.sdsol());
            over.add(segment, segment.overStaffing(count), count - segment.sdsol(), what, "SDSOL " + segment.sdsol());

            LocalDate day = segment.startInstant().atZone(zone).toLocalDate();
            if (!dayMinutes.containsKey(day)) {
                day = roster.problem().start();
            }
            dayMinutes.get(day)[0] += segment.mslShortfall(count);
            dayMinutes.get(day)[1] += segment.sdsolShortfallMinutes(count);
            for (int tier = 1; tier <= 3; tier++) {
                dayMinutes.get(day)[2 * tier] += segment.missingInTier(tier, 0) * segment.minutes();
                dayMinutes.get(day)[2 * tier + 1] += segment.missingInTier(tier, count) * segment.minutes();
                if (segment.missingInTier(tier, count) == 0) {
                    continue;
                }
                for (String id : segment.activities()) {
                    Activity a = activities.get(id);
                    if (a.tier() == tier
                            && curtailed
                                    .get(day)
                                    .computeIfAbsent(id, k -> new HashSet<>())
                                    .add(segment.start())) {
                        curtailedMinutes.get(day).merge(id, segment.minutes(), Long::sum);
                    }
                }
            }
        }
        msl.flush();
        sdsol.flush();
        over.flush();

        List<DayDelivery> days = new ArrayList<>();
        dayMinutes.forEach((date, minutes) -> {
            List<CurtailedActivity> list = new ArrayList<>();
            curtailedMinutes.get(date).forEach((id, m) -> {
                Activity a = activities.get(id);
                list.add(new CurtailedActivity(id, a.name(), a.location(), a.tier(), m));
            });
            list.sort(Comparator.comparingInt(CurtailedActivity::tier).thenComparing(CurtailedActivity::activity));
            int[] delivered = new int[3];
            for (int tier = 1; tier <= 3; tier++) {
                long wanted = minutes[2 * tier];
                delivered[tier - 1] =
                        wanted == 0 ? 100 : (int) (100 - (100 * minutes[2 * tier + 1] + wanted - 1) / wanted);
            }
            days.add(new DayDelivery(
                    date,
                    DayDelivery.rag(minutes[0], delivered),
                    minutes[0] == 0,
                    minutes[0],
                    minutes[1],
                    delivered[0],
                    delivered[1],
                    delivered[2],
                    List.copyOf(list)));
        });
        return days;
    }

    private void staffingInterval(CoverSegment segment, int count) {
        StaffingInterval last = staffing.isEmpty() ? null : staffing.get(staffing.size() - 1);
        if (last != null
                && last.location().equals(segment.location().id())
                && last.end().equals(segment.startInstant())
                && last.staffed() == count
                && last.msl() == segment.msl()
                && last.sdsol() == segment.sdsol()) {
            staffing.set(
                    staffing.size() - 1,
                    new StaffingInterval(
                            last.location(), last.start(), segment.endInstant(), count, last.msl(), last.sdsol()));
        } else {
            staffing.add(new StaffingInterval(
                    segment.location().id(),
                    segment.startInstant(),
                    segment.endInstant(),
                    count,
                    segment.msl(),
                    segment.sdsol()));
        }
    }

    /**
     * Merges adjacent segments of one location and qualification with the same shortfall into one
     * violation, so that a gap of two people from 07:00 to 12:30 is one line, not eleven.
     */
    private final class Run {
        private final Rule rule;
        private CoverSegment first;
        private CoverSegment last;
        private long amount;
        private long people;
        private String what;
        private String level;

        Run(Rule rule) {
            this.rule = rule;
        }

        void add(CoverSegment segment, long segmentAmount, long segmentPeople, String whatText, String levelText) {
            if (segmentAmount <= 0) {
                flush();
                return;
            }
            record(rule, segmentAmount);
            boolean continues = last != null
                    && last.end() == segment.start()
                    && last.location().equals(segment.location())
                    && last.qualification().equals(segment.qualification())
                    && people == segmentPeople;
            if (!continues) {
                flush();
                first = segment;
                people = segmentPeople;
                what = whatText;
                level = levelText;
            }
            last = segment;
            amount += segmentAmount;
        }

        void flush() {
            if (first != null && amount > 0) {
                String message = switch (rule) {
                    case OVER_STAFFING ->
                        people + " " + what + " more than needed (" + level + ") at "
                                + first.location().id();
                    default ->
                        people + " " + what + " short of " + level + " at "
                                + first.location().id();
                };
                violate(
                        rule,
                        null,
                        first.location().id(),
                        first.startInstant(),
                        last.endInstant(),
                        amount,
                        message + " from " + time(first.start()) + " to " + time(last.end()) + ".");
            }
            first = null;
            last = null;
            amount = 0;
        }
    }

    private void slots() {
        Map<Shift, Integer> counts = new HashMap<>();
        dutiesByPerson.values().forEach(list -> list.forEach(pd -> counts.merge(pd.getShift(), 1, Integer::sum)));
        for (SlotCover slot : roster.getSlots()) {
            if (!scope.slots().test(slot)) {
                continue;
            }
            int count = counts.getOrDefault(slot.shift(), 0);
            Shift s = slot.shift();
            String where = slot.id();
            check(
                    Rule.SLOT_MINIMUM,
                    null,
                    s.location().id(),
                    s,
                    slot.minimumShortfall(count),
                    count + " on slot " + where + ", minimum " + slot.demand().minimum() + ".");
            check(
                    Rule.SLOT_UNDER_COVER,
                    null,
                    s.location().id(),
                    s,
                    slot.underCover(count),
                    count + " on slot " + where + ", target " + slot.demand().target() + ".");
            check(
                    Rule.SLOT_OVER_COVER,
                    null,
                    s.location().id(),
                    s,
                    slot.overCover(count),
                    count + " on slot " + where + ", target " + slot.demand().target() + ".");
        }
    }

    // ------------------------------------------------------------------ per person

    private void perDuty(PersonWindow window, List<PersonDay> duties) {
        Person person = window.person();
        for (PersonDay pd : duties) {
            Shift s = pd.getShift();
            String who = person.id();
            if (!person.eligibleFor(s.template(), s.location().id())) {
                check(
                        Rule.ELIGIBILITY,
                        who,
                        s.location().id(),
                        s,
                        s.workedMinutes(),
                        "Grade " + person.grade() + " with its skills and locations may not work "
                                + s.template().id() + " at " + s.location().id() + ".");
            }
            check(
                    Rule.WORKPLACE_ADJUSTMENT,
                    who,
                    s.location().id(),
                    s,
                    ShiftRules.adjustmentBreach(person, s),
                    "The shift goes against a workplace adjustment.");
            if (pd.dutyOnDayOff()) {
                String why = pd.onLeave()
                        ? "approved leave (" + pd.leave() + ")"
                        : pd.restDay() ? "a rest day" : "a closed period of the post (term time)";
                check(
                        Rule.LEAVE_AND_REST_DAYS,
                        who,
                        s.location().id(),
                        s,
                        s.workedMinutes(),
                        "Rostered on " + why + ".");
            }
            check(
                    Rule.REST_BREAK,
                    who,
                    s.location().id(),
                    s,
                    ShiftRules.restBreakShortfall(person, s, window.workingTime()),
                    "The shift's break (" + s.template().breakMinutes() + " min) is too short for its length.");
        }
    }

    /** Pairs of a person's duties: overlap, daily rest, forbidden successions; and history. */
    private void pairs(PersonWindow window, List<PersonDay> duties) {
        String who = window.id();
        for (PersonDay later : duties) {
            Shift l = later.getShift();
            if (l.start() < window.lastShiftEnd()) {
                check(
                        Rule.ONE_DUTY_AT_A_TIME,
                        who,
                        l.location().id(),
                        l,
                        Math.min(window.lastShiftEnd(), l.end()) - l.start(),
                        "The duty starts before the last shift before the window ends.");
            }
            if (l.start() >= window.lastShiftEnd()
                    && l.start() - window.lastShiftEnd() < window.workingTime().dailyRestFor(window.person())) {
                dailyRest(window, later, window.lastShiftEnd(), "the last shift before the window");
            }
            for (PersonDay earlier : duties) {
                Shift e = earlier.getShift();
                if (earlier.dayIndex() < later.dayIndex() && e.start() < l.end() && l.start() < e.end()) {
                    check(
                            Rule.ONE_DUTY_AT_A_TIME,
                            who,
                            l.location().id(),
                            l,
                            l.span().overlapMinutes(e.span()),
                            "The duty overlaps the duty of " + earlier.date() + ".");
                }
                if (earlier.dayIndex() < later.dayIndex()
                        && l.start() >= e.end()
                        && l.start() < e.end() + window.workingTime().dailyRestFor(window.person())) {
                    dailyRest(window, later, e.end(), "the duty of " + earlier.date());
                }
                if (earlier.dayIndex() + 1 == later.dayIndex()
                        && e.template()
                                .cannotBeFollowedBy()
                                .contains(l.template().id())) {
                    check(
                            Rule.FORBIDDEN_SUCCESSION,
                            who,
                            l.location().id(),
                            l,
                            l.workedMinutes(),
                            l.template().id() + " may not follow "
                                    + e.template().id() + ".");
                }
            }
        }
    }

    private void dailyRest(PersonWindow window, PersonDay later, long previousEnd, String after) {
        RestOutcome outcome =
                RestRules.dailyRest(previousEnd, later.getShift().start(), window.person(), window.workingTime());
        Shift l = later.getShift();
        long gap = l.start() - previousEnd;
        String rest = "Only " + hours(gap) + " rest after " + after + ".";
        violateSpan(
                Rule.DAILY_REST, window.id(), l.location().id(), previousEnd, l.start(), outcome.breachMinutes(), rest);
        violateSpan(
                Rule.COMPENSATORY_REST,
                window.id(),
                l.location().id(),
                previousEnd,
                l.start(),
                outcome.compensatoryMinutes(),
                rest + " Compensatory rest is owed (WTR reg 24).");
    }

    private void weeklyRest(PersonWindow window, List<PersonDay> duties) {
        for (int block = 0; block < roster.horizon().restBlockCount(); block++) {
            long[] b = roster.horizon().restBlock(block);
            List<Shift> inBlock = new ArrayList<>();
            for (PersonDay pd : duties) {
                if (pd.getShift().restBlocks().contains(block)) {
                    inBlock.add(pd.getShift());
                }
            }
            if (inBlock.isEmpty()) {
                continue;
            }
            RestOutcome outcome =
                    RestRules.weeklyRest(inBlock, b[0], b[1], b[2], window.person(), window.workingTime());
            String period = "the 14 days from "
                    + LocalTimes.ofEpochMinute(b[0]).atZone(zone).toLocalDate();
            violateSpan(
                    Rule.WEEKLY_REST,
                    window.id(),
                    null,
                    b[0],
                    b[2],
                    outcome.breachMinutes(),
                    "Weekly rest short by " + hours(outcome.breachMinutes()) + " in " + period + ".");
            violateSpan(
                    Rule.COMPENSATORY_REST,
                    window.id(),
                    null,
                    b[0],
                    b[2],
                    outcome.compensatoryMinutes(),
                    "Weekly rest displaced by " + hours(outcome.compensatoryMinutes()) + " in " + period
                            + "; compensatory rest is owed (WTR reg 24).");
        }
    }

    private void totals(PersonWindow window, List<PersonDay> duties) {
        long worked =
                duties.stream().mapToLong(pd -> pd.getShift().workedMinutes()).sum();
        String who = window.id();
        String total = hours(worked) + " rostered";
        violateSpan(
                Rule.AVERAGE_WEEKLY_HOURS,
                who,
                null,
                null,
                null,
                window.averageWeeklyExcess(worked),
                total + " takes the average week over 48 hours in the reference period.");
        violateSpan(
                Rule.NIGHT_WORK_LIMIT,
                who,
                null,
                null,
                null,
                window.nightWorkExcess(worked),
                total + " takes the night worker over 8 hours per 24 on average.");
        violateSpan(
                Rule.CONTRACT_HOURS,
                who,
                null,
                null,
                null,
                window.bounds().outsideMinutes(worked),
                total + ", outside the contract band " + hours(window.bounds().min()) + " to "
                        + hours(window.bounds().max()) + ".");
        violateSpan(
                Rule.EXTRA_HOURS,
                who,
                null,
                null,
                null,
                window.bounds().overTarget(worked),
                total + ", over the target of " + hours(window.bounds().target()) + ".");
        long repaid = window.toilRepaid(worked);
        violateSpan(
                Rule.UNUSED_HOURS,
                who,
                null,
                null,
                null,
                window.unusedMinutes(worked),
                total + ", under the target of " + hours(window.bounds().target())
                        + (repaid > 0 ? " after " + hours(repaid) + " of TOIL given back." : "."));
        violateSpan(
                Rule.TOIL_REPAYMENT,
                who,
                null,
                null,
                null,
                window.toilRepaymentShortfall(worked),
                hours(window.toilRepayable() - repaid) + " of the " + hours(window.toilRepayable())
                        + " of TOIL owed that this window could give back is not given back ("
                        + hours(window.balances().toilOverdueMinutes()) + " overdue).");
        violateSpan(
                Rule.EXTRA_HOURS_ON_TOIL_OWED,
                who,
                null,
                null,
                null,
                window.extraHoursOnToilOwed(worked),
                hours(window.bounds().overTarget(worked)) + " of extra hours while already owed "
                        + hours(window.balances().toilOwedMinutes()) + " of TOIL.");
        violateSpan(
                Rule.FAIR_PAYMENT_PLUS,
                who,
                null,
                null,
                null,
                window.paymentPlusShareCost(worked),
                hours(window.bounds().overTarget(worked)) + " of payment-plus work on top of "
                        + hours(window.balances().paymentPlusMinutes()) + " already this year.");
        long units =
                duties.stream().mapToLong(pd -> pd.getShift().unsocialUnits()).sum();
        if (units > 0) {
            violateSpan(
                    Rule.FAIR_UNSOCIAL_WORK,
                    who,
                    null,
                    null,
                    null,
                    window.unsocialCost(units),
                    units + " unsocial shifts (nights, weekend days, public holidays) at "
                            + window.person().contract().ftePercent() + "% FTE.");
        }
    }

    private void youngWorker(PersonWindow window, List<PersonDay> duties) {
        if (!window.person().youngWorker()) {
            return;
        }
        Map<Integer, long[]> weeks = new TreeMap<>();
        for (PersonDay pd : duties) {
            long[] w = weeks.computeIfAbsent(pd.getShift().weekIndex(), k -> new long[2]);
            w[0] += pd.getShift().workedMinutes();
            w[1] += ShiftRules.youngShiftExcess(window.person(), pd.getShift());
        }
        weeks.forEach((week, w) -> violateSpan(
                Rule.YOUNG_WORKER_LIMITS,
                window.id(),
                null,
                null,
                null,
                w[1] + ShiftRules.youngWeekExcess(window.person(), w[0]),
                "Young worker: " + hours(w[0]) + " in week " + (week + 1)
                        + " with the 8-hour day, 40-hour week or 22:00-06:00 limits broken."));
    }

    private void runs(PersonWindow window, List<PersonDay> duties) {
        WorkRules rules = window.person().rules();
        List<int[]> runs = new ArrayList<>(); // first, last day index
        for (PersonDay pd : duties) {
            int d = pd.dayIndex();
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == d - 1) {
                runs.get(runs.size() - 1)[1] = d;
            } else if (runs.isEmpty() || runs.get(runs.size() - 1)[1] != d) {
                runs.add(new int[] {d, d});
            }
        }
        String who = window.id();
        for (int i = 0; i < runs.size(); i++) {
            int first = runs.get(i)[0];
            int last = runs.get(i)[1];
            int length = last - first + 1;
            String days = "Working days " + day(first) + " to " + day(last);
            violateDays(
                    Rule.MAX_CONSECUTIVE_DAYS,
                    who,
                    first,
                    last,
                    window.consecutiveExcess(first, length, rules.maxConsecutiveDays()),
                    days + " exceed the limit of " + rules.maxConsecutiveDays() + " in a row.");
            violateDays(
                    Rule.PREFERRED_CONSECUTIVE_DAYS,
                    who,
                    first,
                    last,
                    window.consecutiveExcess(first, length, rules.preferredMaxConsecutiveDays()),
                    days + " exceed the preferred " + rules.preferredMaxConsecutiveDays() + " in a row.");
            violateDays(
                    Rule.MIN_CONSECUTIVE_DAYS,
                    who,
                    first,
                    last,
                    window.shortRun(first, last, rules.minConsecutiveDays()),
                    days + " are fewer than the minimum of " + rules.minConsecutiveDays() + " in a row.");
            if (i > 0) {
                int offFirst = runs.get(i - 1)[1] + 1;
                violateDays(
                        Rule.MIN_CONSECUTIVE_DAYS_OFF,
                        who,
                        offFirst,
                        first - 1,
                        window.shortRest(first - offFirst),
                        "Days off " + day(offFirst) + " to " + day(first - 1) + " are fewer than the minimum of "
                                + rules.minConsecutiveDaysOff() + " in a row.");
            }
        }
    }

    private void weekendsAndTemplates(PersonWindow window, List<PersonDay> duties) {
        WorkRules rules = window.person().rules();
        Set<Long> weekends = new HashSet<>();
        Map<String, Integer> byTemplate = new TreeMap<>();
        for (PersonDay pd : duties) {
            if (pd.getShift().weekend()) {
                weekends.add(pd.getShift().weekendKey());
            }
            byTemplate.merge(pd.getShift().template().id(), 1, Integer::sum);
        }
        if (rules.maxWeekends() > 0) {
            violateSpan(
                    Rule.MAX_WORKING_WEEKENDS,
                    window.id(),
                    null,
                    null,
                    null,
                    Math.max(0, weekends.size() - rules.maxWeekends()),
                    weekends.size() + " weekends worked, more than the limit of " + rules.maxWeekends() + ".");
        }
        byTemplate.forEach((template, n) -> {
            int max = rules.maxShiftsOf(template);
            if (max >= 0) {
                violateSpan(
                        Rule.MAX_SHIFTS_OF_TEMPLATE,
                        window.id(),
                        null,
                        null,
                        null,
                        Math.max(0, n - max),
                        n + " shifts of " + template + ", more than the limit of " + max + ".");
            }
        });
    }

    private void requests() {
        for (PersonDay pd : roster.getPersonDays()) {
            String worked = pd.isWorking() ? pd.getShift().template().id() : null;
            for (Request r : pd.requests()) {
                if (!r.honouredBy(worked)) {
                    violateSpan(
                            Rule.REQUESTS,
                            pd.person().id(),
                            null,
                            dayStart(pd.date()),
                            dayStart(pd.date().plusDays(1)),
                            r.weight(),
                            "Request " + (r.wanted() ? "to work " : "not to work ")
                                    + (r.template() == null ? "" : r.template() + " ") + "on " + pd.date()
                                    + " not honoured.");
                }
            }
        }
    }

    private void selfRosteringChoices() {
        for (PersonDay pd : roster.getPersonDays()) {
            long unkept = pd.unkeptChoiceMinutes();
            if (unkept > 0) {
                String worked = pd.isWorking() ? pd.getShift().template().id() : "a day off";
                violateSpan(
                        Rule.SELF_ROSTERING_CHOICES,
                        pd.person().id(),
                        null,
                        dayStart(pd.date()),
                        dayStart(pd.date().plusDays(1)),
                        unkept,
                        "Choice of "
                                + pd.choices().stream().map(Request::template).toList()
                                + " on " + pd.date() + " not kept (" + worked + " rostered).");
            }
        }
    }

    // ------------------------------------------------------------------ flexible working

    private void compressed() {
        for (PersonWindow window : roster.getWindows()) {
            if (!(window.person().contract() instanceof Contract.Compressed c)
                    || !scope.people().test(window.id())) {
                continue;
            }
            Map<Integer, long[]> weeks = new TreeMap<>(); // days, day-length breach
            for (PersonDay pd : dutiesByPerson.get(window.id())) {
                long[] w = weeks.computeIfAbsent(pd.getShift().weekIndex(), k -> new long[2]);
                w[0]++;
                w[1] += c.dayLengthBreach(pd.getShift().workedMinutes());
            }
            weeks.forEach((week, w) -> violateSpan(
                    Rule.COMPRESSED_HOURS_PATTERN,
                    window.id(),
                    null,
                    null,
                    null,
                    w[1] + c.weekBreach((int) w[0]),
                    "Compressed hours (" + c.daysPerWeek() + " x " + hours(c.dayMinutes()) + "): " + w[0]
                            + " duties in week " + (week + 1) + ", " + w[1] + " minutes off the compressed day."));
        }
    }

    private void dualPosts() {
        for (PostWindow pw : roster.getPostWindows()) {
            if (!scope.people().test(pw.window().id())) {
                continue;
            }
            long worked = 0;
            for (PersonDay pd : dutiesByPerson.get(pw.window().id())) {
                if (pw.post().id().equals(pd.dualPost())) {
                    worked += pd.getShift().workedMinutes();
                }
            }
            violateSpan(
                    Rule.DUAL_CONTRACT_HOURS,
                    pw.window().id(),
                    null,
                    null,
                    null,
                    pw.bounds().outsideMinutes(worked),
                    hours(worked) + " rostered on post " + pw.post().id() + " ("
                            + pw.post().grade()
                            + "), outside its band " + hours(pw.bounds().min()) + " to "
                            + hours(pw.bounds().max())
                            + ".");
        }
    }

    private void jobShares() {
        Map<String, Map<LocalDate, PersonDay>> days = new HashMap<>();
        roster.getPersonDays()
                .forEach(pd -> days.computeIfAbsent(pd.person().id(), k -> new HashMap<>())
                        .put(pd.date(), pd));
        for (ShareDay day : roster.getShareDays()) {
            if (!scope.posts().test(day.postId())) {
                continue;
            }
            boolean covered = false;
            boolean allAway = true;
            for (String partner : day.post().post().partners()) {
                PersonDay pd = days.get(partner).get(day.date());
                covered |= pd.isWorking();
                allAway &= pd.onLeave() || pd.restDay();
            }
            if (!covered) {
                violateSpan(
                        Rule.JOB_SHARE_COVER,
                        null,
                        null,
                        dayStart(day.date()),
                        dayStart(day.date().plusDays(1)),
                        day.post().post().coverDayMinutes(),
                        "Job share post " + day.postId() + " is not covered on " + day.date()
                                + (allAway ? ": every partner is away, so cover must be arranged." : "."));
            }
        }
        for (ShareWeek week : roster.getShareWeeks()) {
            if (!scope.posts().test(week.postId())) {
                continue;
            }
            List<PersonDay> duties = new ArrayList<>();
            for (String partner : week.post().post().partners()) {
                dutiesByPerson.get(partner).stream()
                        .filter(pd -> pd.getShift().weekIndex() == week.weekIndex())
                        .forEach(duties::add);
            }
            violateSpan(
                    Rule.JOB_SHARE_HANDOVER,
                    null,
                    null,
                    null,
                    null,
                    week.post().handoverShortfall(duties),
                    "Job share post " + week.postId() + ": the partners' duties in week " + (week.weekIndex() + 1)
                            + " overlap by less than the agreed "
                            + week.post().post().handoverMinutes()
                            + " minutes of handover.");
        }
        for (SharedPost post : roster.getSharedPosts()) {
            if (!scope.posts().test(post.id())) {
                continue;
            }
            List<PersonDay> unsocial = new ArrayList<>();
            for (String partner : post.post().partners()) {
                dutiesByPerson.get(partner).stream()
                        .filter(pd -> pd.getShift().unsocialUnits() > 0)
                        .forEach(unsocial::add);
            }
            violateSpan(
                    Rule.JOB_SHARE_FAIR_SPLIT,
                    null,
                    null,
                    null,
                    null,
                    post.fairSplitBreach(unsocial),
                    "Job share post " + post.id() + ": unsocial shifts are not split in proportion to the partners'"
                            + " hours.");
        }
    }

    /** Each person's hours against their contract, and annualised balances against the trajectory. */
    private List<PersonHours> personHours() {
        List<PersonHours> list = new ArrayList<>();
        LocalDate end = roster.problem().end().plusDays(1);
        for (PersonWindow w : roster.getWindows()) {
            long worked = dutiesByPerson.get(w.id()).stream()
                    .mapToLong(pd -> pd.getShift().workedMinutes())
                    .sum();
            Contract c = w.person().contract();
            long writeOff = c instanceof Contract.MinimumHours m ? m.writeOff(w.bounds(), worked) : 0;
            Long credited = null;
            Long trajectory = null;
            Long balance = null;
            Long tolerance = null;
            Boolean within = null;
            Contract.Annualised terms =
                    c instanceof Contract.Annualised a ? a : c instanceof Contract.TermTime t ? t.terms() : null;
            if (terms != null) {
                credited = terms.creditedToDateMinutes() + (long) w.leaveDays() * c.leaveDayMinutes() + worked;
                trajectory = c instanceof Contract.TermTime t ? t.trajectory(end) : terms.trajectory(end);
                balance = credited - trajectory;
                tolerance = (long) terms.toleranceMinutes();
                within = Math.abs(balance) <= tolerance;
            }
            list.add(new PersonHours(
                    w.id(),
                    c.kind(),
                    w.bounds().min(),
                    w.bounds().target(),
                    w.bounds().max(),
                    worked,
                    w.leaveDays(),
                    writeOff,
                    credited,
                    trajectory,
                    balance,
                    tolerance,
                    within));
        }
        return list;
    }

    /** People and hard violations per contract kind (every kind listed, with zeros). */
    private Map<String, ContractKindSummary> contracts() {
        Map<String, String> kindOf = new HashMap<>();
        roster.getWindows()
                .forEach(w -> kindOf.put(w.id(), w.person().contract().kind()));
        Map<String, ContractKindSummary> byKind = new LinkedHashMap<>();
        for (String kind : CONTRACT_KINDS) {
            int people = (int) kindOf.values().stream().filter(kind::equals).count();
            int hard = (int) violations.stream()
                    .filter(v -> v.level() == Level.HARD && v.person() != null && kind.equals(kindOf.get(v.person())))
                    .count();
            byKind.put(kind, new ContractKindSummary(people, hard));
        }
        return byKind;
    }

    /** The contract kinds reported, in the order reports list them. */
    public static final List<String> CONTRACT_KINDS =
            List.of("fullTime", "partTime", "compressed", "annualised", "termTime", "jobShare", "minimumHours", "dual");

    // ------------------------------------------------------------------ recording

    private void check(Rule rule, String person, String location, Shift shift, long amount, String message) {
        violateSpan(rule, person, location, shift.start(), shift.end(), amount, message);
    }

    private void violateDays(Rule rule, String person, int firstDay, int lastDay, long amount, String message) {
        LocalDate start = roster.problem().start();
        violateSpan(
                rule,
                person,
                null,
                dayStart(start.plusDays(firstDay)),
                dayStart(start.plusDays(lastDay + 1L)),
                amount,
                message);
    }

    private void violateSpan(
            Rule rule, String person, String location, Long start, Long end, long amount, String message) {
        if (amount <= 0) {
            return;
        }
        record(rule, amount);
        violate(
                rule,
                person,
                location,
                start == null ? null : LocalTimes.ofEpochMinute(start),
                end == null ? null : LocalTimes.ofEpochMinute(end),
                amount,
                message);
    }

    private void record(Rule rule, long amount) {
        amounts.merge(rule, amount, Long::sum);
    }

    private void violate(
            Rule rule, String person, String location, Instant start, Instant end, long amount, String message) {
        Level level = levelOf(roster.weightOf(rule));
        if (level != null) {
            violations.add(new Violation(
                    rule.id(), level, rule.source(), person, location, start, end, amount, rule.unit(), message));
        }
    }

    /** The level a weight acts on, or null when the weight is zero (the rule is switched off). */
    static Level levelOf(HardMediumSoftScore weight) {
        if (weight.hardScore() != 0) {
            return Level.HARD;
        }
        if (weight.mediumScore() != 0) {
            return Level.MEDIUM;
        }
        return weight.softScore() != 0 ? Level.SOFT : null;
    }

    private AuditReport report(List<DayDelivery> days) {
        HardMediumSoftScore score = HardMediumSoftScore.ZERO;
        List<RuleTotal> totals = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            HardMediumSoftScore weight = roster.weightOf(rule);
            long amount = amounts.get(rule);
            HardMediumSoftScore ruleScore = HardMediumSoftScore.of(
                    -amount * weight.hardScore(), -amount * weight.mediumScore(), -amount * weight.softScore());
            score = score.add(ruleScore);
            Level level = levelOf(weight);
            totals.add(new RuleTotal(
                    rule.id(),
                    level == null ? rule.level() : level,
                    amount,
                    rule.unit(),
                    weight.toString(),
                    ruleScore.toString()));
        }
        violations.sort(Comparator.comparing(Violation::level)
                .thenComparing(Violation::rule)
                .thenComparing(v -> v.start() == null ? Instant.MIN : v.start())
                .thenComparing(v -> v.person() == null ? "" : v.person())
                .thenComparing(v -> v.location() == null ? "" : v.location()));
        int hard = count(Level.HARD);
        long mslMinutes = days.stream().mapToLong(DayDelivery::minutesBelowMsl).sum();
        long sdsolMinutes =
                days.stream().mapToLong(DayDelivery::minutesBelowSdsol).sum();
        int requests = roster.getPersonDays().stream()
                .mapToInt(pd -> pd.requests().size())
                .sum();
        AuditSummary summary = new AuditSummary(
                hard == 0 && mslMinutes == 0,
                hard,
                count(Level.MEDIUM),
                count(Level.SOFT),
                mslMinutes,
                sdsolMinutes,
                amounts.get(Rule.COMPENSATORY_REST),
                amounts.get(Rule.OVER_STAFFING),
                amounts.get(Rule.EXTRA_HOURS),
                amounts.get(Rule.UNUSED_HOURS),
                requests,
                requests - unmetRequests(),
                roster.getWindows().size(),
                (int) roster.getPersonDays().stream()
                        .filter(PersonDay::isWorking)
                        .count(),
                (int) days.stream().filter(d -> d.rag() == Rag.GREEN).count(),
                (int) days.stream().filter(d -> d.rag() == Rag.GREEN_AMBER).count(),
                (int) days.stream().filter(d -> d.rag() == Rag.AMBER_RED).count(),
                (int) days.stream().filter(d -> d.rag() == Rag.RED).count(),
                score.toString(),
                contracts(),
                roster.getPersonDays().stream()
                        .filter(pd -> pd.isWorking())
                        .mapToLong(pd -> pd.getShift().workedMinutes())
                        .sum(),
                personHours().stream().mapToLong(PersonHours::writeOffMinutes).sum());
        return new AuditReport(
                summary,
                List.copyOf(violations),
                List.copyOf(days),
                List.copyOf(totals),
                List.copyOf(staffing),
                personHours(),
                Advisories.of(roster));
    }

    private int unmetRequests() {
        int unmet = 0;
        for (PersonDay pd : roster.getPersonDays()) {
            String worked = pd.isWorking() ? pd.getShift().template().id() : null;
            for (Request r : pd.requests()) {
                if (!r.honouredBy(worked)) {
                    unmet++;
                }
            }
        }
        return unmet;
    }

    private int count(Level level) {
        return (int) violations.stream().filter(v -> v.level() == level).count();
    }

    private long dayStart(LocalDate date) {
        return LocalTimes.epochMinute(LocalTimes.startOfDay(date, zone));
    }

    private String day(int index) {
        return roster.problem().start().plusDays(index).toString();
    }

    private String time(long epochMinute) {
        return LocalTimes.ofEpochMinute(epochMinute)
                .atZone(zone)
                .toLocalDateTime()
                .toString()
                .replace('T', ' ');
    }

    private static String hours(long minutes) {
        return (minutes / 60) + "h" + (minutes % 60 == 0 ? "" : String.format("%02d", Math.abs(minutes % 60)));
    }
}
