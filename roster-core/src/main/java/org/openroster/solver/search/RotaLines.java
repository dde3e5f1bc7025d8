package org.openroster.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openroster.model.WorkRules;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.Roster;
import org.openroster.solver.Shift;
import org.openroster.solver.SlotCover;

/**
 * The construction phase: gives each person a rota line that already keeps their pattern rules, so
 * that the local search starts near feasibility. A greedy construction heuristic that weighs every
 * duty alone makes long runs (each extra day helps the person's minimum hours more than it costs one
 * day too many in a row); here each person works blocks of {@code w} days (their minimum to maximum
 * in a row) separated by at least their minimum days off, about as many shifts as the middle of
 * their hours band needs, with the blocks phased to the days where named slots still lack people and
 * each day's shift chosen where the slot lacks most, keeping forbidden successions and per-template
 * maximums. Where such a cycle would work more weekends than the person's limit, the line repeats
 * a two-week pattern tied to the days of the week instead ({@link #fortnightPlan}). Days already
 * assigned or pinned are kept. People are taken in order; demand curves without named slots get
 * lines phased evenly across people.
 */
public final class RotaLines implements PhaseCommand<Roster> {

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Roster> context) {
        var variable = DutyMove.variable(context);
        Roster roster = context.getWorkingSolution();
        int days = roster.horizon().days();
        LocalDate start = roster.horizon().start();
        Map<Shift, int[]> need = new HashMap<>(); // slot target minus people so far
        for (SlotCover slot : roster.getSlots()) {
            need.put(
                    slot.shift(),
                    new int[] {slot.demand().target(), Math.max(1, slot.demand().underWeight())});
        }
        Map<PersonWindow, PersonDay[]> lines = new LinkedHashMap<>();
        for (PersonDay pd : roster.getPersonDays()) {
            lines.computeIfAbsent(pd.window(), w -> new PersonDay[days])[pd.dayIndex()] = pd;
        }
        for (PersonDay pd : roster.getPersonDays()) {
            if (pd.getShift() != null && need.containsKey(pd.getShift())) {
                need.get(pd.getShift())[0]--;
            }
        }
        int person = 0;
        for (var entry : lines.entrySet()) {
            if (context.isPhaseTerminated()) {
                return;
            }
            List<PersonDay> changed = new ArrayList<>();
            List<Shift> values = new ArrayList<>();
            line(entry.getKey(), entry.getValue(), start, need, person++, lines.size(), changed, values);
            if (!changed.isEmpty()) {
                context.execute(new DutyMove(
                        variable, "rotaLine", changed.toArray(PersonDay[]::new), values.toArray(Shift[]::new)));
            }
        }
    }

    private static void line(
            PersonWindow window,
            PersonDay[] line,
            LocalDate start,
            Map<Shift, int[]> need,
            int person,
            int people,
            List<PersonDay> changed,
            List<Shift> values) {
        int days = line.length;
        WorkRules rules = window.person().rules();
        long minutes = 0;
        int free = 0;
        long optionMinutes = 0;
        int optionCount = 0;
        for (PersonDay pd : line) {
            if (pd == null) {
                continue;
            }
            if (pd.getShift() != null) {
                minutes += pd.getShift().workedMinutes();
            } else if (!pd.isPinned() && !pd.getOptions().isEmpty()) {
                free++;
                for (Shift s : pd.getOptions()) {
                    optionMinutes += s.workedMinutes();
                    optionCount++;
                }
            }
        }
        if (free == 0 || optionCount == 0) {
            return;
        }
        long aim = (window.bounds().min() + window.bounds().max()) / 2 - minutes;
        int shifts = (int) Math.max(0, Math.min(free, Math.round((double) aim / (optionMinutes / optionCount))));
        if (shifts == 0) {
            return;
        }
        // days off and leave interrupt blocks, so aim the pattern a little above the share needed
        double fraction = Math.min(1.0, 1.08 * shifts / free);
        int minRun = Math.max(1, rules.minConsecutiveDays());
        int maxRun = rules.maxConsecutiveDays() > 0 ? Math.max(minRun, rules.maxConsecutiveDays()) : 7;
        int minOff = Math.max(1, rules.minConsecutiveDaysOff());
        int work = minRun;
        int off = minOff;
        double bestError = Double.MAX_VALUE;
        for (int w = minRun; w <= maxRun; w++) {
            int o = fraction >= 1 ? minOff : Math.max(minOff, (int) Math.round(w * (1 - fraction) / fraction));
            double error = Math.abs((double) w / (w + o) - fraction);
            if (error < bestError - 1e-9) {
                bestError = error;
                work = w;
                off = o;
            }
        }
        int cycle = work + off;
        int phase = person * cycle / Math.max(1, people);
        if (!need.isEmpty()) {
            double bestNeed = -1;
            for (int p = 0; p < cycle; p++) {
                double total = 0;
                for (int d = 0; d < days; d++) {
                    if (Math.floorMod(d + p, cycle) < work && line[d] != null) {
                        total += bestNeed(line[d], need);
                    }
                }
                if (total > bestNeed) {
                    bestNeed = total;
                    phase = p;
                }
            }
        }
        boolean[] plan = new boolean[days];
        for (int d = 0; d < days; d++) {
            plan[d] = Math.floorMod(d + phase, cycle) < work;
        }
        int maxWeekends = rules.maxWeekends();
        if (maxWeekends > 0 && weekendsWorked(plan, start) > maxWeekends) {
            boolean[] fortnightly = fortnightPlan(line, start, need, fraction, minRun, maxRun, minOff, maxWeekends);
            if (fortnightly != null) {
                plan = fortnightly;
            }
        }
        Shift previous = null;
        int assigned = 0;
        int blockLeft = 0;
        for (int d = 0; d < days; d++) {
            if (d == 0 || (plan[d] && !plan[d - 1])) {
                // a block is shortened to the shifts still wanted, but never below the minimum run
                int remaining = shifts - assigned;
                int run = 0;
                while (d + run < days && plan[d + run]) {
                    run++;
                }
                blockLeft = remaining >= minRun ? Math.min(run, remaining) : 0;
            }
            PersonDay pd = line[d];
            if (pd == null) {
                previous = null;
                continue;
            }
            if (pd.getShift() != null || pd.isPinned()) {
                previous = pd.getShift();
                continue;
            }
            Shift choice = null;
            if (blockLeft > 0 && plan[d]) {
                choice = choose(pd, previous, rules, need, changed, values);
            }
            if (choice != null) {
                changed.add(pd);
                values.add(choice);
                assigned++;
                blockLeft--;
                int[] n = need.get(choice);
                if (n != null) {
                    n[0]--;
                }
            }
            previous = choice;
        }
    }

    /** Weekends (Saturday or Sunday) on which the plan works. */
    private static int weekendsWorked(boolean[] plan, LocalDate start) {
        java.util.Set<Long> weekends = new java.util.HashSet<>();
        for (int d = 0; d < plan.length; d++) {
            DayOfWeek dow = start.plusDays(d).getDayOfWeek();
            if (plan[d] && (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY)) {
                weekends.add(start.plusDays(d)
                        .minusDays(dow == DayOfWeek.SUNDAY ? 1 : 0)
                        .toEpochDay());
            }
        }
        return weekends.size();
    }

    /**
     * A plan that repeats a two-week pattern tied to the days of the week, for a person whose limit
     * on weekends a plain cycle of work and rest days would break (a cycle that is not a multiple of
     * seven days drifts over every weekend): among the fortnights whose runs keep the person's
     * minimum and maximum in a row and minimum days off (the pattern wrapping round), with at most as
     * many weekends worked per fortnight as the limit allows over the window and within two working
     * days of the share wanted, the one whose working days fall where slots lack most, each day short
     * of or beyond the share wanted costing an average day's need. Null when no fortnight keeps the
     * rules.
     */
    private static boolean[] fortnightPlan(
            PersonDay[] line,
            LocalDate start,
            Map<Shift, int[]> need,
            double fraction,
            int minRun,
            int maxRun,
            int minOff,
            int maxWeekends) {
        int days = line.length;
        int mondayOffset = Math.floorMod(start.getDayOfWeek().getValue() - 1, 7); // position of day 0
        double[] needAt = new double[FORTNIGHT];
        int weekendsInWindow = 0;
        for (int d = 0; d < days; d++) {
            int pos = (mondayOffset + d) % FORTNIGHT;
            if (line[d] != null) {
                needAt[pos] += bestNeed(line[d], need);
            }
            if (pos % 7 == 5 || (d == 0 && pos % 7 == 6)) {
                weekendsInWindow++;
            }
        }
        // weekends worked per fortnight that the limit allows over the window
        int perFortnight = (int) Math.min(2, Math.floor(2.0 * maxWeekends / Math.max(1, weekendsInWindow)));
        int wanted = (int) Math.round(fraction * FORTNIGHT);
        double dayValue = 0; // what a working day is worth on average, to weigh days against need
        for (double n : needAt) {
            dayValue += n / FORTNIGHT;
        }
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int pattern = 1; pattern < (1 << FORTNIGHT); pattern++) {
            int gap = Math.abs(Integer.bitCount(pattern) - wanted);
            if (gap > 2 || !keepsRuns(pattern, minRun, maxRun, minOff)) {
                continue;
            }
            int weekends = 0;
            for (int w = 0; w < 2; w++) {
                if ((pattern >> (7 * w + 5) & 3) != 0) {
                    weekends++;
                }
            }
            if (weekends > perFortnight) {
                continue;
            }
            double value = -gap * dayValue;
            for (int pos = 0; pos < FORTNIGHT; pos++) {
                if ((pattern >> pos & 1) != 0) {
                    value += needAt[pos];
                }
            }
            if (value > bestValue) {
                best = pattern;
                bestValue = value;
            }
        }
        if (best < 0) {
            return null;
        }
        boolean[] plan = new boolean[days];
        for (int d = 0; d < days; d++) {
            plan[d] = (best >> ((mondayOffset + d) % FORTNIGHT) & 1) != 0;
        }
        return plan;
    }

    private static final int FORTNIGHT = 14;

    /** Whether every run of work and of rest of the repeating fortnight keeps the limits. */
    private static boolean keepsRuns(int pattern, int minRun, int maxRun, int minOff) {
        if (pattern == 0 || pattern == (1 << FORTNIGHT) - 1) {
            return false;
        }
        int from = 0; // a day that starts a run of work, so that every run is seen whole
        while (!works(pattern, from) || works(pattern, from + FORTNIGHT - 1)) {
            from++;
        }
        int run = 0;
        for (int i = 0; i < FORTNIGHT; i++) {
            boolean w = works(pattern, from + i);
            run++;
            if (w != works(pattern, from + i + 1)) {
                if (w ? run < minRun || run > maxRun : run < minOff) {
                    return false;
                }
                run = 0;
            }
        }
        return true;
    }

    private static boolean works(int pattern, int pos) {
        return (pattern >> (pos % FORTNIGHT) & 1) != 0;
    }

    private static double bestNeed(PersonDay pd, Map<Shift, int[]> need) {
        double best = 0;
        for (Shift s : pd.getOptions()) {
            int[] n = need.get(s);
            if (n != null && n[0] > 0) {
                best = Math.max(best, (double) n[1]);
            }
        }
        return best;
    }

    /** The option the slot needs most, keeping the succession after yesterday and template maximums. */
    private static Shift choose(
            PersonDay pd,
            Shift previous,
            WorkRules rules,
            Map<Shift, int[]> need,
            List<PersonDay> changed,
            List<Shift> values) {
        Shift best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Shift s : pd.getOptions()) {
            String template = s.template().id();
            if (previous != null && previous.template().cannotBeFollowedBy().contains(template)) {
                continue;
            }
            int max = rules.maxShiftsOf(template);
            if (max >= 0 && count(values, template) >= max) {
                continue;
            }
            int[] n = need.get(s);
            double value = n == null ? 0 : n[0] > 0 ? (double) n[0] * n[1] : n[0];
            if (previous != null && previous.template().equals(s.template())) {
                value += 0.5; // keep a block on one shift where cover allows
            }
            if (value > bestValue) {
                bestValue = value;
                best = s;
            }
        }
        return best;
    }

    private static int count(List<Shift> values, String template) {
        int n = 0;
        for (Shift s : values) {
            if (s.template().id().equals(template)) {
                n++;
            }
        }
        return n;
    }
}
