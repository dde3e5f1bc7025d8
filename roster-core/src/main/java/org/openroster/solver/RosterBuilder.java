package org.openroster.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openroster.model.Activity;
import org.openroster.model.Contract;
import org.openroster.model.DayType;
import org.openroster.model.Establishment;
import org.openroster.model.HoursBounds;
import org.openroster.model.JobSharePost;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Location;
import org.openroster.model.Person;
import org.openroster.model.Pin;
import org.openroster.model.Problem;
import org.openroster.model.ProblemValidator;
import org.openroster.model.ProblemValidator.InvalidProblemException;
import org.openroster.model.Qualification;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.StaffingLine;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.time.LocalTimes;
import org.openroster.time.TimeSpan;

/**
 * Turns a validated {@link Problem} into a {@link Roster} ready to solve or audit: the shifts on offer
 * each day, the coverage segments of the regime's demand curve, the named slots, each person's window
 * facts and one {@link PersonDay} per person and date (pins applied).
 */
public final class RosterBuilder {

    private RosterBuilder() {}

    /** Builds an empty roster (nobody assigned except pins). Throws on an invalid problem. */
    public static Roster build(Problem problem) {
        ProblemValidator.validateOrThrow(problem);
        ConstraintWeightOverrides<HardMediumSoftScore> overrides = overrides(problem.constraintWeights());
        Set<Rule> switchedOff = switchedOff(overrides);
        Establishment est = problem.establishment();
        ZoneId zone = est.zone();
        WorkingTimeSettings wt = est.workingTime();
        Horizon horizon = new Horizon(problem.start(), problem.days(), zone, wt);

        List<CoverSegment> segments = segments(problem);
        Map<CoverSegment, CoverInterval> intervalOf = intervals(segments);
        List<Shift> shifts = shifts(problem, horizon, segments, intervalOf);
        Map<String, Shift> shiftById = new HashMap<>();
        Map<LocalDate, List<Shift>> shiftsByDate = new HashMap<>();
        for (Shift s : shifts) {
            shiftById.put(s.id(), s);
            shiftsByDate.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
        }
        List<SlotCover> slots = problem.slotDemands().stream()
                .map(d -> new SlotCover(d, shiftById.get(Shift.idOf(d.date(), d.template(), d.location()))))
                .toList();

        Map<String, List<Leave>> leaveByPerson = new HashMap<>();
        problem.leave()
                .forEach(l -> leaveByPerson
                        .computeIfAbsent(l.person(), k -> new ArrayList<>())
                        .add(l));
        Map<String, List<Request>> requestsByPersonDay = byPersonDay(problem.requests());
        Map<String, List<Request>> choicesByPersonDay = byPersonDay(problem.choices());
        Map<String, Pin> pins = new HashMap<>();
        problem.pins().forEach(p -> pins.put(p.person() + "/" + p.date(), p));

        List<PersonWindow> windows = new ArrayList<>();
        List<PersonDay> personDays = new ArrayList<>();
        for (Person person : problem.people()) {
            List<Leave> leave = leaveByPerson.getOrDefault(person.id(), List.of());
            int leaveDays = leaveDays(problem, leave);
            var bounds = contractBounds(problem, person, leaveDays);
            if (PersonWindow.banksExtraHours(person.contract())) {
                // TOIL owed may be given back: the minimum drops by what the window can repay
                bounds = bounds.withMinLoweredBy(
                        Math.min(person.history().balances().toilOwedMinutes(), bounds.target()));
            }
            var lastEnd = person.history().lastShiftEnd();
            PersonWindow window = new PersonWindow(
                    person,
                    bounds,
                    lastEnd == null ? Long.MIN_VALUE : LocalTimes.epochMinute(lastEnd),
                    person.history().consecutiveDaysWorkedBefore(problem.start(), zone),
                    leaveDays,
                    horizon);
            windows.add(window);
            for (LocalDate date : problem.dates()) {
                LeaveKind leaveKind = leave.stream()
                        .filter(l -> l.charges(date))
                        .map(Leave::kind)
                        .findFirst()
                        .orElse(null);
                boolean restDay = person.isRestDay(date)
                        || (leaveKind == null && leave.stream().anyMatch(l -> l.covers(date)));
                List<Shift> options = leaveKind != null || restDay
                        ? List.of()
                        : shiftsByDate.getOrDefault(date, List.of()).stream()
                                .filter(s -> ShiftRules.allowed(person, s, wt, switchedOff)
                                        && !person.closedFor(date, s.template()))
                                .toList();
                PersonDay pd = new PersonDay(
                        window,
                        date,
                        horizon.dayIndex(date),
                        options,
                        leaveKind,
                        restDay,
                        requestsByPersonDay.getOrDefault(person.id() + "/" + date, List.of()),
                        choicesByPersonDay.getOrDefault(person.id() + "/" + date, List.of()));
                Pin pin = pins.get(person.id() + "/" + date);
                if (pin != null) {
                    pd.setPinned(true);
                    pd.setShift(
                            pin.template() == null
                                    ? null
                                    : shiftById.get(Shift.idOf(date, pin.template(), pin.location())));
                }
                personDays.add(pd);
            }
        }
        return new Roster(
                problem,
                horizon,
                windows,
                shifts,
                segments,
                List.copyOf(new java.util.LinkedHashSet<>(intervalOf.values())),
                slots,
                flexible(problem, windows),
                personDays,
                overrides);
    }

