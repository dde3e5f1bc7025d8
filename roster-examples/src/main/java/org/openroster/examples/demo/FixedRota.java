package org.openroster.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.openroster.examples.demo.Staffing.Draft;
import org.openroster.model.Contract;
import org.openroster.model.Grade;
import org.openroster.model.HoursBounds;
import org.openroster.model.RotaLine;
import org.openroster.solver.Shift;

/**
 * The fixed rota of a demo prison: a line for every person ({@link RotaDesign}), shaped by their
 * contract, and the balances of annualised and term-time hours that go with it.
 */
final class FixedRota {

    private final RotaDesign design;
    private final Calendar calendar;
    private final Map<String, RotaDesign.Line> lines = new LinkedHashMap<>();

    FixedRota(RotaDesign design, Calendar calendar) {
        this.design = design;
        this.calendar = calendar;
    }

    Map<String, RotaDesign.Line> lines() {
        return lines;
    }

    /** The rota lines, anchored on the window's first day, in staff order. */
    List<RotaLine> rotaLines(List<Draft> staff) {
        return staff.stream()
                .map(d -> lines.get(d.id).toRotaLine(d.id, calendar.start()))
                .toList();
    }

    /** Whether the person's line has a duty on the date. */
    boolean working(Draft d, LocalDate date) {
        return lines.get(d.id)
                .working((int) (date.toEpochDay() - calendar.start().toEpochDay()));
    }

    /**
     * Draws every line: job shares first (their agreed days), then the least flexible (compressed
     * hours, term time, dual contracts), then the holders of scarce lines (supervisors and managers,
     * night leads, OSGs), then everyone else, minimum-hours staff last. Then sets each annualised and
     * term-time balance brought forward so that the line is what the window's target asks for, give or
     * take a third of the tolerance.
     */
    void design(SplittableRandom r, List<Draft> staff, List<JobShares.Pair> pairs) {
        for (JobShares.Pair pair : pairs) {
            for (Draft d : List.of(pair.lead(), pair.partner())) {
                RotaDesign.Line line = pair.line(design, d, calendar.start());
                design.commit(d.id, line);
                lines.put(d.id, line);
            }
        }
        List<Draft> order =
                new ArrayList<>(staff.stream().filter(d -> d.share == null).toList());
        order.sort(Comparator.comparingInt(FixedRota::priority));
        boolean[] none = new boolean[RotaDesign.CYCLE];
        for (Draft d : order) {
            double uneven = d.contract instanceof Contract.Annualised
                    ? r.nextDouble(0.85, 1.15)
                    : d.contract instanceof Contract.TermTime ? r.nextDouble(0.9, 1.1) : 1;
            RotaDesign.Line line =
                    design.build(d.id, shape(d, uneven), design.demand(d.id), none, allowed(d), bucketOf(d.contract));
            design.commit(d.id, line);
            lines.put(d.id, line);
        }
        for (Draft d : staff) {
            if (d.contract instanceof Contract.Annualised || d.contract instanceof Contract.TermTime) {
                long tolerance = d.contract instanceof Contract.Annualised a
                        ? a.toleranceMinutes()
                        : ((Contract.TermTime) d.contract).terms().toleranceMinutes();
                long offset = r.nextLong(-tolerance / 3, tolerance / 3 + 1);
                // the balance tells the story of the line's first four weeks (a longer window, e.g. a
                // year planned window by window, carries the balance on from there)
                d.contract = ContractMix.withBalance(
                        d.contract, calendar.start().plusDays(designDays() - 1L), windowMinutes(d), offset);
            }
        }
    }

    /** Days of the window the line's balance is set for: the window, at most the line's cycle. */
    private int designDays() {
        return Math.min(calendar.days(), RotaDesign.CYCLE);
    }

    /** The minutes the person's line holds on the days they may work in the first {@link #designDays}. */
    long windowMinutes(Draft d) {
        RotaDesign.Line line = lines.get(d.id);
        long total = 0;
        var person = d.build();
        for (LocalDate date : calendar.dates().subList(0, designDays())) {
            Shift s =
                    line.duty[Math.floorMod(date.toEpochDay() - calendar.start().toEpochDay(), RotaDesign.CYCLE)];
            if (s != null && !person.isRestDay(date)) {
                total += s.workedMinutes();
            }
        }
        return total;
    }

    /**
     * The shifts a line may hold: of a compressed day's length for compressed hours; at least 7 hours
     * for someone on 30 hours a week or more (a rota does not give a full-timer four-hour shifts); and
     * never shorter than what a day of the person's leave is worth, so that leave on a rostered day takes
     * no more off the target than off the line.
     */
    static java.util.function.Predicate<Shift> allowed(Draft d) {
        int shortest = Math.max(d.contract.weeklyMinutes() >= 30 * 60 ? 420 : 0, d.contract.leaveDayMinutes());
        return s -> RotaDesign.fitsCompressed(d.contract, s) && s.workedMinutes() >= shortest;
    }

