package org.openroster.examples.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openroster.examples.demo.DemoPrison.Size;
import org.openroster.model.Activity;
import org.openroster.model.Grade;
import org.openroster.model.Problem;
import org.openroster.model.Qualification;
import org.openroster.model.ShiftTemplate;
import org.openroster.solver.CoverSegment;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.Shift;

/**
 * A capacity summary of a problem, to check that its staff can make it regime-safe before solving,
 * for each location and line of its staffing ladders (the headcount "any", and each grade or skill
 * line), using the engine's own coverage segments and each person's shift options (grade, locations,
 * skills, adjustments, leave and rest days applied):
 *
 * <ul>
 *   <li>MSL and SDSOL demand in person-hours, and the <em>fit</em>: the worked hours whole shifts
 *       need to cover MSL (a greedy cover with the templates offered there; a curve with peaks needs
 *       more than its person-hours);
 *   <li>eligible hours: contracted hours, net of leave, of everyone who could cover the line there
 *       (a person counts in full at each location they may work);
 *   <li>cover: the largest multiple of the fit that the line's holders can give every location at
 *       once (a max-flow from people, capacity their contracted hours, to locations, so that shared
 *       people are not counted twice); night cover the same for the demand that only night shifts can
 *       cover, from the people who may work nights;
 *   <li>peak: over the line's segments, the fewest people who could be there divided by MSL.
 * </ul>
 *
 * <p>These are necessary conditions, not sufficient ones (rest rules, contract bands and the
 * simultaneity of lines are left to the solver). The report also lists people whose contract band no
 * combination of their shift options can meet.
 */
public final class DemoPrisonCheck {

    private DemoPrisonCheck() {}

    /**
     * One line of a location's ladder.
     *
     * @param fitHours worked hours whole shifts need to cover the line's MSL
     * @param eligibleHours contracted hours (net of leave) of everyone who could cover it
     * @param cover the cover ratio of the line's qualification (of the fit, across all locations)
     * @param nightMslHours MSL person-hours that only night shifts can cover
     * @param nightEligibleHours contracted hours of everyone who could cover it at night
     * @param nightCover the cover ratio of the night demand of the line's qualification
     * @param peak over its segments, the fewest people who could be there over MSL
     */
    public record Line(
            String location,
            String qualification,
            double mslHours,
            double sdsolHours,
            double fitHours,
            double eligibleHours,
            double cover,
            double nightMslHours,
            double nightEligibleHours,
            double nightCover,
            double peak) {}

