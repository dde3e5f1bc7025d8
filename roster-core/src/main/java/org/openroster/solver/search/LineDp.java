package org.openroster.solver.search;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.model.Request;
import org.openroster.model.WorkRules;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.Roster;
import org.openroster.solver.Rule;
import org.openroster.solver.Shift;
import org.openroster.solver.SlotCover;

/**
 * Re-optimises one person's duties on a window of consecutive days against the current cover of
 * named slots: a dynamic programme over the window's days whose state is yesterday's kind of duty
 * (off, or a class of templates with the same forbidden successors), the length of the current run
 * of work or rest, the minutes worked in the window, and the weekends and limited templates worked
 * so far. It prices exactly, with the roster's weights, what one person's line decides among the
 * rules of a rota: slot cover (the others held fixed), requests, days off, runs of work and rest
 * (with the days on either side of the window), forbidden successions, weekends, shifts per template
 * and the minutes band; the score of the whole roster then judges the move as usual, so rules the
 * programme does not price only make its proposal less good, never wrong.
 *
 * <p>The move best published heuristics for nurse rostering rely on (Burke and Curtois 2014): one
 * line rebuilt at once can leave a local optimum that single-day moves cannot, e.g. a run moved
 * two days later with its rest and the cover it leaves behind.
 */
final class LineDp {

    /** Score levels folded into one long for the programme: a hard unit outweighs any medium total. */
    private static final long HARD = 1L << 40;

    private static final long MEDIUM = 1L << 20;

    private static final long INF = Long.MAX_VALUE / 4;

    /** Above this many states a window is shortened. */
    private static final int MAX_STATES = 400_000;

    /** Above this many minute values, minutes are counted in coarser units (then only approximately). */
    private static final int MAX_MINUTE_VALUES = 120;

    private final PersonDay[][] grid;
    private final PersonWindow[] windows;
    private final int days;
    private final boolean[] saturday;
    private final boolean[] sunday;

    private final Map<String, Integer> templateIndex = new LinkedHashMap<>();
    private final IdentityHashMap<Shift, Integer> templateOfShift = new IdentityHashMap<>();
    private final int[] templateClass; // template -> succession class, 1..K
    private final boolean[][] classForbids; // [class][template]
    private final int classes;

    private final IdentityHashMap<Shift, SlotCover> slotOf = new IdentityHashMap<>();
    private final boolean hasCurves;

    private final long wUnder;
    private final long wOver;
    private final long wSlotMin;
    private final long wRequest;
    private final long wLeave;
    private final long wForbid;
    private final long wMaxRun;
    private final long wMinRun;
    private final long wMinOff;
    private final long wWeekend;
    private final long wTemplate;
    private final long wContract;
    private final long wExtra;
    private final long wUnused;

    // reused buffers
    private long[] costA = new long[0];
    private long[] costB = new long[0];
    private int[][] parent = new int[0][];
    private byte[][] choice = new byte[0][];
    private int[] listA = new int[0];
    private int[] listB = new int[0];

