package org.openroster.io;

import static org.openroster.io.At.or;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openroster.io.ProblemFormat.ActivityJson;
import org.openroster.io.ProblemFormat.AdjustmentsJson;
import org.openroster.io.ProblemFormat.AnnualisedJson;
import org.openroster.io.ProblemFormat.ChoiceJson;
import org.openroster.io.ProblemFormat.ClosedPeriodJson;
import org.openroster.io.ProblemFormat.CompressedJson;
import org.openroster.io.ProblemFormat.ContractJson;
import org.openroster.io.ProblemFormat.DualJson;
import org.openroster.io.ProblemFormat.EstablishmentJson;
import org.openroster.io.ProblemFormat.FullTimeJson;
import org.openroster.io.ProblemFormat.HistoryJson;
import org.openroster.io.ProblemFormat.JobShareContractJson;
import org.openroster.io.ProblemFormat.JobShareJson;
import org.openroster.io.ProblemFormat.LeaveJson;
import org.openroster.io.ProblemFormat.LineJson;
import org.openroster.io.ProblemFormat.LocationJson;
import org.openroster.io.ProblemFormat.MinimumHoursJson;
import org.openroster.io.ProblemFormat.PartTimeJson;
import org.openroster.io.ProblemFormat.PersonJson;
import org.openroster.io.ProblemFormat.PinJson;
import org.openroster.io.ProblemFormat.PostJson;
import org.openroster.io.ProblemFormat.ProblemFile;
import org.openroster.io.ProblemFormat.RequestJson;
import org.openroster.io.ProblemFormat.RotaLineJson;
import org.openroster.io.ProblemFormat.RulesJson;
import org.openroster.io.ProblemFormat.SlotDemandJson;
import org.openroster.io.ProblemFormat.SpanJson;
import org.openroster.io.ProblemFormat.TemplateJson;
import org.openroster.io.ProblemFormat.TermTimeJson;
import org.openroster.io.ProblemFormat.TierWeightsJson;
import org.openroster.io.ProblemFormat.WorkingTimeJson;
import org.openroster.model.Activity;
import org.openroster.model.Adjustments;
import org.openroster.model.Contract;
import org.openroster.model.DayType;
import org.openroster.model.Establishment;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.JobSharePost;
import org.openroster.model.Leave;
import org.openroster.model.Location;
import org.openroster.model.Person;
import org.openroster.model.Pin;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.RotaLine;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.SlotDemand;
import org.openroster.model.StaffingLine;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkRules;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.solver.Rule;
import org.openroster.solver.Scores;
import org.openroster.time.LocalTimes;
import org.openroster.time.TimeSpan;

/**
 * Maps the problem file's records to the model and back. Reading checks each value where it is, so
 * that a failure names its path; rules that span the whole problem (ids, references, overlapping
 * leave) are left to {@link org.openroster.model.ProblemValidator}. Writing is deterministic: sets
 * are written sorted, maps by key, and the rules most people share become {@code defaultRules}.
 */
final class ProblemMapper {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    /** The names of the working-time presets, as {@code workingTime.preset} takes them. */
    static final Map<String, WorkingTimeSettings> PRESETS = presets();

    /** Kinds a post of a dual contract may have: one contract of a single kind, not dual or jobShare. */
    static final List<String> POST_KINDS =
            List.of("fullTime", "partTime", "compressed", "annualised", "termTime", "minimumHours");

    private ProblemMapper() {}

    private static Map<String, WorkingTimeSettings> presets() {
        Map<String, WorkingTimeSettings> presets = new LinkedHashMap<>();
        presets.put("GB", WorkingTimeSettings.GB);
        presets.put("prisonSpecialCase", WorkingTimeSettings.prisonSpecialCase());
        return java.util.Collections.unmodifiableMap(presets);
    }

    // =====================================================================================
    // Reading
    // =====================================================================================

    static Problem toModel(ProblemFile f) {
        At at = At.ROOT;
        String id = at.id("id", f.id());
        Establishment establishment =
                establishment(at.field("establishment"), at.required("establishment", f.establishment()));
        LocalDate start = at.date("start", f.start());
        int days = at.positive("days", f.days());
        WorkRules defaultRules =
                f.defaultRules() == null ? WorkRules.DEFAULT : rules(at.field("defaultRules"), f.defaultRules());
        List<ShiftTemplate> templates = at.each("templates", f.templates(), ProblemMapper::template);
        List<Activity> activities = at.each("activities", f.activities(), ProblemMapper::activity);
        List<Person> people =
                at.each("people", at.required("people", f.people()), (a, p) -> person(a, p, defaultRules));
        List<Leave> leave = at.each("leave", f.leave(), ProblemMapper::leave);
        List<Request> requests = at.each("requests", f.requests(), ProblemMapper::request);
        List<Pin> pins = at.each("pins", f.pins(), ProblemMapper::pin);
        List<SlotDemand> slots = at.each("slotDemands", f.slotDemands(), ProblemMapper::slotDemand);
        Map<String, String> weights = or(f.constraintWeights(), Map.of());
        List<JobSharePost> jobShares = at.each("jobShares", f.jobShares(), ProblemMapper::jobShare);
        List<RotaLine> rotaLines = at.each("rotaLines", f.rotaLines(), ProblemMapper::rotaLine);
        List<Request> choices = at.each("choices", f.choices(), ProblemMapper::choice);
        return at.build(() -> new Problem(
                id,
                establishment,
                start,
                days,
                templates,
                activities,
                people,
                leave,
                requests,
                pins,
                slots,
                weights,
                jobShares,
                rotaLines,
                choices));
    }

