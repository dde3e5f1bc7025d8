package org.openroster.examples.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.Function;
import org.openroster.model.Activity;
import org.openroster.model.DayType;
import org.openroster.model.Qualification;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.StaffingLine;
import org.openroster.time.LocalTimes;

/**
 * The fewest worked minutes of whole shifts that cover a location's MSL curve for one qualification
 * over the window, with the templates offered there. A demand curve with peaks needs more worked time
 * than its person-minutes, since a shift cannot follow the peaks; this is what staff must be sized
 * against.
 *
 * <p>Each shift covers a run of consecutive time intervals, so the covering problem's matrix has the
 * consecutive-ones property and its linear relaxation is integral; differencing consecutive rows
 * turns it into a min-cost flow on the time points (Bartholdi, Orlin and Ratliff, 1980): a shift is an
 * arc from its start to its end costing its worked minutes, surplus cover an arc back in time at no
 * cost, and each point supplies the rise of demand there. Each day is solved on its own (activities
 * and shifts by the day they start on), which can only overstate the work a little, and days of the
 * same type and clock are solved once. People, rest and contracts are ignored: it is the work the
 * demand needs, before the question of who does it.
 */
final class ShiftFit {

    /** Cost per minute of a stretch no template can cover (it is reported, not hidden). */
    private static final long UNCOVERABLE = 1_000_000;

    private ShiftFit() {}

    /**
     * The result: worked minutes of the cover, the person-minutes of MSL demand, and the person-minutes
     * no offered template can cover.
     */
    record Fit(long workedMinutes, long demandMinutes, long uncoverableMinutes) {}

    /**
     * The minimum cover over the window of the MSL demand for {@code q} of the activities (all at one
     * location) with the templates (offered there, open to a grade of {@code q}).
     */
    static Fit cover(
            List<LocalDate> dates,
            ZoneId zone,
            Function<LocalDate, DayType> dayType,
            List<Activity> activities,
            List<ShiftTemplate> templates,
            Qualification q) {
        Map<String, Fit> byKind = new HashMap<>();
        long worked = 0;
        long demand = 0;
        long uncoverable = 0;
        for (LocalDate date : dates) {
            // Days of a type with the same clock (23, 24 or 25 hours, today and tomorrow) need the same.
            String kind = dayType.apply(date) + "/" + hours(date, zone) + "/" + hours(date.plusDays(1), zone);
            Fit day = byKind.computeIfAbsent(
                    kind, k -> coverDays(List.of(date), zone, dayType, activities, templates, q));
            worked += day.workedMinutes();
            demand += day.demandMinutes();
            uncoverable += day.uncoverableMinutes();
        }
        return new Fit(worked, demand, uncoverable);
    }

    private static long hours(LocalDate date, ZoneId zone) {
        return java.time.Duration.between(
                        LocalTimes.startOfDay(date, zone), LocalTimes.startOfDay(date.plusDays(1), zone))
                .toHours();
    }

    /** The minimum cover of the days' demand, solved as one min-cost flow. */
    private static Fit coverDays(
            List<LocalDate> dates,
            ZoneId zone,
            Function<LocalDate, DayType> dayType,
            List<Activity> activities,
            List<ShiftTemplate> templates,
            Qualification q) {
        List<long[]> demands = new ArrayList<>(); // start, end, msl
        for (LocalDate date : dates) {
            DayType type = dayType.apply(date);
            for (Activity a : activities) {
                int msl = mslFor(a, q);
                if (msl > 0 && a.runsOn(type)) {
                    var span = LocalTimes.span(date, a.start(), a.end(), zone);
                    demands.add(
                            new long[] {LocalTimes.epochMinute(span.start()), LocalTimes.epochMinute(span.end()), msl});
                }
            }
        }
        if (demands.isEmpty()) {
            return new Fit(0, 0, 0);
        }
        List<long[]> shifts = new ArrayList<>(); // start, end, worked minutes
        for (LocalDate date : dates) {
            for (ShiftTemplate t : templates) {
                var span = LocalTimes.span(date, t.start(), t.end(), zone);
                long start = LocalTimes.epochMinute(span.start());
                long end = LocalTimes.epochMinute(span.end());
                shifts.add(new long[] {start, end, Math.max(1, end - start - t.breakMinutes())});
            }
        }
        TreeSet<Long> pointSet = new TreeSet<>();
        demands.forEach(d -> {
            pointSet.add(d[0]);
            pointSet.add(d[1]);
        });
        shifts.forEach(s -> {
            pointSet.add(s[0]);
            pointSet.add(s[1]);
        });
        long[] points = pointSet.stream().mapToLong(Long::longValue).toArray();
        int n = points.length;
        long[] level = new long[n]; // demand on [points[i], points[i + 1])
        long demandMinutes = 0;
        for (long[] d : demands) {
            int from = Arrays.binarySearch(points, d[0]);
            int to = Arrays.binarySearch(points, d[1]);
            for (int i = from; i < to; i++) {
                level[i] += d[2];
            }
            demandMinutes += d[2] * (d[1] - d[0]);
        }

        // Nodes: the points, a super source and a super sink.
        int source = n;
        int sink = n + 1;
        MinCostFlow flow = new MinCostFlow(n + 2);
        long total = 0;
        for (int i = 0; i < n; i++) {
            long rise = level[i] - (i == 0 ? 0 : level[i - 1]);
            if (rise > 0) {
                flow.arc(source, i, rise, 0);
                total += rise;
            } else if (rise < 0) {
                flow.arc(i, sink, -rise, 0);
            }
        }
        long infinite = Long.MAX_VALUE / 8;
        for (long[] s : shifts) {
            flow.arc(Arrays.binarySearch(points, s[0]), Arrays.binarySearch(points, s[1]), infinite, s[2]);
        }
        int[] gaps = new int[Math.max(0, n - 1)];
        for (int i = 0; i + 1 < n; i++) {
            flow.arc(i + 1, i, infinite, 0); // surplus cover
            gaps[i] = flow.arc(i, i + 1, infinite, UNCOVERABLE * (points[i + 1] - points[i])); // nobody can be there
        }
        long cost = flow.run(source, sink, total)[1];
        long uncoverable = 0;
        for (int i = 0; i + 1 < n; i++) {
            long people = flow.flowOn(gaps[i]);
            uncoverable += people * (points[i + 1] - points[i]);
            cost -= people * UNCOVERABLE * (points[i + 1] - points[i]);
        }
        return new Fit(cost, demandMinutes, uncoverable);
    }