    LineDp(Roster roster, PersonDay[][] grid, PersonWindow[] windows) {
        this.grid = grid;
        this.windows = windows;
        this.days = roster.horizon().days();
        this.hasCurves = !roster.getSegments().isEmpty();
        saturday = new boolean[days];
        sunday = new boolean[days];
        for (int d = 0; d < days; d++) {
            DayOfWeek dow = roster.horizon().start().plusDays(d).getDayOfWeek();
            saturday[d] = dow == DayOfWeek.SATURDAY;
            sunday[d] = dow == DayOfWeek.SUNDAY;
        }
        Map<Set<String>, Integer> classOf = new HashMap<>();
        List<Set<String>> forbidden = new ArrayList<>();
        List<Integer> classList = new ArrayList<>();
        for (Shift s : roster.getShifts()) {
            String id = s.template().id();
            if (!templateIndex.containsKey(id)) {
                templateIndex.put(id, templateIndex.size());
                Set<String> forbids = s.template().cannotBeFollowedBy();
                Integer c = classOf.get(forbids);
                if (c == null) {
                    c = classOf.size() + 1;
                    classOf.put(forbids, c);
                    forbidden.add(forbids);
                }
                classList.add(c);
            }
        }
        templateClass = classList.stream().mapToInt(Integer::intValue).toArray();
        for (Shift s : roster.getShifts()) {
            templateOfShift.put(s, templateIndex.get(s.template().id()));
        }
        classes = classOf.size();
        classForbids = new boolean[classes + 1][templateIndex.size()];
        for (int c = 1; c <= classes; c++) {
            for (String t : forbidden.get(c - 1)) {
                Integer ti = templateIndex.get(t);
                if (ti != null) {
                    classForbids[c][ti] = true;
                }
            }
        }
        Map<Shift, SlotCover> byShift = new HashMap<>();
        for (SlotCover slot : roster.getSlots()) {
            byShift.put(slot.shift(), slot);
        }
        for (Shift s : roster.getShifts()) {
            SlotCover slot = byShift.get(s);
            if (slot != null) {
                slotOf.put(s, slot);
            }
        }
        wUnder = scalar(roster.weightOf(Rule.SLOT_UNDER_COVER));
        wOver = scalar(roster.weightOf(Rule.SLOT_OVER_COVER));
        wSlotMin = scalar(roster.weightOf(Rule.SLOT_MINIMUM));
        wRequest = scalar(roster.weightOf(Rule.REQUESTS));
        wLeave = scalar(roster.weightOf(Rule.LEAVE_AND_REST_DAYS));
        wForbid = scalar(roster.weightOf(Rule.FORBIDDEN_SUCCESSION));
        wMaxRun = scalar(roster.weightOf(Rule.MAX_CONSECUTIVE_DAYS));
        wMinRun = scalar(roster.weightOf(Rule.MIN_CONSECUTIVE_DAYS));
        wMinOff = scalar(roster.weightOf(Rule.MIN_CONSECUTIVE_DAYS_OFF));
        wWeekend = scalar(roster.weightOf(Rule.MAX_WORKING_WEEKENDS));
        wTemplate = scalar(roster.weightOf(Rule.MAX_SHIFTS_OF_TEMPLATE));
        wContract = scalar(roster.weightOf(Rule.CONTRACT_HOURS));
        wExtra = scalar(roster.weightOf(Rule.EXTRA_HOURS));
        wUnused = scalar(roster.weightOf(Rule.UNUSED_HOURS));
    }

    /** Each person's person-days by day index (null where none), people in the order the roster first lists them. */
    static PersonDay[][] grid(Roster roster) {
        int days = roster.horizon().days();
        Map<PersonWindow, PersonDay[]> lines = new LinkedHashMap<>();
        for (PersonDay pd : roster.getPersonDays()) {
            lines.computeIfAbsent(pd.window(), w -> new PersonDay[days])[pd.dayIndex()] = pd;
        }
        return lines.values().toArray(PersonDay[][]::new);
    }

    /** The window of each line of {@link #grid}. */
    static PersonWindow[] windows(PersonDay[][] grid) {
        PersonWindow[] windows = new PersonWindow[grid.length];
        for (int p = 0; p < grid.length; p++) {
            for (PersonDay pd : grid[p]) {
                if (pd != null) {
                    windows[p] = pd.window();
                    break;
                }
            }
        }
        return windows;
    }

    static long scalar(HardMediumSoftScore w) {
        return w.hardScore() * HARD + w.mediumScore() * MEDIUM + w.softScore();
    }

    /** Whether the roster's demand is named slots only, which the programme prices (demand curves it does not). */
    boolean applies() {
        return !slotOf.isEmpty() && !hasCurves;
    }

    /**
     * The best line for person {@code p} on days {@code [from, to)} (widened so as not to split a
     * weekend): the days it changes and their new duties, or null when the current line is as good.
     */
    DutyChange best(int p, int from, int to) {
        Result r = bestIn(p, from, to);
        return r == null ? null : r.change();
    }