    /**
     * Problems with {@code constraintWeights}: an id that is not a rule's, text that is not a score, a
     * negative weight. Kept apart from mapping so they are reported with the validator's findings.
     */
    static List<String> weightErrors(Map<String, String> weights) {
        List<String> errors = new ArrayList<>();
        new TreeMap<>(weights).forEach((rule, text) -> {
            At at = At.ROOT.field("constraintWeights").field(rule);
            if (Rule.byId(rule).isEmpty()) {
                errors.add(at.describe() + " (" + At.show(rule) + ") is not a known constraint id. Maybe one of "
                        + java.util.Arrays.stream(Rule.values()).map(Rule::id).toList() + ".");
                return;
            }
            try {
                var w = Scores.parse(text);
                if (w.hardScore() < 0 || w.mediumScore() < 0 || w.softScore() < 0) {
                    errors.add(at.describe() + " (" + At.show(text) + ") must not be negative.");
                }
            } catch (IllegalArgumentException e) {
                errors.add(at.describe() + " (" + At.show(text)
                        + ") is not a score. Maybe \"0hard/0medium/5soft\" or \"5soft\".");
            }
        });
        return errors;
    }

    private static Establishment establishment(At at, EstablishmentJson e) {
        String id = at.id("id", e.id());
        ZoneId zone = at.zone("zone", e.zone(), DEFAULT_ZONE);
        List<Location> locations = at.each("locations", e.locations(), ProblemMapper::location);
        At.uniqueIds(at.field("locations"), locations.stream().map(Location::id).toList());
        Set<String> skills = at.set("skills", e.skills());
        Set<LocalDate> holidays = at.dates("publicHolidays", e.publicHolidays());
        WorkingTimeSettings workingTime = e.workingTime() == null
                ? WorkingTimeSettings.GB
                : workingTime(at.field("workingTime"), e.workingTime());
        TierWeights tierWeights =
                e.tierWeights() == null ? TierWeights.DEFAULT : tierWeights(at.field("tierWeights"), e.tierWeights());
        return at.build(
                () -> new Establishment(id, e.name(), zone, locations, skills, holidays, workingTime, tierWeights));
    }

    private static Location location(At at, LocationJson l) {
        String id = at.id("id", l.id());
        return at.build(() -> new Location(id, l.name(), l.kind()));
    }

    private static WorkingTimeSettings workingTime(At at, WorkingTimeJson w) {
        WorkingTimeSettings base = WorkingTimeSettings.GB;
        if (w.preset() != null) {
            base = PRESETS.get(w.preset());
            if (base == null) {
                throw at.field("preset").fail(w.preset(), "is not a preset. Maybe one of " + PRESETS.keySet() + ".");
            }
        }
        WorkingTimeSettings b = base;
        int referenceWeeks = at.positive("referenceWeeks", w.referenceWeeks(), b.referenceWeeks());
        int maxAverageWeekly =
                at.positive("maxAverageWeeklyMinutes", w.maxAverageWeeklyMinutes(), b.maxAverageWeeklyMinutes());
        int nightAverageDaily =
                at.positive("nightAverageDailyMinutes", w.nightAverageDailyMinutes(), b.nightAverageDailyMinutes());
        LocalTime nightStart = or(at.optionalTime("nightStart", w.nightStart()), b.nightStart());
        LocalTime nightEnd = or(at.optionalTime("nightEnd", w.nightEnd()), b.nightEnd());
        int nightShift = at.nonNegative("nightShiftMinutes", w.nightShiftMinutes(), b.nightShiftMinutes());
        int dailyRest = at.nonNegative("dailyRestMinutes", w.dailyRestMinutes(), b.dailyRestMinutes());
        int weeklyRest = at.nonNegative("weeklyRestMinutes", w.weeklyRestMinutes(), b.weeklyRestMinutes());
        int fortnightlyRest =
                at.nonNegative("fortnightlyRestMinutes", w.fortnightlyRestMinutes(), b.fortnightlyRestMinutes());
        int breakAfter = at.nonNegative("breakAfterMinutes", w.breakAfterMinutes(), b.breakAfterMinutes());
        int breakMinutes = at.nonNegative("breakMinutes", w.breakMinutes(), b.breakMinutes());
        boolean specialCase = or(w.specialCase(), b.specialCase());
        int dailyFloor = at.nonNegative(
                "displacedDailyRestFloorMinutes",
                w.displacedDailyRestFloorMinutes(),
                b.displacedDailyRestFloorMinutes());
        int weeklyFloor = at.nonNegative(
                "displacedWeeklyRestFloorMinutes",
                w.displacedWeeklyRestFloorMinutes(),
                b.displacedWeeklyRestFloorMinutes());
        if (dailyFloor > dailyRest) {
            throw at.field("displacedDailyRestFloorMinutes")
                    .fail(dailyFloor, "must be <= dailyRestMinutes (" + dailyRest + ").");
        }
        if (weeklyFloor > fortnightlyRest) {
            throw at.field("displacedWeeklyRestFloorMinutes")
                    .fail(weeklyFloor, "must be <= fortnightlyRestMinutes (" + fortnightlyRest + ").");
        }
        return at.build(() -> new WorkingTimeSettings(
                referenceWeeks,
                maxAverageWeekly,
                nightAverageDaily,
                nightStart,
                nightEnd,
                nightShift,
                dailyRest,
                weeklyRest,
                fortnightlyRest,
                breakAfter,
                breakMinutes,
                specialCase,
                dailyFloor,
                weeklyFloor));
    }

