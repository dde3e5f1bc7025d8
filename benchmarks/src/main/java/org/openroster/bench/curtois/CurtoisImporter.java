package org.openroster.bench.curtois;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.bench.curtois.CurtoisInstance.Cover;
import org.openroster.bench.curtois.CurtoisInstance.Employee;
import org.openroster.bench.curtois.CurtoisInstance.ShiftRequest;
import org.openroster.bench.curtois.CurtoisInstance.ShiftType;
import org.openroster.model.Adjustments;
import org.openroster.model.Contract;
import org.openroster.model.Establishment;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.SlotDemand;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkRules;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.solver.Rule;

/**
 * Maps a benchmark instance onto the engine's own {@link Problem}, using only general capabilities:
 * one location, one template per shift type (with its forbidden successors), people whose
 * {@link WorkRules} carry the instance's hard limits, days off, requests and named-slot cover.
 * Rules that are not part of the benchmark (working-time law, fairness, contract targets) are
 * switched off by weight, and cover and requests move to the soft level with weight 1 per unit, so
 * that the solver's soft score is minus the instance's objective and its hard score counts only the
 * instance's hard rules.
 */
public final class CurtoisImporter {

    /** Day 0 of every instance is a Monday; any Monday will do. */
    public static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** The one location of an instance. */
    public static final String WARD = "WARD";

    /** Every shift starts at midnight UTC: lengths are all the benchmark defines, and no two overlap. */
    private static final LocalTime SHIFT_START = LocalTime.MIDNIGHT;

    private CurtoisImporter() {}

    /** The weight overrides that turn the engine's rule set into the benchmark's. */
    public static Map<String, String> benchmarkWeights() {
        Map<String, String> w = new LinkedHashMap<>();
        for (Rule off : List.of(
                Rule.DAILY_REST,
                Rule.WEEKLY_REST,
                Rule.REST_BREAK,
                Rule.AVERAGE_WEEKLY_HOURS,
                Rule.NIGHT_WORK_LIMIT,
                Rule.YOUNG_WORKER_LIMITS,
                Rule.COMPENSATORY_REST,
                Rule.FAIR_UNSOCIAL_WORK,
                Rule.PREFERRED_CONSECUTIVE_DAYS,
                Rule.EXTRA_HOURS,
                Rule.UNUSED_HOURS,
                Rule.OVER_STAFFING,
                Rule.REGIME_BELOW_SDSOL)) {
            w.put(off.id(), "0soft");
        }
        for (Rule soft : List.of(Rule.SLOT_UNDER_COVER, Rule.SLOT_OVER_COVER, Rule.REQUESTS)) {
            w.put(soft.id(), "1soft");
        }
        return w;
    }

    public static Problem toProblem(CurtoisInstance instance) {
        List<ShiftTemplate> templates =
                instance.shifts().stream().map(CurtoisImporter::template).toList();
        List<Person> people = new ArrayList<>();
        for (Employee e : instance.staff()) {
            Set<LocalDate> daysOff = new LinkedHashSet<>();
            instance.daysOff().getOrDefault(e.id(), Set.of()).forEach(d -> daysOff.add(date(d)));
            people.add(new Person(
                    e.id(),
                    e.id(),
                    Grade.OFFICER,
                    Set.of(),
                    Set.of(),
                    Adjustments.NONE,
                    true,
                    false,
                    false,
                    null,
                    // the rules' min and max total minutes replace the contract's band; the contract's
                    // weekly hours put its target in the middle of that band
                    new Contract.FullTime(
                            Math.max(1, (e.minTotalMinutes() + e.maxTotalMinutes()) / 2 * 7 / instance.days()), 0),
                    new WorkRules(
                            e.maxConsecutiveShifts(),
                            e.minConsecutiveShifts(),
                            e.minConsecutiveDaysOff(),
                            e.maxWeekends(),
                            e.maxShifts(),
                            e.minTotalMinutes(),
                            e.maxTotalMinutes(),
                            0),
                    Set.of(),
                    daysOff,
                    History.NONE));
        }
        List<Request> requests = new ArrayList<>();
        for (ShiftRequest r : instance.onRequests()) {
            requests.add(new Request(r.employee(), date(r.day()), r.shift(), true, r.weight()));
        }
        for (ShiftRequest r : instance.offRequests()) {
            requests.add(new Request(r.employee(), date(r.day()), r.shift(), false, r.weight()));
        }
        List<SlotDemand> slots = new ArrayList<>();
        for (Cover c : instance.cover()) {
            slots.add(new SlotDemand(
                    date(c.day()), c.shift(), WARD, 0, c.requirement(), c.underWeight(), c.overWeight()));
        }
        Establishment establishment = new Establishment(
                instance.name(),
                "Curtois & Qu " + instance.name(),
                ZoneOffset.UTC,
                List.of(new Location(WARD, "Ward", LocationKind.OTHER)),
                Set.of(),
                Set.of(),
                WorkingTimeSettings.GB,
                TierWeights.DEFAULT);
        return new Problem(
                instance.name(),
                establishment,
                START,
                instance.days(),
                templates,
                List.of(),
                people,
                List.of(),
                requests,
                List.of(),
                slots,
                benchmarkWeights());
    }

    private static ShiftTemplate template(ShiftType s) {
        return new ShiftTemplate(
                s.id(),
                s.id(),
                SHIFT_START,
                SHIFT_START.plusMinutes(s.minutes()),
                0,
                Set.of(),
                Set.of(),
                Set.of(),
                s.cannotFollow());
    }

    public static LocalDate date(int day) {
        return START.plusDays(day);
    }

    public static int day(LocalDate date) {
        return (int) (date.toEpochDay() - START.toEpochDay());
    }
}
