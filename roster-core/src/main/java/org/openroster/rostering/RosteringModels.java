package org.openroster.rostering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.model.Leave;
import org.openroster.model.Person;
import org.openroster.model.Pin;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.RotaLine;
import org.openroster.model.ShiftTemplate;
import org.openroster.solver.RosterBuilder;

/**
 * Turns a problem into the one the chosen rostering model solves: rota lines become pins (fixed);
 * choices stay self-rostering choices, kept unless the regime's statutory or safety needs outweigh
 * them (self-rostering, the {@code self-rostering-choices} rule), or become ordinary requests (DLFR
 * and fixed).
 */
public final class RosteringModels {

    private RosteringModels() {}

    public static Problem prepare(Problem problem, RosteringModel model) {
        return switch (model) {
            case FIXED -> withRotaPins(choicesAsRequests(problem));
            case TBSR -> problem;
            case DLFR -> choicesAsRequests(problem);
        };
    }

    /** The problem with each choice moved to the requests, as an ordinary request of the same weight. */
    static Problem choicesAsRequests(Problem problem) {
        if (problem.choices().isEmpty()) {
            return problem;
        }
        List<Request> requests = new ArrayList<>(problem.requests());
        for (Request c : problem.choices()) {
            requests.add(new Request(c.person(), c.date(), c.template(), true, c.weight()));
        }
        return problem.withRequests(requests).withFlexibleWorking(problem.jobShares(), problem.rotaLines(), List.of());
    }

    /**
     * The problem with every working day of every rota line pinned (except days of leave or rest,
     * which are left to the solver, as are the rota's days off and anything already pinned), up to
     * the person's contract maximum for the window: where leave, taken off the band in the contract's
     * hours, leaves the line's other days over it, the days past it are left to the solver (the person
     * is stood down rather than pinned over their band).
     */
    static Problem withRotaPins(Problem problem) {
        Map<String, Person> people = new HashMap<>();
        problem.people().forEach(p -> people.put(p.id(), p));
        Set<String> pinned = new HashSet<>();
        problem.pins().forEach(p -> pinned.add(p.person() + "/" + p.date()));
        List<Pin> pins = new ArrayList<>(problem.pins());
        Map<String, ShiftTemplate> templates = new HashMap<>();
        problem.templates().forEach(t -> templates.put(t.id(), t));
        for (RotaLine line : problem.rotaLines()) {
            Person person = people.get(line.person());
            long room = RosterBuilder.contractBounds(problem, person).max();
            for (Pin pin : problem.pins()) {
                if (pin.person().equals(person.id()) && pin.template() != null) {
                    room -= workedMinutes(templates.get(pin.template()));
                }
            }
            for (LocalDate date : problem.dates()) {
                String entry = line.entryOn(date);
                if (RotaLine.OFF.equals(entry)
                        || person.isRestDay(date)
                        || onLeave(problem.leave(), line.person(), date)
                        || !pinned.add(line.person() + "/" + date)) {
                    continue;
                }
                String[] tl = entry.split("@");
                long minutes = workedMinutes(templates.get(tl[0]));
                if (minutes > room) {
                    continue;
                }
                room -= minutes;
                pins.add(new Pin(line.person(), date, tl[0], tl[1]));
            }
        }
        return problem.withPins(pins);
    }

    /** The template's working minutes on a day without a clock change (its break unpaid). */
    private static long workedMinutes(ShiftTemplate t) {
        return t.nominalMinutes() - t.breakMinutes();
    }

    private static boolean onLeave(List<Leave> leave, String person, LocalDate date) {
        return leave.stream().anyMatch(l -> l.person().equals(person) && l.covers(date));
    }
}