    private static TierWeights tierWeights(At at, TierWeightsJson t) {
        TierWeights d = TierWeights.DEFAULT;
        return new TierWeights(
                at.nonNegative("tier1", t.tier1(), d.tier1()),
                at.nonNegative("tier2", t.tier2(), d.tier2()),
                at.nonNegative("tier3", t.tier3(), d.tier3()));
    }

    private static ShiftTemplate template(At at, TemplateJson t) {
        String id = at.id("id", t.id());
        LocalTime start = at.time("start", t.start());
        LocalTime end = at.time("end", t.end());
        int breakMinutes = at.nonNegative("breakMinutes", t.breakMinutes(), 0);
        long length = LocalTimes.nominalMinutes(start, end);
        if (breakMinutes >= length) {
            throw at.field("breakMinutes")
                    .fail(breakMinutes, "must be shorter than the shift (" + length + " minutes from start to end).");
        }
        var grades = at.set("grades", t.grades());
        var locations = at.set("locations", t.locations());
        var skills = at.set("requiredSkills", t.requiredSkills());
        var next = at.set("cannotBeFollowedBy", t.cannotBeFollowedBy());
        return at.build(
                () -> new ShiftTemplate(id, t.name(), start, end, breakMinutes, grades, locations, skills, next));
    }

    private static Activity activity(At at, ActivityJson a) {
        String id = at.id("id", a.id());
        String location = at.id("location", a.location());
        Set<DayType> dayTypes = at.set("dayTypes", at.required("dayTypes", a.dayTypes()));
        if (dayTypes.isEmpty()) {
            throw at.field("dayTypes")
                    .fail("[]", "must name at least one day type. Maybe one of " + List.of(DayType.values()) + ".");
        }
        LocalTime start = at.time("start", a.start());
        LocalTime end = at.time("end", a.end());
        int tier = at.required("tier", a.tier());
        if (tier < 1 || tier > 3) {
            throw at.field("tier").fail(tier, "must be 1 (safety), 2 (statutory) or 3 (purposeful activity).");
        }
        int msl = at.nonNegative("msl", a.msl());
        int sdsol = at.nonNegative("sdsol", a.sdsol());
        if (msl > sdsol) {
            throw at.field("msl").fail(msl, "must be <= sdsol (" + sdsol + ").");
        }
        List<StaffingLine> lines = at.each("lines", a.lines(), ProblemMapper::line);
        return at.build(() -> new Activity(id, a.name(), location, dayTypes, start, end, tier, msl, sdsol, lines));
    }

    private static StaffingLine line(At at, LineJson l) {
        var grades = at.set("grades", l.grades());
        int msl = at.nonNegative("msl", l.msl());
        int sdsol = at.nonNegative("sdsol", l.sdsol());
        if (msl > sdsol) {
            throw at.field("msl").fail(msl, "must be <= sdsol (" + sdsol + ").");
        }
        return at.build(() -> new StaffingLine(grades, l.skill(), msl, sdsol));
    }

