package org.openroster.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openroster.model.Contract;
import org.openroster.model.Problem;
import org.openroster.model.RotaLine;
import org.openroster.solver.CoverSegment;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.Shift;

/**
 * Designs the fixed rota of a demo prison: a four-week line for every person, as an RM team would draw
 * it before anyone's leave is known. Each line is made of runs of the same shift at one location (a
 * block of earlies, of lates, of nights...), two or more days off between runs (so daily and weekly
 * rest hold across any two runs, and across the cycle's end into its start), runs of the length the
 * person's contract suits: full-timers work blocks of three to five days, part-timers two to four,
 * compressed-hours staff at most their compressed days a week and only shifts of their compressed day,
 * minimum-hours staff their guaranteed hours in short blocks, term-time staff nothing in closed
 * periods, dual-contract holders each post's hours on the post's own shifts. Job share partners work
 * their agreed days ({@link JobShares}).
 *
 * <p>Lines are drawn person by person, scarce people first (job shares, compressed hours, supervisors
 * and other holders of scarce lines), each run placed where it fills most of the regime's unmet
 * demand (below MSL first, then below SDSOL) per hour worked, next to the person's other runs, until the
 * line holds the person's contracted hours for the four weeks. The same builder, scored by a person's
 * own preferences instead of demand, makes their self-rostering choices ({@link Choices}).
 *
 * <p>The design works on a 28-day design window from the planning window's first day (the engine's own
 * shifts and coverage segments, built for it), and each line repeats every 28 days from that day: the
 * fixed-shift model pins it on the planning window, and the two weeks before the window are the
 * person's recent history.
 */
final class RotaDesign {

    /** The length of every rota line's cycle: four weeks. */
    static final int CYCLE = 28;

    /** Fewest days off between two runs of a line. */
    static final int MIN_DAYS_OFF = 2;

    private final Roster roster;
    private final Map<String, PersonDay[]> days = new LinkedHashMap<>();
    private final Map<CoverSegment, Integer> index = new IdentityHashMap<>();
    private final int[] coverage;

    /** How much a duty is worth to whoever is drawing the line. */
    interface DutyValue {
        /** Value of the person working {@code shift} on design day {@code day}, per minute worked. */
        double value(int day, Shift shift);
    }

    /** A person's line in the design window: the shift of each day (null: off). */
    static final class Line {
        final Shift[] duty = new Shift[CYCLE];

        long minutes() {
            long m = 0;
            for (Shift s : duty) {
                m += s == null ? 0 : s.workedMinutes();
            }
            return m;
        }

        boolean working(int day) {
            return duty[Math.floorMod(day, CYCLE)] != null;
        }

        String entry(int day) {
            Shift s = duty[Math.floorMod(day, CYCLE)];
            return s == null
                    ? RotaLine.OFF
                    : s.template().id() + "@" + s.location().id();
        }

        RotaLine toRotaLine(String person, LocalDate anchor) {
            List<String> cycle = new ArrayList<>();
            for (int c = 0; c < CYCLE; c++) {
                cycle.add(entry(c));
            }
            return new RotaLine(person, anchor, cycle);
        }
    }

    /**
     * What shapes a line: runs of {@code minRun} to {@code maxRun} days, at most {@code maxPerWeek}
     * duties in a week of the window and {@code maxWeekends} weekends (0: no limit), and the hours of
     * each bucket (a dual contract's posts, else one) from {@code floor} up to {@code cap}, aiming at
     * {@code target}.
     */
    record Shape(int minRun, int maxRun, int maxPerWeek, int maxWeekends, long[] floor, long[] target, long[] cap) {
        /** One bucket: {@code band} is {floor, target, cap}. */
        Shape(int minRun, int maxRun, int maxPerWeek, int maxWeekends, long[] band) {
            this(minRun, maxRun, maxPerWeek, maxWeekends, new long[] {band[0]}, new long[] {band[1]}, new long[] {
                band[2]
            });
        }
    }

    /** Builds the engine's roster of the design window: the shifts each person may work each day. */
    RotaDesign(Problem designWindow) {
        this.roster = RosterBuilder.build(designWindow);
        List<CoverSegment> segments = roster.getSegments();
        for (int i = 0; i < segments.size(); i++) {
            index.put(segments.get(i), i);
        }
        coverage = new int[segments.size()];
        for (PersonDay pd : roster.getPersonDays()) {
            if (pd.dayIndex() < CYCLE) {
                days.computeIfAbsent(pd.person().id(), k -> new PersonDay[CYCLE])[pd.dayIndex()] = pd;
            }
        }
    }