    private static int priority(Draft d) {
        return switch (d.contract) {
            case Contract.Compressed c -> c.daysPerWeek() == 3 ? 0 : 1;
            case Contract.TermTime t -> 2;
            case Contract.Dual dual -> 3;
            case Contract.MinimumHours m -> 9;
            default ->
                d.grade == Grade.SUPERVISING_OFFICER || d.grade == Grade.CUSTODIAL_MANAGER
                        ? 4
                        : d.skills.contains(DemoPrison.NIGHT_LEAD) ? 5 : d.grade == Grade.OSG ? 6 : 7;
        };
    }

    /** Which of the hours buckets a duty counts toward: a dual contract's post, else the one bucket. */
    static ToIntFunction<Shift> bucketOf(Contract contract) {
        if (contract instanceof Contract.Dual dual) {
            return s ->
                    Math.max(0, dual.posts().indexOf(dual.postFor(s.template().grades())));
        }
        return s -> 0;
    }

    /**
     * The shape of the person's line over the four weeks: runs of three to five days for full-timers
     * (two to four for part-timers and dual contracts, two or three for minimum hours), at most four
     * compressed days a week (three compressed nights), and the hours of the contract's band over the
     * four weeks: from its minimum to its target (a rota line holds contracted hours; extra hours are
     * offered on top of it, never drawn into it); for annualised
     * and term-time hours the trajectory's four weeks times {@code uneven} within a third of the
     * tolerance (hours are worked unevenly across the year).
     */
    RotaDesign.Shape shape(Draft d, double uneven) {
        Contract c = d.contract;
        int maxWeekends = d.rules.maxWeekends();
        return switch (c) {
            case Contract.Compressed comp ->
                new RotaDesign.Shape(2, comp.daysPerWeek(), comp.daysPerWeek(), maxWeekends, band(d, c));
            case Contract.Annualised a -> annualShape(d, uneven, a.toleranceMinutes(), 3, 5, maxWeekends);
            case Contract.TermTime t -> annualShape(d, uneven, t.terms().toleranceMinutes(), 3, 5, maxWeekends);
            case Contract.MinimumHours m -> new RotaDesign.Shape(2, 3, 6, maxWeekends, minimumHours(m));
            case Contract.Dual dual -> {
                List<long[]> posts =
                        dual.posts().stream().map(p -> band(d, p.contract())).toList();
                long[][] buckets = new long[3][posts.size()];
                for (int i = 0; i < posts.size(); i++) {
                    for (int k = 0; k < 3; k++) {
                        buckets[k][i] = posts.get(i)[k];
                    }
                }
                yield new RotaDesign.Shape(2, 4, 6, maxWeekends, buckets[0], buckets[1], buckets[2]);
            }
            case Contract.PartTime p -> new RotaDesign.Shape(2, 4, 6, maxWeekends, band(d, c));
            default -> new RotaDesign.Shape(3, 5, 6, maxWeekends, band(d, c));
        };
    }

    private RotaDesign.Shape annualShape(Draft d, double uneven, long tolerance, int minRun, int maxRun, int weekends) {
        LocalDate end = calendar.start().plusDays(RotaDesign.CYCLE);
        long due = d.contract instanceof Contract.Annualised a
                ? a.trajectory(end) - a.trajectory(calendar.start())
                : ((Contract.TermTime) d.contract).trajectory(end)
                        - ((Contract.TermTime) d.contract).trajectory(calendar.start());
        long target = Math.round(due * uneven);
        return new RotaDesign.Shape(
                minRun,
                maxRun,
                6,
                weekends,
                new long[] {Math.max(0, target - tolerance / 3)},
                new long[] {target},
                new long[] {target + tolerance / 3});
    }

    /** {floor, target, cap} of the contract's band over the four weeks before leave. */
    private long[] band(Draft d, Contract c) {
        HoursBounds b = d.rules.apply(c.bounds(calendar.start(), RotaDesign.CYCLE, 0));
        return new long[] {b.min(), b.target(), b.target()};
    }

    /** {floor, target, cap} of a minimum-hours line: the guarantee, give or take a few hours. */
    private static long[] minimumHours(Contract.MinimumHours m) {
        long target = (long) m.guaranteedMinutesPerWeek() * RotaDesign.CYCLE / 7;
        return new long[] {target - m.guaranteedMinutesPerWeek() / 2, target, target};
    }
}