    /**
     * The programme bounded by the current line's price: a partial line that cannot end cheaper than
     * the current one, even if each remaining day took its cheapest duty, is dropped (run, weekend,
     * template and minute costs are never negative, so no strictly better line is lost). A tie with
     * the current line is no move.
     */
    private Result bestIn(int p, int from, int to) {
        Shift[] current = new Shift[days];
        for (int d = 0; d < days; d++) {
            current[d] = working(grid[p][d]) ? grid[p][d].getShift() : null;
        }
        Result now = solve(p, from, to, current, INF);
        long bound = now == null ? INF : now.cost();
        Result r = solve(p, from, to, null, bound);
        return r == null || r.change() == null || r.cost() >= bound ? null : r;
    }

    /**
     * What the programme charges for person {@code p}'s line when days {@code [from, to)} (widened as
     * in {@link #best}) take the duties in {@code line} (indexed by day; null is off) and the other days
     * keep theirs: the rules it prices, with the other people held fixed. Only differences between two
     * lines on the same window mean anything. For tests.
     */
    long price(int p, int from, int to, Shift[] line) {
        Result r = solve(p, from, to, line, INF);
        if (r == null) {
            throw new IllegalStateException("The window is too large to price.");
        }
        return r.cost();
    }

    private record Result(long cost, DutyChange change, int from, int to) {}

