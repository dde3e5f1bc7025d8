package org.openroster.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.openroster.examples.demo.Staffing.Draft;
import org.openroster.model.Request;
import org.openroster.solver.Shift;

/**
 * The self-rostering choices of a demo prison's staff (team-based self-rostering), as they would put
 * them on the team's board (assumption, after HMPPS self-rostering pilots):
 *
 * <ul>
 *   <li>about 85% of staff choose shifts; the others leave their roster to the team;
 *   <li>each chooses blocks of shifts worth 60-100% of their hours after leave, shaped like their
 *       rota line (runs their contract suits: compressed days, term time's open days, each post of a
 *       dual contract), at the locations they are detailed to;
 *   <li>each has a favourite kind of shift (earlies, lates, long days or nights, among those they may
 *       work) and about half want weekends off; they also see the team's need on the board (the
 *       regime's demand less the choices already on it, first come first served, in a random order);
 *   <li>job share partners choose their agreed days;
 *   <li>nobody chooses a day they are on leave, resting, or have a request about;
 *   <li>each choice weighs 1 to 3 (more for a favourite shift, and for one they really want).
 * </ul>
 */
final class Choices {

    /** Share of staff who put choices on the board. */
    static final double CHOOSING = 0.85;

    private enum Family {
        EARLY,
        LATE,
        LONG,
        NIGHT
    }

    private Choices() {}

    static List<Request> choose(
            SplittableRandom r,
            RotaDesign design,
            FixedRota rota,
            Calendar window,
            List<Draft> staff,
            Absences absences) {
        design.resetCoverage();
        List<Draft> order = new ArrayList<>(staff);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Draft t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        Set<String> asked = new HashSet<>();
        absences.requestList().forEach(q -> asked.add(q.person() + "/" + q.date()));
        List<Request> choices = new ArrayList<>();
        for (Draft d : order) {
            if (r.nextDouble() >= CHOOSING) {
                continue;
            }
            boolean[] blocked = new boolean[RotaDesign.CYCLE];
            int open = 0;
            for (int c = 0; c < RotaDesign.CYCLE; c++) {
                LocalDate date = window.start().plusDays(c);
                blocked[c] = c >= window.days() || absences.away(d).contains(date) || asked.contains(d.id + "/" + date);
                open += blocked[c] ? 0 : 1;
            }
            if (open == 0) {
                continue;
            }
            Family favourite = Family.values()[r.nextInt(Family.values().length)];
            boolean weekendsOff = r.nextDouble() < 0.5;
            RotaDesign.Line line;
            if (d.share != null) {
                line = rota.lines().get(d.id);
            } else {
                RotaDesign.DutyValue need = design.demand(d.id);
                RotaDesign.DutyValue value = (c, s) -> 2
                        + (family(s) == favourite ? 10 : 0)
                        - (weekendsOff && weekend(s) ? 15 : 0)
                        + 0.5 * need.value(c, s);
                RotaDesign.Shape shape = rota.shape(d, 1);
                double share = r.nextDouble(0.6, 1.0) * open / RotaDesign.CYCLE;
                long[] target = new long[shape.target().length];
                long[] floor = new long[target.length];
                for (int b = 0; b < target.length; b++) {
                    target[b] = Math.round(shape.target()[b] * share);
                }
                line = design.build(
                        d.id,
                        new RotaDesign.Shape(
                                1, shape.maxRun(), shape.maxPerWeek(), shape.maxWeekends(), floor, target, target),
                        value,
                        blocked,
                        FixedRota.allowed(d),
                        FixedRota.bucketOf(d.contract));
            }
            design.commit(d.id, line);
            for (int c = 0; c < RotaDesign.CYCLE; c++) {
                Shift s = line.duty[c];
                if (s == null || blocked[c] || r.nextDouble() < 0.1) {
                    continue;
                }
                int weight = 1 + (family(s) == favourite ? 1 : 0) + (r.nextDouble() < 0.25 ? 1 : 0);
                choices.add(new Request(d.id, s.date(), s.template().id(), true, Math.min(3, weight)));
            }
        }
        choices.sort(java.util.Comparator.comparing(Request::person).thenComparing(Request::date));
        return List.copyOf(choices);
    }

    private static Family family(Shift s) {
        var t = s.template();
        if (Staffing.isNight(t)) {
            return Family.NIGHT;
        }
        if (s.workedMinutes() >= 600 || (t.start().getHour() < 9 && t.end().getHour() >= 19)) {
            return Family.LONG;
        }
        return t.start().getHour() < 10 ? Family.EARLY : Family.LATE;
    }

    private static boolean weekend(Shift s) {
        DayOfWeek d = s.date().getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
