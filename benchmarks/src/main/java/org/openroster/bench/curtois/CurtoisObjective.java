package org.openroster.bench.curtois;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.bench.curtois.CurtoisInstance.Cover;
import org.openroster.bench.curtois.CurtoisInstance.Employee;
import org.openroster.bench.curtois.CurtoisInstance.ShiftRequest;
import org.openroster.bench.curtois.CurtoisInstance.ShiftType;

/**
 * The benchmark's own judgement of a roster, computed from the raw instance and the duties alone,
 * exactly as the benchmark's README defines it and without any part of the engine: the objective
 * (requests not granted plus weighted under- and over-cover) and each broken hard rule, counted once
 * per occurrence (a run too long, a person's total outside bounds, a day off worked...).
 */
public final class CurtoisObjective {

    /** The benchmark's hard rules, numbered as in its README. */
    public enum HardRule {
        ONE_SHIFT_PER_DAY,
        FORBIDDEN_SUCCESSION,
        MAX_SHIFTS_OF_TYPE,
        TOTAL_MINUTES,
        MAX_CONSECUTIVE_SHIFTS,
        MIN_CONSECUTIVE_SHIFTS,
        MIN_CONSECUTIVE_DAYS_OFF,
        MAX_WEEKENDS,
        DAYS_OFF
    }

    /** A duty: the employee works the shift type on the day (an index from 0). */
    public record Duty(String employee, int day, String shift) {}

    /**
     * The judgement.
     *
     * @param objective the instance's objective (meaningful only when {@code hardViolations} is 0)
     * @param requestCost weight of on-requests not granted and off-requests not honoured
     * @param coverCost weighted under- and over-cover
     * @param hardViolations broken hard rules, each occurrence counted once
     * @param violationsByRule the same count per rule (rules not broken are absent)
     */
    public record Evaluation(
            long objective,
            long requestCost,
            long coverCost,
            int hardViolations,
            Map<HardRule, Integer> violationsByRule,
            List<String> messages) {

        public boolean feasible() {
            return hardViolations == 0;
        }
    }

    private CurtoisObjective() {}

    public static Evaluation evaluate(CurtoisInstance instance, List<Duty> duties) {
        int days = instance.days();
        Map<String, ShiftType> shifts = instance.shiftsById();
        Map<String, String[]> roster = new LinkedHashMap<>();
        instance.staff().forEach(e -> roster.put(e.id(), new String[days]));
        Map<HardRule, Integer> byRule = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        Violations v = new Violations(byRule, messages);

        for (Duty d : duties) {
            String[] line = roster.get(d.employee());
            if (line == null || d.day() < 0 || d.day() >= days || !shifts.containsKey(d.shift())) {
                throw new IllegalArgumentException(
                        "The duty (" + d + ") is not an employee, a day of the horizon (0 to " + (days - 1)
                                + ") and a shift type of " + instance.name() + ".");
            }
            if (line[d.day()] != null) {
                v.add(HardRule.ONE_SHIFT_PER_DAY, d.employee() + " has a second shift on day " + d.day());
            } else {
                line[d.day()] = d.shift();
            }
        }

        for (Employee e : instance.staff()) {
            String[] line = roster.get(e.id());
            String who = e.id();
            Map<String, Integer> counts = new HashMap<>();
            long minutes = 0;
            for (int d = 0; d < days; d++) {
                if (line[d] == null) {
                    continue;
                }
                counts.merge(line[d], 1, Integer::sum);
                minutes += shifts.get(line[d]).minutes();
                if (d + 1 < days
                        && line[d + 1] != null
                        && shifts.get(line[d]).cannotFollow().contains(line[d + 1])) {
                    v.add(
                            HardRule.FORBIDDEN_SUCCESSION,
                            who + " works " + line[d + 1] + " on day " + (d + 1) + " after " + line[d]);
                }
            }
            counts.forEach((shift, n) -> {
                Integer max = e.maxShifts().get(shift);
                if (max != null && n > max) {
                    v.add(HardRule.MAX_SHIFTS_OF_TYPE, who + " works " + n + " " + shift + ", at most " + max);
                }
            });
            if (minutes < e.minTotalMinutes() || minutes > e.maxTotalMinutes()) {
                v.add(
                        HardRule.TOTAL_MINUTES,
                        who + " works " + minutes + " minutes, outside " + e.minTotalMinutes() + " to "
                                + e.maxTotalMinutes());
            }
            runs(e, line, v);
            int weekends = 0;
            for (int sat = 5; sat < days; sat += 7) {
                if (line[sat] != null || (sat + 1 < days && line[sat + 1] != null)) {
                    weekends++;
                }
            }
            if (weekends > e.maxWeekends()) {
                v.add(HardRule.MAX_WEEKENDS, who + " works " + weekends + " weekends, at most " + e.maxWeekends());
            }
            for (int d : instance.daysOff().getOrDefault(who, Set.of())) {
                if (line[d] != null) {
                    v.add(HardRule.DAYS_OFF, who + " works on day off " + d);
                }
            }
        }

        long requestCost = 0;
        for (ShiftRequest r : instance.onRequests()) {
            if (!r.shift().equals(roster.get(r.employee())[r.day()])) {
                requestCost += r.weight();
            }
        }
        for (ShiftRequest r : instance.offRequests()) {
            if (r.shift().equals(roster.get(r.employee())[r.day()])) {
                requestCost += r.weight();
            }
        }
        long coverCost = 0;
        for (Cover c : instance.cover()) {
            int working = 0;
            for (String[] line : roster.values()) {
                if (c.shift().equals(line[c.day()])) {
                    working++;
                }
            }
            coverCost += (long) Math.max(0, c.requirement() - working) * c.underWeight()
                    + (long) Math.max(0, working - c.requirement()) * c.overWeight();
        }
        int hard = byRule.values().stream().mapToInt(Integer::intValue).sum();
        return new Evaluation(
                requestCost + coverCost, requestCost, coverCost, hard, Map.copyOf(byRule), List.copyOf(messages));
    }

    /** Rules 5 to 7: runs of working days and of days off; runs touching either end of the horizon are exempt from the minimums. */
    private static void runs(Employee e, String[] line, Violations v) {
        int days = line.length;
        int d = 0;
        while (d < days) {
            boolean working = line[d] != null;
            int first = d;
            while (d < days && (line[d] != null) == working) {
                d++;
            }
            int last = d - 1;
            int length = last - first + 1;
            boolean edge = first == 0 || last == days - 1;
            if (working && length > e.maxConsecutiveShifts()) {
                v.add(
                        HardRule.MAX_CONSECUTIVE_SHIFTS,
                        e.id() + " works days " + first + " to " + last + ", at most " + e.maxConsecutiveShifts()
                                + " in a row");
            }
            if (working && !edge && length < e.minConsecutiveShifts()) {
                v.add(
                        HardRule.MIN_CONSECUTIVE_SHIFTS,
                        e.id() + " works days " + first + " to " + last + ", at least " + e.minConsecutiveShifts()
                                + " in a row");
            }
            if (!working && !edge && length < e.minConsecutiveDaysOff()) {
                v.add(
                        HardRule.MIN_CONSECUTIVE_DAYS_OFF,
                        e.id() + " is off days " + first + " to " + last + ", at least " + e.minConsecutiveDaysOff()
                                + " in a row");
            }
        }
    }

    private record Violations(Map<HardRule, Integer> byRule, List<String> messages) {
        void add(HardRule rule, String message) {
            byRule.merge(rule, 1, Integer::sum);
            messages.add(rule + ": " + message + ".");
        }
    }
}