    /** The MSL of the activity for the qualification: its headcount, or the line's. */
    private static int mslFor(Activity a, Qualification q) {
        if (q.isAny()) {
            return a.msl();
        }
        int msl = 0;
        for (StaffingLine line : a.lines()) {
            if (line.qualification().equals(q)) {
                msl += line.msl();
            }
        }
        return msl;
    }

    /** Successive shortest paths with Dijkstra and potentials; all arc costs are non-negative. */
    private static final class MinCostFlow {
        private final int nodes;
        private final List<Integer> to = new ArrayList<>();
        private final List<Long> capacity = new ArrayList<>();
        private final List<Long> cost = new ArrayList<>();
        private final List<List<Integer>> out = new ArrayList<>();

        MinCostFlow(int nodes) {
            this.nodes = nodes;
            for (int i = 0; i < nodes; i++) {
                out.add(new ArrayList<>());
            }
        }

        /** Adds an arc and returns its index. */
        int arc(int from, int target, long cap, long unitCost) {
            int index = to.size();
            out.get(from).add(to.size());
            to.add(target);
            capacity.add(cap);
            cost.add(unitCost);
            out.get(target).add(to.size());
            to.add(from);
            capacity.add(0L);
            cost.add(-unitCost);
            return index;
        }

        /** The flow on an arc: what its reverse arc can send back. */
        long flowOn(int arc) {
            return capacity.get(arc ^ 1);
        }

        /** Sends up to {@code wanted} units; returns {flow, cost}. */
        long[] run(int source, int sink, long wanted) {
            long[] potential = new long[nodes];
            long sent = 0;
            long totalCost = 0;
            long[] dist = new long[nodes];
            int[] via = new int[nodes];
            while (sent < wanted) {
                Arrays.fill(dist, Long.MAX_VALUE);
                Arrays.fill(via, -1);
                dist[source] = 0;
                PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
                queue.add(new long[] {0, source});
                while (!queue.isEmpty()) {
                    long[] top = queue.poll();
                    int u = (int) top[1];
                    if (top[0] > dist[u]) {
                        continue;
                    }
                    for (int e : out.get(u)) {
                        if (capacity.get(e) <= 0) {
                            continue;
                        }
                        int v = to.get(e);
                        long d = dist[u] + cost.get(e) + potential[u] - potential[v];
                        if (d < dist[v]) {
                            dist[v] = d;
                            via[v] = e;
                            queue.add(new long[] {d, v});
                        }
                    }
                }
                if (dist[sink] == Long.MAX_VALUE) {
                    break;
                }
                for (int i = 0; i < nodes; i++) {
                    if (dist[i] != Long.MAX_VALUE) {
                        potential[i] += dist[i];
                    }
                }
                long push = wanted - sent;
                for (int v = sink; v != source; v = to.get(via[v] ^ 1)) {
                    push = Math.min(push, capacity.get(via[v]));
                }
                for (int v = sink; v != source; v = to.get(via[v] ^ 1)) {
                    int e = via[v];
                    capacity.set(e, capacity.get(e) - push);
                    capacity.set(e ^ 1, capacity.get(e ^ 1) + push);
                    totalCost += push * cost.get(e);
                }
                sent += push;
            }
            return new long[] {sent, totalCost};
        }
    }
}