    private Result solve(int p, int from, int to, Shift[] forced, long bound) {
        int a = from;
        int b = to;
        // never split a weekend: the programme counts weekends inside the window only
        if (a > 0 && sunday[a]) {
            a--;
        }
        if (b < days && sunday[b]) {
            b++;
        }
        PersonDay[] line = grid[p];
        PersonWindow window = windows[p];
        WorkRules rules = window.person().rules();
        int width = b - a;
        int templates = templateIndex.size();

        // the values each day may take: off (-1 when not allowed) and the cheapest option per template
        Shift[][] option = new Shift[width][templates];
        long[][] cost = new long[width][templates];
        long[] offCost = new long[width];
        boolean[] offAllowed = new boolean[width];
        int[] minutesOf = new int[0];
        int g = 0;
        int maxMinutes = 0;
        for (int i = 0; i < width; i++) {
            int d = a + i;
            PersonDay pd = line[d];
            if (pd == null) {
                offAllowed[i] = true;
                continue;
            }
            boolean movable = !pd.isPinned() && (!pd.getOptions().isEmpty() || pd.getShift() != null);
            List<Shift> values = movable ? pd.getOptions() : pd.getShift() == null ? List.of() : List.of(pd.getShift());
            offAllowed[i] = movable || pd.getShift() == null;
            if (forced != null) {
                values = forced[d] == null ? List.of() : List.of(forced[d]);
                offAllowed[i] = forced[d] == null;
            }
            offCost[i] = wRequest * unmet(pd.requests(), null);
            int dayMax = 0;
            for (Shift s : values) {
                Integer t = templateOfShift.get(s);
                if (t == null) {
                    continue;
                }
                long c = costOf(p, d, pd, s);
                if (option[i][t] == null || c < cost[i][t]) {
                    option[i][t] = s;
                    cost[i][t] = c;
                }
                int m = s.workedMinutes();
                g = gcd(g, m);
                dayMax = Math.max(dayMax, m);
            }
            maxMinutes += dayMax;
        }
        if (g == 0) {
            g = 1;
        }
        int unit = g;
        while (maxMinutes / unit + 1 > MAX_MINUTE_VALUES) {
            unit *= 2;
        }
        int mValues = maxMinutes / unit + 1;

        // facts outside the window
        long outsideMinutes = 0;
        int[] outsideCount = new int[templates];
        java.util.BitSet weekendsOutside = new java.util.BitSet();
        for (int d = 0; d < days; d++) {
            if (d >= a && d < b) {
                continue;
            }
            PersonDay pd = line[d];
            if (pd == null || pd.getShift() == null) {
                continue;
            }
            outsideMinutes += pd.getShift().workedMinutes();
            Integer t = templateOfShift.get(pd.getShift());
            if (t != null) {
                outsideCount[t]++;
            }
            if (saturday[d]) {
                weekendsOutside.set(d);
            } else if (sunday[d]) {
                weekendsOutside.set(d - 1 < 0 ? d : d - 1);
            }
        }
        int maxRun = rules.maxConsecutiveDays();
        int minRun = rules.minConsecutiveDays();
        int minOff = rules.minConsecutiveDaysOff();
        int history = window.daysWorkedBefore();
        int rCap = Math.max(Math.max(maxRun > 0 ? maxRun + 1 : 1, minRun), Math.max(minOff, 1));
        int maxWeekends = rules.maxWeekends();
        int weekendAllow = 0;
        int wValues = 1;
        if (maxWeekends > 0) {
            int inWindow = 0;
            for (int d = a; d < b; d++) {
                if (saturday[d] || (sunday[d] && d == a)) {
                    inWindow++;
                }
            }
            weekendAllow = Math.min(Math.max(0, maxWeekends - weekendsOutside.cardinality()), inWindow);
            wValues = weekendAllow + 1;
        }
        // templates whose limit binds in the window: counted in the state (others charged per shift or free)
        int[] tracked = new int[templates]; // -1: free; -2: every shift charged; k >= 0: tracked slot k
        int[] allow = new int[templates];
        int[] radix = new int[templates];
        int cValues = 1;
        for (int t = 0; t < templates; t++) {
            tracked[t] = -1;
        }
        for (var e : templateIndex.entrySet()) {
            int t = e.getValue();
            int limit = rules.maxShiftsOf(e.getKey());
            if (limit < 0) {
                continue;
            }
            int possible = 0;
            for (int i = 0; i < width; i++) {
                if (option[i][t] != null) {
                    possible++;
                }
            }
            int left = limit - outsideCount[t];
            if (left >= possible) {
                continue;
            }
            if (left <= 0) {
                tracked[t] = -2;
            } else if (cValues * (left + 1) <= 64) {
                tracked[t] = t;
                allow[t] = left;
                radix[t] = cValues;
                cValues *= left + 1;
            }
        }
        long states = (long) (classes + 1) * rCap * 2 * mValues * wValues * cValues;
        if (states > MAX_STATES) {
            if (width <= 4 || forced != null) {
                return null;
            }
            // a shorter window, bounded by its own current line: its cost means nothing here
            Result half = bestIn(p, a, a + width / 2);
            return half == null ? null : new Result(Long.MIN_VALUE, half.change(), half.from(), half.to());
        }
        int size = (int) states;
        // the least each remaining day can cost, for the bound
        long[] least = new long[width + 1];
        for (int i = width - 1; i >= 0; i--) {
            long m = offAllowed[i] ? offCost[i] : INF;
            for (int t = 0; t < templates; t++) {
                if (option[i][t] != null) {
                    m = Math.min(m, cost[i][t]);
                }
            }
            least[i] = m == INF ? INF : least[i + 1] + m;
        }
        long[] minuteCost = new long[mValues];
        for (int m = 0; m < mValues; m++) {
            long total = outsideMinutes + (long) m * unit;
            minuteCost[m] = wContract * window.bounds().outsideMinutes(total)
                    + (wExtra == 0 ? 0 : wExtra * window.bounds().overTarget(total))
                    + (wUnused == 0 ? 0 : wUnused * window.unusedMinutes(total));
        }
        MinuteBound minuteBound = new MinuteBound(minuteCost, option, unit, width, templates);

        ensure(size, width);
        long[] cur = costA;
        long[] next = costB;
        int[] curList = listA;
        int[] nextList = listB;
        int curCount;
        int nextCount;

        // the state on entering the window
        int startClass;
        int startRun;
        int startEdge;
        if (a == 0) {
            startClass = -1; // nothing before: handled as a special case below
            startRun = 1;
            startEdge = 1;
        } else {
            Shift prev = line[a - 1] == null ? null : line[a - 1].getShift();
            boolean work = prev != null;
            startClass = work ? classOfShift(prev) : 0;
            int r = 0;
            int d = a - 1;
            while (d >= 0 && working(line[d]) == work) {
                r++;
                d--;
            }
            startEdge = d < 0 ? 1 : 0;
            if (work && startEdge == 1) {
                r += history;
            }
            startRun = Math.min(Math.max(r, 1), rCap);
        }
        int start = index(Math.max(startClass, 0), startRun, startEdge, 0, 0, 0, rCap, mValues, wValues, cValues);
        cur[start] = 0;
        curList[0] = start;
        curCount = 1;

        for (int i = 0; i < width; i++) {
            int d = a + i;
            nextCount = 0;
            int[] par = parent[i];
            byte[] cho = choice[i];
            for (int li = 0; li < curCount; li++) {
                int s = curList[li];
                long base = cur[s];
                int cc = s % cValues;
                int rest = s / cValues;
                int w = rest % wValues;
                rest /= wValues;
                int m = rest % mValues;
                rest /= mValues;
                int e = rest % 2;
                rest /= 2;
                int r = rest % rCap + 1;
                int c = rest / rCap;
                boolean first = i == 0 && a == 0;
                // off
                if (offAllowed[i]) {
                    long add = offCost[i];
                    int nr;
                    int ne;
                    if (first) {
                        nr = 1;
                        ne = 1;
                    } else if (c > 0) {
                        if (e == 0 && r < minRun) {
                            add += (minRun - r) * wMinRun;
                        }
                        nr = 1;
                        ne = 0;
                    } else {
                        nr = Math.min(r + 1, rCap);
                        ne = e;
                    }
                    int ns = index(0, nr, ne, m, w, cc, rCap, mValues, wValues, cValues);
                    long v = base + add;
                    if (v < next[ns] && v + least[i + 1] + minuteBound.least(i + 1, m) < bound) {
                        if (next[ns] == INF) {
                            nextList[nextCount++] = ns;
                        }
                        next[ns] = v;
                        par[ns] = s;
                        cho[ns] = -1;
                    }
                }
                for (int t = 0; t < templates; t++) {
                    Shift sh = option[i][t];
                    if (sh == null) {
                        continue;
                    }
                    long add = cost[i][t];
                    int nr;
                    int ne;
                    if (first) {
                        nr = 1 + history;
                        ne = 1;
                        if (maxRun > 0 && nr > maxRun) {
                            add += (nr - maxRun) * wMaxRun;
                        }
                    } else if (c == 0) {
                        if (e == 0 && r < minOff) {
                            add += (minOff - r) * wMinOff;
                        }
                        nr = 1;
                        ne = 0;
                    } else {
                        if (classForbids[c][t]) {
                            add += wForbid * sh.workedMinutes();
                        }
                        nr = r + 1;
                        ne = e;
                        if (maxRun > 0 && nr > maxRun) {
                            add += wMaxRun;
                        }
                    }
                    nr = Math.min(nr, rCap);
                    int nm = Math.min(mValues - 1, m + (sh.workedMinutes() + unit / 2) / unit);
                    int nw = w;
                    if (maxWeekends > 0 && (saturday[d] || (sunday[d] && (i == 0 || c == 0)))) {
                        if (nw < weekendAllow) {
                            nw++;
                        } else {
                            add += wWeekend;
                        }
                    }
                    int ncc = cc;
                    int tr = tracked[t];
                    if (tr == -2) {
                        add += wTemplate;
                    } else if (tr >= 0) {
                        int count = (cc / radix[t]) % (allow[t] + 1);
                        if (count < allow[t]) {
                            ncc += radix[t];
                        } else {
                            add += wTemplate;
                        }
                    }
                    int ns = index(templateClass[t], nr, ne, nm, nw, ncc, rCap, mValues, wValues, cValues);
                    long v = base + add;
                    if (v < next[ns] && v + least[i + 1] + minuteBound.least(i + 1, nm) < bound) {
                        if (next[ns] == INF) {
                            nextList[nextCount++] = ns;
                        }
                        next[ns] = v;
                        par[ns] = s;
                        cho[ns] = (byte) t;
                    }
                }
            }
            for (int li = 0; li < curCount; li++) {
                cur[curList[li]] = INF;
            }
            long[] tc = cur;
            cur = next;
            next = tc;
            int[] tl = curList;
            curList = nextList;
            nextList = tl;
            curCount = nextCount;
        }

        // the runs that continue after the window
        int suffixKind = -1; // -1: window reaches the end; 0: off; 1: work
        int suffixRun = 0;
        boolean suffixToEnd = false;
        Shift suffixShift = null;
        if (b < days) {
            suffixShift = line[b] == null ? null : line[b].getShift();
            boolean work = suffixShift != null;
            suffixKind = work ? 1 : 0;
            int d = b;
            while (d < days && working(line[d]) == work) {
                suffixRun++;
                d++;
            }
            suffixToEnd = d >= days;
        }
        int bestState = -1;
        long bestCost = INF;
        for (int li = 0; li < curCount; li++) {
            int s = curList[li];
            int rest = s / cValues / wValues;
            int m = rest % mValues;
            rest /= mValues;
            int e = rest % 2;
            rest /= 2;
            int r = rest % rCap + 1;
            int c = rest / rCap;
            long v = cur[s] + minuteCost[m];
            int k = suffixRun;
            if (suffixKind == 1) {
                if (c > 0) {
                    int t = templateOfShift.getOrDefault(suffixShift, -1);
                    if (t >= 0 && classForbids[c][t]) {
                        v += wForbid * suffixShift.workedMinutes();
                    }
                    if (maxRun > 0) {
                        v += (Math.max(0, r + k - maxRun) - Math.max(0, r - maxRun)) * wMaxRun;
                    }
                    if (e == 0 && !suffixToEnd && r + k < minRun) {
                        v += (minRun - r - k) * wMinRun;
                    }
                } else {
                    if (e == 0 && r < minOff) {
                        v += (minOff - r) * wMinOff;
                    }
                    if (maxRun > 0 && k > maxRun) {
                        v += (k - maxRun) * wMaxRun;
                    }
                    if (!suffixToEnd && k < minRun) {
                        v += (minRun - k) * wMinRun;
                    }
                }
            } else if (suffixKind == 0) {
                if (c > 0) {
                    if (e == 0 && r < minRun) {
                        v += (minRun - r) * wMinRun;
                    }
                    if (!suffixToEnd && k < minOff) {
                        v += (minOff - k) * wMinOff;
                    }
                } else if (e == 0 && !suffixToEnd && r + k < minOff) {
                    v += (minOff - r - k) * wMinOff;
                }
            }
            if (v < bestCost) {
                bestCost = v;
                bestState = s;
            }
        }
        for (int li = 0; li < curCount; li++) {
            cur[curList[li]] = INF;
        }
        if (bestState < 0) {
            return null;
        }
        if (forced != null) {
            return new Result(bestCost, null, a, b);
        }
        List<PersonDay> changed = new ArrayList<>();
        List<Shift> values = new ArrayList<>();
        int s = bestState;
        for (int i = width - 1; i >= 0; i--) {
            int t = choice[i][s];
            Shift value = t < 0 ? null : option[i][t];
            PersonDay pd = line[a + i];
            if (pd != null && value != pd.getShift()) {
                changed.add(pd);
                values.add(value);
            }
            s = parent[i][s];
        }
        if (changed.isEmpty()) {
            return new Result(bestCost, null, a, b);
        }
        return new Result(
                bestCost, new DutyChange(changed.toArray(PersonDay[]::new), values.toArray(Shift[]::new)), a, b);
    }