    /** Dual-contract posts with their bands; job-share posts with their cover days and weeks. */
    private static Map<String, List<Request>> byPersonDay(List<Request> requests) {
        Map<String, List<Request>> byPersonDay = new HashMap<>();
        requests.forEach(r -> byPersonDay
                .computeIfAbsent(r.person() + "/" + r.date(), k -> new ArrayList<>())
                .add(r));
        return byPersonDay;
    }

    /** Days of the window the person's leave is charged on. */
    private static int leaveDays(Problem problem, List<Leave> leave) {
        return (int) problem.dates().stream()
                .filter(d -> leave.stream().anyMatch(l -> l.charges(d)))
                .count();
    }

    private static HoursBounds contractBounds(Problem problem, Person person, int leaveDays) {
        return person.rules().apply(person.contract().bounds(problem.start(), problem.days(), leaveDays));
    }

    /**
     * The person's contract band for the window, their leave taken off it (before any TOIL the window
     * could give back lowers its minimum).
     */
    public static HoursBounds contractBounds(Problem problem, Person person) {
        List<Leave> leave = problem.leave().stream()
                .filter(l -> l.person().equals(person.id()))
                .toList();
        return contractBounds(problem, person, leaveDays(problem, leave));
    }

    static Roster.Flexible flexible(Problem problem, List<PersonWindow> windows) {
        List<PostWindow> postWindows = new ArrayList<>();
        Map<String, Person> people = new HashMap<>();
        for (PersonWindow w : windows) {
            people.put(w.id(), w.person());
            if (w.person().contract() instanceof Contract.Dual dual) {
                for (Contract.Post post : dual.posts()) {
                    postWindows.add(new PostWindow(
                            w, post, post.contract().bounds(problem.start(), problem.days(), w.leaveDays())));
                }
            }
        }
        List<SharedPost> shared = new ArrayList<>();
        List<ShareDay> days = new ArrayList<>();
        List<ShareWeek> weeks = new ArrayList<>();
        for (JobSharePost post : problem.jobShares()) {
            Map<String, Integer> weekly = new LinkedHashMap<>();
            post.partners().forEach(p -> weekly.put(p, people.get(p).contract().weeklyMinutes()));
            SharedPost sp = new SharedPost(post, weekly);
            shared.add(sp);
            for (LocalDate date : problem.dates()) {
                if (post.coverDays().contains(date.getDayOfWeek())) {
                    days.add(new ShareDay(sp, date));
                }
            }
            for (int week = 0; week * 7 < problem.days(); week++) {
                weeks.add(new ShareWeek(sp, week));
            }
        }
        return new Roster.Flexible(postWindows, shared, days, weeks);
    }

    /**
     * Builds the roster and gives each person the duties in {@code assignments} (everyone else off);
     * for auditing a roster made elsewhere. Pins are replaced by the given duties.
     */
    public static Roster withAssignments(Problem problem, List<Assignment> assignments) {
        Roster roster = build(problem);
        Map<String, PersonDay> byKey = new HashMap<>();
        roster.getPersonDays().forEach(pd -> {
            byKey.put(pd.person().id() + "/" + pd.date(), pd);
            pd.setShift(null);
        });
        Map<String, Shift> shiftById = new HashMap<>();
        roster.getShifts().forEach(s -> shiftById.put(s.id(), s));
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            PersonDay pd = byKey.get(a.person() + "/" + a.date());
            Shift shift = shiftById.get(Shift.idOf(a.date(), a.template(), a.location()));
            if (pd == null) {
                errors.add("assignments[" + i + "] (" + a.person() + " on " + a.date()
                        + ") is not a known person on a date of the window.");
            } else if (shift == null) {
                errors.add("assignments[" + i + "] (" + a.template() + "@" + a.location() + " on " + a.date()
                        + ") is not a template offered at that location.");
            } else if (pd.isWorking()) {
                errors.add(
                        "assignments[" + i + "] gives person (" + a.person() + ") a second duty on " + a.date() + ".");
            } else {
                pd.assignFromOutside(shift);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidProblemException(errors);
        }
        return roster;
    }