    /** The capacity summary of a problem. */
    public record Report(
            String problemId,
            int people,
            Map<Grade, Integer> grades,
            int partTime,
            double leaveShare,
            double contractedHours,
            double mslHours,
            double fitHours,
            double sdsolHours,
            List<Line> lines,
            List<String> unreachableContracts) {

        /**
         * Whether every line with MSL demand is covered {@code ratio} times over (by day and at night),
         * every segment has at least its MSL of people who could be there, and every contract band can
         * be met.
         */
        public boolean mslCovered(double ratio) {
            return unreachableContracts.isEmpty()
                    && lines.stream()
                            .filter(l -> l.mslHours() > 0)
                            .allMatch(l -> l.cover() >= ratio
                                    && (l.nightMslHours() == 0 || l.nightCover() >= ratio)
                                    && l.peak() >= 1);
        }

        /** The lowest cover ratio (day or night) of any line with MSL demand. */
        public double minCover() {
            return lines.stream()
                    .filter(l -> l.mslHours() > 0)
                    .mapToDouble(l -> Math.min(l.cover(), l.nightMslHours() == 0 ? l.cover() : l.nightCover()))
                    .min()
                    .orElse(Double.POSITIVE_INFINITY);
        }

        /** A table for people. */
        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(
                    Locale.ROOT,
                    "%s: %d staff %s, %d part time, %.1f%% of person-days on leave%n",
                    problemId,
                    people,
                    grades,
                    partTime,
                    100 * leaveShare));
            b.append(String.format(
                    Locale.ROOT,
                    "contracted %.0f h net of leave; headcount at MSL %.0f h (contracted x%.2f), as whole shifts"
                            + " %.0f h (x%.2f); at SDSOL %.0f h (x%.2f)%n",
                    contractedHours,
                    mslHours,
                    contractedHours / mslHours,
                    fitHours,
                    contractedHours / fitHours,
                    sdsolHours,
                    contractedHours / sdsolHours));
            b.append(String.format(
                    Locale.ROOT,
                    "%-10s %-22s %7s %7s %7s %8s %6s %7s %8s %6s %6s%n",
                    "location",
                    "line",
                    "MSL h",
                    "SDSOL h",
                    "fit h",
                    "elig h",
                    "cover",
                    "night h",
                    "n.elig h",
                    "n.cov",
                    "peak"));
            for (Line l : lines) {
                b.append(String.format(
                        Locale.ROOT,
                        "%-10s %-22s %7.0f %7.0f %7.0f %8.0f %6.2f %7.0f %8.0f %6s %6.2f%n",
                        l.location(),
                        l.qualification().replace("CUSTODIAL_MANAGER, SUPERVISING_OFFICER", "SO or CM"),
                        l.mslHours(),
                        l.sdsolHours(),
                        l.fitHours(),
                        l.eligibleHours(),
                        l.cover(),
                        l.nightMslHours(),
                        l.nightEligibleHours(),
                        l.nightMslHours() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", l.nightCover()),
                        l.peak()));
            }
            b.append(
                    unreachableContracts.isEmpty()
                            ? "every contract band can be met by the person's shift options\n"
                            : "contract bands no shift combination meets: " + unreachableContracts + "\n");
            return b.toString();
        }
    }

    /** Prints the capacity summary of each size (or of {@code size [seed]} given as arguments). */
    public static void main(String[] args) {
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        List<Size> sizes =
                args.length > 0 ? List.of(Size.valueOf(args[0].toUpperCase(Locale.ROOT))) : List.of(Size.values());
        for (Size size : sizes) {
            System.out.println(check(DemoPrison.generate(size, seed)).format());
        }
    }

    /** A location and a qualification label. */
    private record Key(String location, String qualification) {}

    /** The capacity summary of the problem (which must be valid). */
    public static Report check(Problem problem) {
        Roster roster = RosterBuilder.build(problem);
        List<CoverSegment> segments = roster.getSegments();

        // A segment is night demand when no day shift covers it.
        Set<CoverSegment> dayCoverable = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Shift shift : roster.getShifts()) {
            if (!shift.night()) {
                dayCoverable.addAll(shift.coveredSegments());
            }
        }
        Map<CoverSegment, Key> keys = new IdentityHashMap<>();
        segments.forEach(seg -> keys.put(seg, key(seg)));
        Map<Key, double[]> demand = new TreeMap<>(Comparator.comparing(Key::location)
                .thenComparing(k -> k.qualification().equals("any") ? "" : k.qualification()));
        Map<Key, Qualification> qualifications = new HashMap<>();
        for (CoverSegment s : segments) {
            double[] d = demand.computeIfAbsent(keys.get(s), k -> new double[3]);
            d[0] += s.msl() * s.minutes() / 60.0;
            d[1] += s.sdsol() * s.minutes() / 60.0;
            if (!dayCoverable.contains(s)) {
                d[2] += s.msl() * s.minutes() / 60.0;
            }
            qualifications.putIfAbsent(keys.get(s), s.qualification());
        }
        Map<Key, Double> fit = new HashMap<>();
        demand.keySet().forEach(k -> fit.put(k, fitHours(problem, k.location(), qualifications.get(k))));

        // Who could cover each segment, and which lines each person could serve (by day, at night).
        Map<String, PersonWindow> windows = new LinkedHashMap<>();
        roster.getWindows().forEach(w -> windows.put(w.id(), w));
        Map<CoverSegment, Set<String>> available = new IdentityHashMap<>();
        Map<String, Set<Key>> serves = new LinkedHashMap<>();
        Map<String, Set<Key>> servesAtNight = new LinkedHashMap<>();
        windows.keySet().forEach(id -> {
            serves.put(id, new HashSet<>());
            servesAtNight.put(id, new HashSet<>());
        });
        for (PersonDay pd : roster.getPersonDays()) {
            String id = pd.person().id();
            for (Shift option : pd.getOptions()) {
                for (CoverSegment s : option.coveredSegments()) {
                    if (s.qualification().matches(pd.person())) {
                        available.computeIfAbsent(s, k -> new HashSet<>()).add(id);
                        serves.get(id).add(keys.get(s));
                        if (!dayCoverable.contains(s)) {
                            servesAtNight.get(id).add(keys.get(s));
                        }
                    }
                }
            }
        }
        Map<Key, Double> peak = new HashMap<>();
        for (CoverSegment s : segments) {
            if (s.msl() > 0) {
                peak.merge(keys.get(s), available.getOrDefault(s, Set.of()).size() / (double) s.msl(), Math::min);
            }
        }
        Map<Key, Double> eligible = hoursBy(serves, windows);
        Map<Key, Double> nightEligible = hoursBy(servesAtNight, windows);

        Map<String, double[]> cover = new HashMap<>();
        for (String q :
                demand.keySet().stream().map(Key::qualification).distinct().toList()) {
            Map<Key, Double> dayNeed = new HashMap<>();
            Map<Key, Double> nightNeed = new HashMap<>();
            demand.forEach((k, d) -> {
                if (k.qualification().equals(q) && d[0] > 0) {
                    dayNeed.put(k, fit.get(k));
                }
                if (k.qualification().equals(q) && d[2] > 0) {
                    nightNeed.put(k, d[2]);
                }
            });
            cover.put(
                    q,
                    new double[] {coverRatio(dayNeed, windows, serves), coverRatio(nightNeed, windows, servesAtNight)});
        }

        List<Line> lines = new ArrayList<>();
        demand.forEach((k, d) -> lines.add(new Line(
                k.location(),
                k.qualification(),
                d[0],
                d[1],
                fit.get(k),
                eligible.getOrDefault(k, 0.0),
                cover.get(k.qualification())[0],
                d[2],
                nightEligible.getOrDefault(k, 0.0),
                cover.get(k.qualification())[1],
                peak.getOrDefault(k, Double.POSITIVE_INFINITY))));

        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        problem.people().forEach(p -> grades.merge(p.grade(), 1, Integer::sum));
        long leaveDays = problem.leave().stream()
                .mapToLong(l -> l.from()
                        .datesUntil(l.to().plusDays(1))
                        .filter(problem::inWindow)
                        .count())
                .sum();
        double contracted = windows.values().stream()
                .mapToDouble(w -> w.bounds().target() / 60.0)
                .sum();
        return new Report(
                problem.id(),
                problem.people().size(),
                grades,
                (int) problem.people().stream()
                        .filter(p -> p.contract().kind().equals("partTime"))
                        .count(),
                leaveDays / (double) (problem.people().size() * (long) problem.days()),
                contracted,
                sumAny(demand, 0),
                fit.entrySet().stream()
                        .filter(e -> e.getKey().qualification().equals("any"))
                        .mapToDouble(Map.Entry::getValue)
                        .sum(),
                sumAny(demand, 1),
                List.copyOf(lines),
                unreachableContracts(roster));
    }

    private static Key key(CoverSegment s) {
        return new Key(s.location().id(), s.qualification().label());
    }

    private static double sumAny(Map<Key, double[]> demand, int index) {
        return demand.entrySet().stream()
                .filter(e -> e.getKey().qualification().equals("any"))
                .mapToDouble(e -> e.getValue()[index])
                .sum();
    }

    private static Map<Key, Double> hoursBy(Map<String, Set<Key>> serves, Map<String, PersonWindow> windows) {
        Map<Key, Double> hours = new HashMap<>();
        serves.forEach((id, keys) ->
                keys.forEach(k -> hours.merge(k, windows.get(id).bounds().target() / 60.0, Double::sum)));
        return hours;
    }

    /** Worked hours of whole shifts (templates offered at the location, open to a grade of q) covering MSL. */
    private static double fitHours(Problem problem, String location, Qualification q) {
        List<Activity> here = problem.activities().stream()
                .filter(a -> a.location().equals(location))
                .toList();
        List<ShiftTemplate> offered = problem.templates().stream()
                .filter(t -> t.offeredAt(location))
                .filter(t -> q.grades().isEmpty() || q.grades().stream().anyMatch(t::openTo))
                .toList();
        var e = problem.establishment();
        return ShiftFit.cover(problem.dates(), e.zone(), e::dayType, here, offered, q)
                        .workedMinutes()
                / 60.0;
    }

    /**
     * The largest {@code r} (to 0.01, at most 10) such that people can give every line {@code r} times
     * its need at once: a bipartite max-flow from people (capacity: their contracted minutes) to the
     * lines they could serve.
     */
    private static double coverRatio(
            Map<Key, Double> needHours, Map<String, PersonWindow> windows, Map<String, Set<Key>> serves) {
        if (needHours.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = 10;
        if (saturates(hi, needHours, windows, serves)) {
            return hi;
        }
        while (hi - lo > 0.005) {
            double mid = (lo + hi) / 2;
            if (saturates(mid, needHours, windows, serves)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.floor(lo * 100) / 100;
    }

    private static boolean saturates(
            double ratio, Map<Key, Double> needHours, Map<String, PersonWindow> windows, Map<String, Set<Key>> serves) {
        List<Key> sinks = new ArrayList<>(needHours.keySet());
        List<String> people = windows.keySet().stream()
                .filter(id -> serves.get(id).stream().anyMatch(needHours::containsKey))
                .toList();
        int source = 0;
        int firstSink = 1 + people.size();
        int target = firstSink + sinks.size();
        MaxFlow flow = new MaxFlow(target + 1);
        Map<Key, Integer> sinkIndex = new HashMap<>();
        long needed = 0;
        for (int i = 0; i < sinks.size(); i++) {
            sinkIndex.put(sinks.get(i), firstSink + i);
            long cap = (long) Math.ceil(ratio * needHours.get(sinks.get(i)) * 60);
            flow.edge(firstSink + i, target, cap);
            needed += cap;
        }
        for (int i = 0; i < people.size(); i++) {
            flow.edge(source, 1 + i, windows.get(people.get(i)).bounds().target());
            for (Key k : serves.get(people.get(i))) {
                Integer sink = sinkIndex.get(k);
                if (sink != null) {
                    flow.edge(1 + i, sink, Long.MAX_VALUE / 4);
                }
            }
        }
        return flow.max(source, target) >= needed;
    }

    /**
     * People whose contract band no combination of their daily shift options reaches (at most one
     * shift a day; rest rules not applied), by id.
     */
    private static List<String> unreachableContracts(Roster roster) {
        Map<String, List<PersonDay>> days = new LinkedHashMap<>();
        roster.getPersonDays()
                .forEach(pd -> days.computeIfAbsent(pd.person().id(), k -> new ArrayList<>())
                        .add(pd));
        List<String> result = new ArrayList<>();
        for (PersonWindow w : roster.getWindows()) {
            List<Set<Integer>> lengths = new ArrayList<>();
            for (PersonDay pd : days.getOrDefault(w.id(), List.of())) {
                Set<Integer> day = new HashSet<>();
                pd.getOptions().forEach(s -> day.add(s.workedMinutes()));
                lengths.add(day);
            }
            if (!Reach.reachable(lengths, w.bounds().min(), w.bounds().max())) {
                result.add(w.id());
            }
        }
        return List.copyOf(result);
    }

    /** Dinic's maximum flow on a small graph with long capacities. */
    private static final class MaxFlow {
        private final List<List<int[]>> graph = new ArrayList<>(); // edge: to, index of reverse
        private final List<long[]> capacity = new ArrayList<>(); // per node, capacities by edge index
        private final int[] level;
        private final int[] next;

        MaxFlow(int nodes) {
            for (int i = 0; i < nodes; i++) {
                graph.add(new ArrayList<>());
                capacity.add(new long[4]);
            }
            level = new int[nodes];
            next = new int[nodes];
        }

        void edge(int from, int to, long cap) {
            int a = graph.get(from).size();
            int b = graph.get(to).size();
            graph.get(from).add(new int[] {to, b});
            setCap(from, a, cap);
            graph.get(to).add(new int[] {from, a});
            setCap(to, graph.get(to).size() - 1, 0);
        }

        private void setCap(int node, int index, long cap) {
            long[] caps = capacity.get(node);
            if (index >= caps.length) {
                caps = java.util.Arrays.copyOf(caps, Math.max(index + 1, caps.length * 2));
                capacity.set(node, caps);
            }
            caps[index] = cap;
        }

        long max(int source, int sink) {
            long total = 0;
            while (bfs(source, sink)) {
                java.util.Arrays.fill(next, 0);
                long pushed;
                while ((pushed = dfs(source, sink, Long.MAX_VALUE)) > 0) {
                    total += pushed;
                }
            }
            return total;
        }

        private boolean bfs(int source, int sink) {
            java.util.Arrays.fill(level, -1);
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            level[source] = 0;
            queue.add(source);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                List<int[]> edges = graph.get(u);
                for (int i = 0; i < edges.size(); i++) {
                    int v = edges.get(i)[0];
                    if (level[v] < 0 && capacity.get(u)[i] > 0) {
                        level[v] = level[u] + 1;
                        queue.add(v);
                    }
                }
            }
            return level[sink] >= 0;
        }

        private long dfs(int u, int sink, long limit) {
            if (u == sink) {
                return limit;
            }
            List<int[]> edges = graph.get(u);
            for (; next[u] < edges.size(); next[u]++) {
                int i = next[u];
                int v = edges.get(i)[0];
                long cap = capacity.get(u)[i];
                if (cap > 0 && level[v] == level[u] + 1) {
                    long pushed = dfs(v, sink, Math.min(limit, cap));
                    if (pushed > 0) {
                        capacity.get(u)[i] -= pushed;
                        capacity.get(v)[edges.get(i)[1]] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }
    }
}