    private static Person person(At at, PersonJson p, WorkRules defaultRules) {
        String id = at.id("id", p.id());
        var grade = at.required("grade", p.grade());
        var skills = at.set("skills", p.skills());
        var locations = at.set("locations", p.locations());
        Adjustments adjustments =
                p.adjustments() == null ? Adjustments.NONE : adjustments(at.field("adjustments"), p.adjustments());
        LocalDate serviceStart = at.optionalDate("serviceStart", p.serviceStart());
        Contract contract = contract(at.field("contract"), at.required("contract", p.contract()));
        WorkRules rules = p.rules() == null ? defaultRules : rules(at.field("rules"), p.rules());
        var fixedRestDays = at.set("fixedRestDays", p.fixedRestDays());
        var daysOff = at.dates("daysOff", p.daysOff());
        History history = p.history() == null ? History.NONE : history(at.field("history"), p.history());
        return at.build(() -> new Person(
                id,
                p.name(),
                grade,
                skills,
                locations,
                adjustments,
                or(p.optedOut(), false),
                or(p.youngWorker(), false),
                or(p.nightWorker(), false),
                serviceStart,
                contract,
                rules,
                fixedRestDays,
                daysOff,
                history));
    }

    private static Adjustments adjustments(At at, AdjustmentsJson a) {
        return new Adjustments(
                or(a.noNights(), false),
                at.nonNegative("maxShiftMinutes", a.maxShiftMinutes(), 0),
                or(a.noControlAndRestraint(), false),
                at.optionalTime("fixedStart", a.fixedStart()));
    }

    /** One case per contract kind; the sealed interface makes a new kind a compile error here. */
    private static Contract contract(At at, ContractJson c) {
        return switch (c) {
            case FullTimeJson f -> {
                int weekly = at.positive("weeklyMinutes", f.weeklyMinutes(), Contract.FULL_TIME_WEEKLY_MINUTES);
                int extra = at.nonNegative("maxExtraMinutesPerWeek", f.maxExtraMinutesPerWeek(), 0);
                yield at.build(() -> new Contract.FullTime(weekly, extra));
            }
            case PartTimeJson p -> {
                int weekly = at.positive("weeklyMinutes", p.weeklyMinutes());
                int extra = at.nonNegative("maxExtraMinutesPerWeek", p.maxExtraMinutesPerWeek(), 0);
                yield at.build(() -> new Contract.PartTime(weekly, extra));
            }
            case CompressedJson x -> {
                int days = at.required("daysPerWeek", x.daysPerWeek());
                if (days < 1 || days > 6) {
                    throw at.field("daysPerWeek")
                            .fail(days, "must be 1 to 6: compressed hours are the week in fewer, longer days.");
                }
                int dayMinutes = at.positive("dayMinutes", x.dayMinutes());
                int extra = at.nonNegative("maxExtraMinutesPerWeek", x.maxExtraMinutesPerWeek(), 0);
                yield at.build(() -> new Contract.Compressed(days, dayMinutes, extra));
            }
            case AnnualisedJson a ->
                annualised(
                        at,
                        a.annualMinutes(),
                        a.yearStart(),
                        a.reservePercent(),
                        a.toleranceMinutes(),
                        a.yearEnd(),
                        a.carryForwardCapMinutes(),
                        a.creditedToDateMinutes());
            case TermTimeJson t -> {
                Contract.Annualised terms = annualised(
                        at,
                        t.annualMinutes(),
                        t.yearStart(),
                        t.reservePercent(),
                        t.toleranceMinutes(),
                        t.yearEnd(),
                        t.carryForwardCapMinutes(),
                        t.creditedToDateMinutes());
                List<Contract.ClosedPeriod> closed = closedPeriods(at, t.closedPeriods());
                yield at.build(() -> new Contract.TermTime(terms, closed));
            }
            case JobShareContractJson j -> {
                String post = at.id("post", j.post());
                int weekly = at.positive("weeklyMinutes", j.weeklyMinutes());
                int extra = at.nonNegative("maxExtraMinutesPerWeek", j.maxExtraMinutesPerWeek(), 0);
                yield at.build(() -> new Contract.JobShare(post, weekly, extra));
            }
            case MinimumHoursJson m -> {
                int guaranteed = at.positive("guaranteedMinutesPerWeek", m.guaranteedMinutesPerWeek());
                int cap = at.nonNegative("extraCapMinutesPerWeek", m.extraCapMinutesPerWeek(), 0);
                boolean willing = or(m.willingForExtra(), false);
                yield at.build(() -> new Contract.MinimumHours(guaranteed, cap, willing));
            }
            case DualJson d -> dual(at, d);
        };
    }

    private static Contract.Annualised annualised(
            At at,
            Integer annualMinutes,
            String yearStart,
            Integer reservePercent,
            Integer toleranceMinutes,
            Contract.YearEndPolicy yearEnd,
            Integer carryForwardCapMinutes,
            Long creditedToDateMinutes) {
        int annual = at.positive("annualMinutes", annualMinutes);
        LocalDate start = at.date("yearStart", yearStart);
        int reserve = at.nonNegative("reservePercent", reservePercent, 0);
        if (reserve > 99) {
            throw at.field("reservePercent").fail(reserve, "must be 0 to 99: the share of the year held in reserve.");
        }
        int tolerance = at.nonNegative("toleranceMinutes", at.required("toleranceMinutes", toleranceMinutes));
        int cap = at.nonNegative("carryForwardCapMinutes", carryForwardCapMinutes, 0);
        long credited = at.nonNegative("creditedToDateMinutes", creditedToDateMinutes, 0L);
        Contract.YearEndPolicy policy = or(yearEnd, Contract.YearEndPolicy.CARRY_FORWARD);
        return at.build(() -> new Contract.Annualised(annual, start, reserve, tolerance, policy, cap, credited));
    }