    /** The rules whose weight is overridden to zero: they neither score nor narrow the value ranges. */
    static Set<Rule> switchedOff(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        Set<Rule> off = EnumSet.noneOf(Rule.class);
        for (Rule rule : Rule.values()) {
            HardMediumSoftScore w = overrides.getConstraintWeight(rule.id());
            if (w != null && w.isZero()) {
                off.add(rule);
            }
        }
        return off;
    }

    static ConstraintWeightOverrides<HardMediumSoftScore> overrides(Map<String, String> weights) {
        Map<String, HardMediumSoftScore> parsed = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        weights.forEach((id, text) -> {
            if (Rule.byId(id).isEmpty()) {
                errors.add("constraintWeights." + id + " is not a known constraint id. Maybe one of "
                        + java.util.Arrays.stream(Rule.values()).map(Rule::id).toList() + ".");
                return;
            }
            try {
                HardMediumSoftScore w = Scores.parse(text);
                if (w.hardScore() < 0 || w.mediumScore() < 0 || w.softScore() < 0) {
                    errors.add("constraintWeights." + id + " (" + text + ") must not be negative.");
                } else {
                    parsed.put(id, w);
                }
            } catch (RuntimeException e) {
                errors.add("constraintWeights." + id + " (" + text
                        + ") is not a score. Maybe \"0hard/0medium/1soft\" or \"1soft\".");
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidProblemException(errors);
        }
        return ConstraintWeightOverrides.of(parsed);
    }

    /** A shift's time and place before its coverage segments are known. */
    private record Draft(LocalDate date, ShiftTemplate template, Location location, TimeSpan span) {
        long start() {
            return LocalTimes.epochMinute(span.start());
        }

        long end() {
            return LocalTimes.epochMinute(span.end());
        }
    }

    private static List<Draft> drafts(Problem problem) {
        Establishment est = problem.establishment();
        List<Draft> drafts = new ArrayList<>();
        for (LocalDate date : problem.dates()) {
            for (ShiftTemplate t : problem.templates()) {
                TimeSpan span = LocalTimes.span(date, t.start(), t.end(), est.zone());
                for (Location location : est.locations()) {
                    if (t.offeredAt(location.id())) {
                        drafts.add(new Draft(date, t, location, span));
                    }
                }
            }
        }
        return drafts;
    }

    /** The shifts on offer, each knowing the coverage segments it covers. */
    /**
     * Groups the segments of each elementary interval (total headcount and its lines) into
     * {@link CoverInterval}s of at most {@link CoverInterval#MAX_LINES} lines.
     */
    static Map<CoverSegment, CoverInterval> intervals(List<CoverSegment> segments) {
        Map<String, List<CoverSegment>> byInterval = new LinkedHashMap<>();
        for (CoverSegment s : segments) {
            byInterval
                    .computeIfAbsent(s.location().id() + "@" + s.start() + "-" + s.end(), k -> new ArrayList<>())
                    .add(s);
        }
        Map<CoverSegment, CoverInterval> intervalOf = new LinkedHashMap<>();
        byInterval.forEach((key, lines) -> {
            for (int from = 0; from < lines.size(); from += CoverInterval.MAX_LINES) {
                List<CoverSegment> chunk = lines.subList(from, Math.min(lines.size(), from + CoverInterval.MAX_LINES));
                CoverInterval interval = new CoverInterval(key + "#" + from / CoverInterval.MAX_LINES, chunk);
                chunk.forEach(line -> intervalOf.put(line, interval));
            }
        });
        return intervalOf;
    }

    static List<Shift> shifts(
            Problem problem,
            Horizon horizon,
            List<CoverSegment> segments,
            Map<CoverSegment, CoverInterval> intervalOf) {
        Establishment est = problem.establishment();
        ZoneId zone = est.zone();
        WorkingTimeSettings wt = est.workingTime();
        Map<String, List<CoverSegment>> segmentsAt = new HashMap<>();
        segments.forEach(s -> segmentsAt
                .computeIfAbsent(s.location().id(), k -> new ArrayList<>())
                .add(s));
        List<Shift> shifts = new ArrayList<>();
        for (Draft d : drafts(problem)) {
            LocalDate date = d.date();
            ShiftTemplate t = d.template();
            int dayIndex = horizon.dayIndex(date);
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            long weekendKey = weekend
                    ? date.minusDays(date.getDayOfWeek().getValue() - 6L).toEpochDay()
                    : -1;
            long start = d.start();
            long end = d.end();
            int nightMinutes = (int) LocalTimes.minutesInDailyPeriod(d.span(), wt.nightStart(), wt.nightEnd(), zone);
            int youngNight = (int) LocalTimes.minutesInDailyPeriod(
                    d.span(), WorkingTimeSettings.YOUNG_NIGHT_START, WorkingTimeSettings.YOUNG_NIGHT_END, zone);
            List<CoverSegment> covered = segmentsAt.getOrDefault(d.location().id(), List.of()).stream()
                    .filter(s -> start <= s.start() && s.end() <= end)
                    .toList();
            shifts.add(new Shift(
                    Shift.idOf(date, t.id(), d.location().id()),
                    date,
                    dayIndex,
                    t,
                    d.location(),
                    start,
                    end,
                    (int) Math.max(0, end - start - t.breakMinutes()),
                    nightMinutes,
                    youngNight,
                    nightMinutes >= wt.nightShiftMinutes(),
                    est.dayType(date),
                    weekend,
                    weekendKey,
                    dayIndex / 7,
                    horizon.restBlocksOverlapping(start, end),
                    covered,
                    covered.stream().map(intervalOf::get).distinct().toList()));
        }
        return shifts;
    }

    /** One activity on one date, resolved to epoch minutes. */
    private record Occurrence(Activity activity, long start, long end) {}

    static List<CoverSegment> segments(Problem problem) {
        Establishment est = problem.establishment();
        Map<String, List<Occurrence>> occurrences = new HashMap<>();
        for (LocalDate date : problem.dates()) {
            DayType dayType = est.dayType(date);
            for (Activity a : problem.activities()) {
                if (a.runsOn(dayType)) {
                    TimeSpan span = LocalTimes.span(date, a.start(), a.end(), est.zone());
                    occurrences
                            .computeIfAbsent(a.location(), k -> new ArrayList<>())
                            .add(new Occurrence(
                                    a, LocalTimes.epochMinute(span.start()), LocalTimes.epochMinute(span.end())));
                }
            }
        }
        Map<String, List<Draft>> shiftsAt = new HashMap<>();
        drafts(problem)
                .forEach(s -> shiftsAt.computeIfAbsent(s.location().id(), k -> new ArrayList<>())
                        .add(s));

        List<CoverSegment> segments = new ArrayList<>();
        for (Location location : est.locations()) {
            List<Occurrence> occ = occurrences.getOrDefault(location.id(), List.of());
            if (occ.isEmpty()) {
                continue; // no regime demand here (e.g. demand given only as named slots)
            }
            List<Draft> here = shiftsAt.getOrDefault(location.id(), List.of());
            TreeSet<Long> points = new TreeSet<>();
            occ.forEach(o -> {
                points.add(o.start());
                points.add(o.end());
            });
            here.forEach(s -> {
                points.add(s.start());
                points.add(s.end());
            });
            Long previous = null;
            for (Long point : points) {
                if (previous != null) {
                    addSegments(segments, location, previous, point, occ, here, est);
                }
                previous = point;
            }
        }
        return segments;
    }

    private static void addSegments(
            List<CoverSegment> segments,
            Location location,
            long from,
            long to,
            List<Occurrence> occurrences,
            List<Draft> shifts,
            Establishment est) {
        List<Activity> active = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.start() <= from && to <= o.end()) {
                active.add(o.activity());
            }
        }
        if (active.isEmpty() && shifts.stream().noneMatch(s -> s.start() <= from && to <= s.end())) {
            return; // nobody is needed and nobody can be here
        }
        Map<Qualification, int[]> demand = new LinkedHashMap<>(); // msl, tier1, tier2, tier3 extras
        demand.put(Qualification.ANY, new int[4]);
        for (Activity a : active) {
            add(demand.get(Qualification.ANY), a.tier(), a.msl(), a.sdsol());
            for (StaffingLine line : a.lines()) {
                add(demand.computeIfAbsent(line.qualification(), q -> new int[4]), a.tier(), line.msl(), line.sdsol());
            }
        }
        List<String> activityIds = active.stream().map(Activity::id).toList();
        demand.forEach((q, d) -> segments.add(new CoverSegment(
                location.id() + "@" + from + "-" + to + "/" + q.label(),
                location,
                from,
                to,
                q,
                d[0],
                new int[] {d[1], d[2], d[3]},
                est.tierWeights(),
                activityIds)));
    }

    private static void add(int[] demand, int tier, int msl, int sdsol) {
        demand[0] += msl;
        demand[tier] += sdsol - msl;
    }
}