    /**
     * The least the minutes band can still cost once day {@code i} of the window is reached with
     * {@code m} units worked: the cheapest final total within reach (each remaining day at most its
     * longest option). The band's cost is convex in the total (nothing inside the band, a price per
     * minute outside it), so the cheapest total in reach is the overall cheapest clamped into it; if
     * the costs are not convex the bound is 0, which is always safe.
     */
    private static final class MinuteBound {
        private final long[] cost;
        private final int[] reach; // units the days from i on can add at most
        private final int cheapest;
        private final boolean convex;

        MinuteBound(long[] cost, Shift[][] option, int unit, int width, int templates) {
            this.cost = cost;
            reach = new int[width + 1];
            for (int i = width - 1; i >= 0; i--) {
                int most = 0;
                for (int t = 0; t < templates; t++) {
                    if (option[i][t] != null) {
                        most = Math.max(most, (option[i][t].workedMinutes() + unit / 2) / unit);
                    }
                }
                reach[i] = reach[i + 1] + most;
            }
            int k = 0;
            boolean ok = true;
            for (int m = 0; m < cost.length; m++) {
                if (cost[m] < cost[k]) {
                    k = m;
                }
                if (m >= 2 && cost[m] - cost[m - 1] < cost[m - 1] - cost[m - 2]) {
                    ok = false;
                }
            }
            cheapest = k;
            convex = ok;
        }