    /** A term-time contract's closed periods, each ending on or after its start, none overlapping another. */
    private static List<Contract.ClosedPeriod> closedPeriods(At at, List<ClosedPeriodJson> periods) {
        List<Contract.ClosedPeriod> closed = at.each("closedPeriods", periods, (a, c) -> {
            LocalDate from = a.date("from", c.from());
            LocalDate to = a.date("to", c.to());
            if (to.isBefore(from)) {
                throw a.field("to").fail(c.to(), "is before from (" + from + ").");
            }
            return a.build(() -> new Contract.ClosedPeriod(from, to));
        });
        for (int i = 0; i < closed.size(); i++) {
            for (int j = 0; j < i; j++) {
                Contract.ClosedPeriod p = closed.get(i);
                Contract.ClosedPeriod q = closed.get(j);
                if (!p.from().isAfter(q.to()) && !q.from().isAfter(p.to())) {
                    throw at.field("closedPeriods")
                            .index(i)
                            .fail(
                                    p.from() + " to " + p.to(),
                                    "overlaps closedPeriods[" + j + "] (" + q.from() + " to " + q.to()
                                            + "). Maybe join them into one period.");
                }
            }
        }
        return closed;
    }

    private static Contract.Dual dual(At at, DualJson d) {
        List<PostJson> given = at.required("posts", d.posts());
        if (given.size() < 2) {
            throw at.field("posts")
                    .fail(
                            given.stream().map(PostJson::id).toList(),
                            "must list at least two posts: a dual contract is two or more contracts held by one"
                                    + " person. Maybe give the single contract itself.");
        }
        List<Contract.Post> posts = at.each("posts", given, (a, p) -> {
            String id = a.id("id", p.id());
            Grade grade = a.required("grade", p.grade());
            ContractJson c = a.required("contract", p.contract());
            if (c instanceof DualJson || c instanceof JobShareContractJson) {
                throw a.field("contract")
                        .field("kind")
                        .fail(
                                c instanceof DualJson ? "dual" : "jobShare",
                                "is not allowed for a post of a dual contract: a post has one contract of a"
                                        + " single kind. Maybe one of " + String.join(", ", POST_KINDS) + ".");
            }
            Contract contract = contract(a.field("contract"), c);
            return a.build(() -> new Contract.Post(id, grade, contract));
        });
        At.uniqueIds(at.field("posts"), posts.stream().map(Contract.Post::id).toList());
        return at.build(() -> new Contract.Dual(posts));
    }

    private static WorkRules rules(At at, RulesJson r) {
        WorkRules d = WorkRules.DEFAULT;
        Map<String, Integer> maxShifts = new LinkedHashMap<>();
        At byTemplate = at.field("maxShiftsByTemplate");
        or(r.maxShiftsByTemplate(), Map.<String, Integer>of())
                .forEach((template, max) -> maxShifts.put(template, byTemplate.nonNegative(template, max)));
        Integer minTotal = at.optionalNonNegative("minTotalMinutes", r.minTotalMinutes());
        Integer maxTotal = at.optionalNonNegative("maxTotalMinutes", r.maxTotalMinutes());
        if (minTotal != null && maxTotal != null && minTotal > maxTotal) {
            throw at.field("minTotalMinutes").fail(minTotal, "must be <= maxTotalMinutes (" + maxTotal + ").");
        }
        int maxConsecutive = at.nonNegative("maxConsecutiveDays", r.maxConsecutiveDays(), d.maxConsecutiveDays());
        int minConsecutive = at.nonNegative("minConsecutiveDays", r.minConsecutiveDays(), d.minConsecutiveDays());
        if (minConsecutive > 0 && maxConsecutive > 0 && minConsecutive > maxConsecutive) {
            throw at.field("minConsecutiveDays")
                    .fail(minConsecutive, "must be <= maxConsecutiveDays (" + maxConsecutive + ").");
        }
        return at.build(() -> new WorkRules(
                maxConsecutive,
                minConsecutive,
                at.nonNegative("minConsecutiveDaysOff", r.minConsecutiveDaysOff(), d.minConsecutiveDaysOff()),
                at.nonNegative("maxWeekends", r.maxWeekends(), d.maxWeekends()),
                maxShifts,
                minTotal,
                maxTotal,
                at.nonNegative(
                        "preferredMaxConsecutiveDays",
                        r.preferredMaxConsecutiveDays(),
                        d.preferredMaxConsecutiveDays())));
    }