    Roster roster() {
        return roster;
    }

    /** The person's day in the design window. */
    PersonDay day(String person, int day) {
        return days.get(person)[day];
    }

    // ------------------------------------------------------------------ demand

    /**
     * The value of filling demand: per minute of a segment the person counts toward, 10 below MSL
     * (twice that on a grade or skill line), 2 below SDSOL, -1 above SDSOL on the headcount.
     */
    DutyValue demand(String person) {
        return (day, shift) -> {
            PersonDay pd = day(person, day);
            double v = 0;
            for (CoverSegment seg : shift.coveredSegments()) {
                if (!seg.qualification().matches(pd.person(), pd.person().dutyGrade(shift.template()))) {
                    continue;
                }
                int count = coverage[index.get(seg)];
                int weight = seg.qualification().isAny() ? 1 : 2;
                if (count < seg.msl()) {
                    v += 10.0 * weight * seg.minutes();
                } else if (count < seg.sdsol()) {
                    v += 2.0 * weight * seg.minutes();
                } else if (seg.qualification().isAny()) {
                    v -= seg.minutes();
                }
            }
            return v / Math.max(1, shift.workedMinutes());
        };
    }

    /** Forgets all coverage (to draw another set of lines on the same demand). */
    void resetCoverage() {
        java.util.Arrays.fill(coverage, 0);
    }

    /** Counts the line's duties as covering their segments. */
    void commit(String person, Line line) {
        for (int c = 0; c < CYCLE; c++) {
            Shift s = line.duty[c];
            if (s == null) {
                continue;
            }
            PersonDay pd = day(person, c);
            for (CoverSegment seg : s.coveredSegments()) {
                if (seg.qualification().matches(pd.person(), pd.person().dutyGrade(s.template()))) {
                    coverage[index.get(seg)]++;
                }
            }
        }
    }

    // ------------------------------------------------------------------ the builder

    /**
     * Draws a line for the person: runs placed one at a time where they are worth most per minute,
     * packed next to the line's other runs, until every bucket reaches its target (or nothing more
     * fits); then single days where a bucket is still under its floor. Days in {@code blocked} (and
     * days the person may not work) stay off; {@code allowed} filters the shifts.
     */
    Line build(
            String person,
            Shape shape,
            DutyValue value,
            boolean[] blocked,
            java.util.function.Predicate<Shift> allowed,
            java.util.function.ToIntFunction<Shift> bucketOf) {
        Line line = new Line();
        long[] minutes = new long[shape.target().length];
        // the shifts the person may work each day, by template@location
        List<Map<String, Shift>> options = new ArrayList<>();
        for (int c = 0; c < CYCLE; c++) {
            Map<String, Shift> byKey = new LinkedHashMap<>();
            PersonDay pd = day(person, c);
            if (!blocked[c]) {
                for (Shift s : pd.getOptions()) {
                    if (allowed.test(s)) {
                        byKey.put(key(s), s);
                    }
                }
            }
            options.add(byKey);
        }
        boolean packed = true;
        int minRun = shape.minRun();
        while (true) {
            Candidate best = bestRun(line, shape, options, value, minutes, minRun, packed, bucketOf);
            if (person.equals(System.getenv("ROTA_PERSON"))) {
                System.out.println("DEBUG " + person + " best " + best + " packed " + packed + " minRun " + minRun
                        + " minutes " + java.util.Arrays.toString(minutes) + " shape "
                        + java.util.Arrays.toString(shape.target()) + java.util.Arrays.toString(shape.cap()));
            }
            if (best == null) {
                if (packed) {
                    packed = false; // the packed places are used up: anywhere the gaps allow
                    continue;
                }
                if (minRun > 1 && underFloor(minutes, shape)) {
                    minRun = 1; // top up with single days
                    continue;
                }
                break;
            }
            for (int i = 0; i < best.length; i++) {
                Shift s = options.get((best.start + i) % CYCLE).get(best.key);
                line.duty[(best.start + i) % CYCLE] = s;
                minutes[bucketOf.applyAsInt(s)] += s.workedMinutes();
            }
            if (reached(minutes, shape) && !(minRun == 1 && underFloor(minutes, shape))) {
                break;
            }
        }
        return line;
    }