        long least(int i, int m) {
            if (!convex) {
                return 0;
            }
            int hi = Math.min(cost.length - 1, m + reach[i]);
            return cost[Math.clamp(cheapest, m, hi)];
        }
    }

    /** Days and their new duties. */
    record DutyChange(PersonDay[] days, Shift[] values) {}

    private static int index(
            int c, int r, int e, int m, int w, int cc, int rCap, int mValues, int wValues, int cValues) {
        return ((((c * rCap + (r - 1)) * 2 + e) * mValues + m) * wValues + w) * cValues + cc;
    }

    /** Whether the day is worked (a day with no person-day is a day off). */
    private static boolean working(PersonDay pd) {
        return pd != null && pd.getShift() != null;
    }

    private int classOfShift(Shift s) {
        Integer t = templateOfShift.get(s);
        return t == null ? 1 : templateClass[t];
    }

    /** What the day costs with this duty, the other people held fixed: cover, requests and days off. */
    private long costOf(int p, int d, PersonDay pd, Shift s) {
        long c = wRequest * unmet(pd.requests(), s.template().id());
        if (pd.onLeave() || pd.restDay() || pd.person().closedFor(pd.date(), s.template())) {
            c += wLeave * s.workedMinutes();
        }
        SlotCover slot = slotOf.get(s);
        if (slot != null) {
            long others = 0;
            for (int q = 0; q < grid.length; q++) {
                if (q != p && grid[q][d] != null && grid[q][d].getShift() == s) {
                    others++;
                }
            }
            c += wUnder * (slot.underCover(others + 1) - slot.underCover(others))
                    + wOver * (slot.overCover(others + 1) - slot.overCover(others))
                    + wSlotMin * (slot.minimumShortfall(others + 1) - slot.minimumShortfall(others));
        }
        return c;
    }

    private static long unmet(List<Request> requests, String template) {
        return Request.unhonoured(requests, template, Request::weight);
    }

    private static int gcd(int x, int y) {
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return x;
    }

    private void ensure(int size, int width) {
        if (costA.length < size) {
            costA = new long[size];
            costB = new long[size];
            Arrays.fill(costA, INF);
            Arrays.fill(costB, INF);
            listA = new int[size];
            listB = new int[size];
            parent = new int[0][];
            choice = new byte[0][];
        }
        if (parent.length < width || parent[0].length < size) {
            int w = Math.max(width, parent.length);
            parent = new int[w][costA.length];
            choice = new byte[w][costA.length];
        }
    }
}