    private static History history(At at, HistoryJson h) {
        List<TimeSpan> spans = at.each("recentShifts", h.recentShifts(), ProblemMapper::span);
        Set<TimeSpan> seen = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            if (!seen.add(spans.get(i))) {
                throw at.field("recentShifts")
                        .index(i)
                        .fail(h.recentShifts().get(i).start(), "is listed twice.");
            }
        }
        return at.build(() -> new History(
                spans,
                at.nonNegative("referencePeriodMinutes", h.referencePeriodMinutes(), 0L),
                at.nonNegative("referencePeriodDays", h.referencePeriodDays(), 0)));
    }

    private static TimeSpan span(At at, SpanJson s) {
        Instant start = at.offsetDateTime("start", s.start());
        Instant end = at.offsetDateTime("end", s.end());
        if (end.isBefore(start)) {
            throw at.field("end").fail(s.end(), "is before its start (" + At.show(s.start()) + ").");
        }
        return new TimeSpan(start, end);
    }

    private static Leave leave(At at, LeaveJson l) {
        String person = at.id("person", l.person());
        LocalDate from = at.date("from", l.from());
        LocalDate to = at.date("to", l.to());
        if (to.isBefore(from)) {
            throw at.field("to").fail(l.to(), "is before from (" + from + ").");
        }
        return at.build(() -> new Leave(person, from, to, l.kind()));
    }

    private static Request request(At at, RequestJson r) {
        String person = at.id("person", r.person());
        LocalDate date = at.date("date", r.date());
        boolean wanted = at.required("wanted", r.wanted());
        int weight = at.positive("weight", r.weight());
        return at.build(() -> new Request(person, date, r.template(), wanted, weight));
    }

    private static Pin pin(At at, PinJson p) {
        String person = at.id("person", p.person());
        LocalDate date = at.date("date", p.date());
        if (p.template() != null && p.location() == null) {
            throw at.field("location").fail("is missing: a pin with a template needs a location too.");
        }
        if (p.template() == null && p.location() != null) {
            throw at.field("template")
                    .fail("is missing: a pin with a location needs a template too (give neither to pin a day off).");
        }
        return at.build(() -> new Pin(person, date, p.template(), p.location()));
    }

    private static SlotDemand slotDemand(At at, SlotDemandJson s) {
        LocalDate date = at.date("date", s.date());
        String template = at.id("template", s.template());
        String location = at.id("location", s.location());
        int minimum = at.nonNegative("minimum", s.minimum());
        int target = at.nonNegative("target", s.target());
        if (minimum > target) {
            throw at.field("minimum").fail(minimum, "must be <= target (" + target + ").");
        }
        int under = at.nonNegative("underWeight", s.underWeight());
        int over = at.nonNegative("overWeight", s.overWeight());
        return at.build(() -> new SlotDemand(date, template, location, minimum, target, under, over));
    }

    private static JobSharePost jobShare(At at, JobShareJson j) {
        String id = at.id("id", j.id());
        int weekly = at.positive("weeklyMinutes", j.weeklyMinutes());
        var coverDays = at.set("coverDays", j.coverDays());
        int handover = at.nonNegative("handoverMinutes", j.handoverMinutes(), 0);
        List<String> partners = List.copyOf(at.set("partners", at.required("partners", j.partners())));
        for (int i = 0; i < partners.size(); i++) {
            if (partners.get(i).isBlank()) {
                throw at.field("partners").index(i).fail(partners.get(i), "must not be blank.");
            }
        }
        if (partners.size() < 2) {
            throw at.field("partners")
                    .fail(
                            partners,
                            "must name at least two people: a job share is one post shared by two or more."
                                    + " Maybe give this person a partTime contract instead.");
        }
        return at.build(() -> new JobSharePost(id, weekly, coverDays, handover, partners));
    }

    private static RotaLine rotaLine(At at, RotaLineJson r) {
        String person = at.id("person", r.person());
        LocalDate anchor = at.date("anchor", r.anchor());
        List<String> cycle = at.required("cycle", r.cycle());
        if (cycle.isEmpty()) {
            throw at.field("cycle").fail("[]", "must list at least one entry (\"template@location\" or \"OFF\").");
        }
        for (int i = 0; i < cycle.size(); i++) {
            String entry = cycle.get(i);
            if (!RotaLine.OFF.equals(entry) && !isTemplateAtLocation(entry)) {
                String hint = RotaLine.OFF.equalsIgnoreCase(entry.strip()) ? " Maybe \"OFF\"." : "";
                throw at.field("cycle")
                        .index(i)
                        .fail(entry, "must be \"template@location\" (e.g. \"E@A\") or \"OFF\"." + hint);
            }
        }
        return at.build(() -> new RotaLine(person, anchor, cycle));
    }

    /** Whether a rota entry is "template@location": one {@code @} between two non-blank ids. */
    private static boolean isTemplateAtLocation(String entry) {
        int at = entry.indexOf('@');
        return at > 0
                && entry.indexOf('@', at + 1) < 0
                && !entry.substring(0, at).isBlank()
                && !entry.substring(at + 1).isBlank();
    }

    private static Request choice(At at, ChoiceJson c) {
        String person = at.id("person", c.person());
        LocalDate date = at.date("date", c.date());
        if (c.template() == null) {
            throw at.field("template")
                    .fail("is missing: a self-rostering choice names the template chosen. Maybe add \"template\" to "
                            + at.describe() + ", or make it a request.");
        }
        String template = at.id("template", c.template());
        int weight = at.positive("weight", c.weight());
        return at.build(() -> new Request(person, date, template, true, weight));
    }

    // =====================================================================================
    // Writing
    // =====================================================================================

    static ProblemFile toJson(Problem p) {
        WorkRules defaultRules = mostCommonRules(p.people());
        ZoneId zone = p.establishment().zone();
        return new ProblemFile(
                ProblemFormat.VERSION,
                p.id(),
                establishment(p.establishment()),
                p.start().toString(),
                p.days(),
                p.templates().stream().map(ProblemMapper::template).toList(),
                p.activities().stream().map(ProblemMapper::activity).toList(),
                p.people().stream().map(x -> person(x, defaultRules, zone)).toList(),
                rules(defaultRules),
                p.leave().stream()
                        .map(l -> new LeaveJson(l.person(), l.from().toString(), l.to().toString(), l.kind()))
                        .toList(),
                p.requests().stream()
                        .map(r ->
                                new RequestJson(r.person(), r.date().toString(), r.template(), r.wanted(), r.weight()))
                        .toList(),
                p.pins().stream()
                        .map(x -> new PinJson(x.person(), x.date().toString(), x.template(), x.location()))
                        .toList(),
                p.slotDemands().stream()
                        .map(s -> new SlotDemandJson(
                                s.date().toString(),
                                s.template(),
                                s.location(),
                                s.minimum(),
                                s.target(),
                                s.underWeight(),
                                s.overWeight()))
                        .toList(),
                new TreeMap<>(p.constraintWeights()),
                p.jobShares().stream()
                        .map(j -> new JobShareJson(
                                j.id(), j.weeklyMinutes(), sorted(j.coverDays()), j.handoverMinutes(), j.partners()))
                        .toList(),
                p.rotaLines().stream()
                        .map(r -> new RotaLineJson(r.person(), r.anchor().toString(), r.cycle()))
                        .toList(),
                p.choices().stream()
                        .map(c -> new ChoiceJson(c.person(), c.date().toString(), c.template(), c.weight()))
                        .toList());
    }

    /** The rules most people have (the first such on a tie), or the built-in default for nobody. */
    static WorkRules mostCommonRules(List<Person> people) {
        Map<WorkRules, Integer> counts = new LinkedHashMap<>();
        people.forEach(x -> counts.merge(x.rules(), 1, Integer::sum));
        WorkRules best = WorkRules.DEFAULT;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static EstablishmentJson establishment(Establishment e) {
        WorkingTimeSettings w = e.workingTime();
        TierWeights t = e.tierWeights();
        return new EstablishmentJson(
                e.id(),
                e.name(),
                e.zone().getId(),
                e.locations().stream()
                        .map(l -> new LocationJson(l.id(), l.name(), l.kind()))
                        .toList(),
                sorted(e.skills()),
                sortedText(e.publicHolidays()),
                new WorkingTimeJson(
                        null,
                        w.referenceWeeks(),
                        w.maxAverageWeeklyMinutes(),
                        w.nightAverageDailyMinutes(),
                        w.nightStart().toString(),
                        w.nightEnd().toString(),
                        w.nightShiftMinutes(),
                        w.dailyRestMinutes(),
                        w.weeklyRestMinutes(),
                        w.fortnightlyRestMinutes(),
                        w.breakAfterMinutes(),
                        w.breakMinutes(),
                        w.specialCase(),
                        w.displacedDailyRestFloorMinutes(),
                        w.displacedWeeklyRestFloorMinutes()),
                new TierWeightsJson(t.tier1(), t.tier2(), t.tier3()));
    }

    private static TemplateJson template(ShiftTemplate t) {
        return new TemplateJson(
                t.id(),
                t.name(),
                t.start().toString(),
                t.end().toString(),
                t.breakMinutes(),
                sorted(t.grades()),
                sorted(t.locations()),
                sorted(t.requiredSkills()),
                sorted(t.cannotBeFollowedBy()));
    }

    private static ActivityJson activity(Activity a) {
        return new ActivityJson(
                a.id(),
                a.name(),
                a.location(),
                a.dayTypes().stream().sorted().toList(),
                a.start().toString(),
                a.end().toString(),
                a.tier(),
                a.msl(),
                a.sdsol(),
                a.lines().isEmpty()
                        ? null
                        : a.lines().stream()
                                .map(l -> new LineJson(sorted(l.grades()), l.skill(), l.msl(), l.sdsol()))
                                .toList());
    }

    private static PersonJson person(Person x, WorkRules defaultRules, ZoneId zone) {
        return new PersonJson(
                x.id(),
                x.name(),
                x.grade(),
                sorted(x.skills()),
                sorted(x.locations()),
                x.adjustments().equals(Adjustments.NONE) ? null : adjustments(x.adjustments()),
                trueOrNull(x.optedOut()),
                trueOrNull(x.youngWorker()),
                trueOrNull(x.nightWorker()),
                x.serviceStart() == null ? null : x.serviceStart().toString(),
                contract(x.contract()),
                x.rules().equals(defaultRules) ? null : rules(x.rules()),
                sorted(x.fixedRestDays()),
                sortedText(x.daysOff()),
                x.history().equals(History.NONE) ? null : history(x.history(), zone));
    }

    private static AdjustmentsJson adjustments(Adjustments a) {
        return new AdjustmentsJson(
                a.noNights(),
                a.maxShiftMinutes(),
                a.noControlAndRestraint(),
                a.fixedStart() == null ? null : a.fixedStart().toString());
    }

    /** One case per contract kind; the sealed interface makes a new kind a compile error here. */
    private static ContractJson contract(Contract c) {
        return switch (c) {
            case Contract.FullTime f -> new FullTimeJson(f.weeklyMinutes(), f.maxExtraMinutesPerWeek());
            case Contract.PartTime p -> new PartTimeJson(p.weeklyMinutes(), p.maxExtraMinutesPerWeek());
            case Contract.Compressed x ->
                new CompressedJson(x.daysPerWeek(), x.dayMinutes(), x.maxExtraMinutesPerWeek());
            case Contract.Annualised a ->
                new AnnualisedJson(
                        a.annualMinutes(),
                        a.yearStart().toString(),
                        a.reservePercent(),
                        a.toleranceMinutes(),
                        a.yearEnd(),
                        a.carryForwardCapMinutes(),
                        a.creditedToDateMinutes());
            case Contract.TermTime t -> {
                Contract.Annualised a = t.terms();
                yield new TermTimeJson(
                        a.annualMinutes(),
                        a.yearStart().toString(),
                        a.reservePercent(),
                        a.toleranceMinutes(),
                        a.yearEnd(),
                        a.carryForwardCapMinutes(),
                        a.creditedToDateMinutes(),
                        t.closed().stream()
                                .map(p -> new ClosedPeriodJson(p.from().toString(), p.to().toString()))
                                .toList());
            }
            case Contract.JobShare j ->
                new JobShareContractJson(j.post(), j.weeklyMinutes(), j.maxExtraMinutesPerWeek());
            case Contract.MinimumHours m ->
                new MinimumHoursJson(m.guaranteedMinutesPerWeek(), m.extraCapMinutesPerWeek(), m.willingForExtra());
            case Contract.Dual d ->
                new DualJson(d.posts().stream()
                        .map(p -> new PostJson(p.id(), p.grade(), contract(p.contract())))
                        .toList());
        };
    }

    private static RulesJson rules(WorkRules r) {
        return new RulesJson(
                r.maxConsecutiveDays(),
                r.minConsecutiveDays(),
                r.minConsecutiveDaysOff(),
                r.maxWeekends(),
                r.maxShiftsByTemplate().isEmpty() ? null : new TreeMap<>(r.maxShiftsByTemplate()),
                r.minTotalMinutes(),
                r.maxTotalMinutes(),
                r.preferredMaxConsecutiveDays());
    }

    private static HistoryJson history(History h, ZoneId zone) {
        return new HistoryJson(
                h.recentShifts().isEmpty()
                        ? null
                        : h.recentShifts().stream()
                                .map(s -> new SpanJson(offsetText(s.start(), zone), offsetText(s.end(), zone)))
                                .toList(),
                h.referencePeriodMinutes(),
                h.referencePeriodDays());
    }

    /** An instant as an ISO offset date-time in the zone, seconds always shown. */
    static String offsetText(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).toOffsetDateTime());
    }

    private static Boolean trueOrNull(boolean value) {
        return value ? Boolean.TRUE : null;
    }

    /** A set in its natural order, or null (left out of the file) when empty. */
    private static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        return values.isEmpty() ? null : values.stream().sorted().toList();
    }

    private static <T extends Comparable<? super T>> List<String> sortedText(Collection<T> values) {
        return values.isEmpty()
                ? null
                : values.stream().sorted().map(Object::toString).toList();
    }
}