    private static boolean reached(long[] minutes, Shape shape) {
        for (int b = 0; b < minutes.length; b++) {
            if (minutes[b] < shape.target()[b] - 120) {
                return false;
            }
        }
        return true;
    }

    private static boolean underFloor(long[] minutes, Shape shape) {
        for (int b = 0; b < minutes.length; b++) {
            if (minutes[b] < shape.floor()[b]) {
                return true;
            }
        }
        return false;
    }

    private record Candidate(int start, int length, String key, double score) {}

    private Candidate bestRun(
            Line line,
            Shape shape,
            List<Map<String, Shift>> options,
            DutyValue value,
            long[] minutes,
            int minRun,
            boolean packed,
            java.util.function.ToIntFunction<Shift> bucketOf) {
        boolean empty = line.minutes() == 0;
        // value per minute of each option, this step
        List<Map<String, Double>> worth = new ArrayList<>();
        for (int c = 0; c < CYCLE; c++) {
            Map<String, Double> w = new HashMap<>();
            for (var e : options.get(c).entrySet()) {
                if (line.duty[c] == null) {
                    w.put(e.getKey(), value.value(c, e.getValue()));
                }
            }
            worth.add(w);
        }
        int[] perWeek = new int[CYCLE / 7];
        for (int c = 0; c < CYCLE; c++) {
            perWeek[c / 7] += line.duty[c] == null ? 0 : 1;
        }
        Candidate best = null;
        for (int start = 0; start < CYCLE; start++) {
            if (!free(line, start - MIN_DAYS_OFF, MIN_DAYS_OFF)) {
                continue;
            }
            // packed: the run starts two or three days after a run, or ends two or three days before one
            for (int length = minRun; length <= shape.maxRun(); length++) {
                if (!free(line, start, length + MIN_DAYS_OFF)) {
                    break;
                }
                if (packed && !empty && !nextToRun(line, start, length)) {
                    continue;
                }
                for (String key : options.get(start).keySet()) {
                    double total = 0;
                    long worked = 0;
                    boolean ok = true;
                    int[] week = perWeek.clone();
                    for (int i = 0; i < length && ok; i++) {
                        int c = (start + i) % CYCLE;
                        Shift s = options.get(c).get(key);
                        if (s == null) {
                            ok = false;
                            break;
                        }
                        total += worth.get(c).get(key) * s.workedMinutes();
                        worked += s.workedMinutes();
                        ok = ++week[c / 7] <= shape.maxPerWeek();
                    }
                    if (!ok) {
                        continue;
                    }
                    int bucket = bucketOf.applyAsInt(options.get(start).get(key));
                    if (minutes[bucket] + worked > shape.cap()[bucket]
                            || (minutes[bucket] >= shape.target()[bucket] - 120 && minRun > 1)) {
                        continue;
                    }
                    if (shape.maxWeekends() > 0 && weekends(line, start, length) > shape.maxWeekends()) {
                        continue;
                    }
                    // longer runs first at equal value: blocks are what a rota is made of
                    double score = total / worked + 0.05 * length;
                    if (best == null || score > best.score) {
                        best = new Candidate(start, length, key, score);
                    }
                }
            }
        }
        return best;
    }

    /** Whether the {@code length} days from {@code from} (cyclic) hold no duty. */
    private static boolean free(Line line, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (line.working(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextToRun(Line line, int start, int length) {
        for (int gap = MIN_DAYS_OFF; gap <= MIN_DAYS_OFF + 1; gap++) {
            if (line.working(start - gap - 1) || line.working(start + length + gap)) {
                return true;
            }
        }
        return false;
    }

    /** Weekends worked by the line with a run added (weeks aligned to the window's Monday start). */
    private int weekends(Line line, int start, int length) {
        java.util.Set<Long> keys = new java.util.HashSet<>();
        for (int c = 0; c < CYCLE; c++) {
            boolean on = line.duty[c] != null || Math.floorMod(c - start, CYCLE) < length;
            LocalDate date = roster.problem().start().plusDays(c);
            DayOfWeek dow = date.getDayOfWeek();
            if (on && (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY)) {
                keys.add(date.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                        .toEpochDay());
            }
        }
        return keys.size();
    }

    static String key(Shift s) {
        return s.template().id() + "@" + s.location().id();
    }

    /** Whether the shift is of a compressed day's length for the contract (always for other contracts). */
    static boolean fitsCompressed(Contract contract, Shift s) {
        return !(contract instanceof Contract.Compressed c) || c.dayLengthBreach(s.workedMinutes()) == 0;
    }
}
