package org.openroster.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to roster one planning window of {@code days} days from {@code start}. Local
 * invariants are checked here; references between parts (a leave's person, a pin's template...)
 * are checked by {@link ProblemValidator}.
 *
 * @param constraintWeights overrides of constraint weights by constraint id, as score strings such
 *     as {@code "0hard/0medium/5soft"} ({@code "0soft"} switches a constraint off)
 */
public record Problem(
        String id,
        Establishment establishment,
        LocalDate start,
        int days,
        List<ShiftTemplate> templates,
        List<Activity> activities,
        List<Person> people,
        List<Leave> leave,
        List<Request> requests,
        List<Pin> pins,
        List<SlotDemand> slotDemands,
        Map<String, String> constraintWeights) {

    public Problem {
        Checks.id(id, "problem id");
        Checks.notNull(establishment, "establishment");
        Checks.notNull(start, "start");
        Checks.positive(days, "days");
        templates = Checks.list(templates, "templates");
        activities = Checks.list(activities, "activities");
        people = Checks.list(people, "people");
        leave = Checks.list(leave, "leave");
        requests = Checks.list(requests, "requests");
        pins = Checks.list(pins, "pins");
        slotDemands = Checks.list(slotDemands, "slotDemands");
        constraintWeights = Map.copyOf(constraintWeights == null ? Map.of() : constraintWeights);
    }

    public LocalDate end() {
        return start.plusDays(days - 1L);
    }

    public List<LocalDate> dates() {
        return start.datesUntil(start.plusDays(days)).toList();
    }

    public boolean inWindow(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    public Problem withPeople(List<Person> newPeople) {
        return new Problem(
                id,
                establishment,
                start,
                days,
                templates,
                activities,
                newPeople,
                leave,
                requests,
                pins,
                slotDemands,
                constraintWeights);
    }

    public Problem withConstraintWeights(Map<String, String> weights) {
        return new Problem(
                id,
                establishment,
                start,
                days,
                templates,
                activities,
                people,
                leave,
                requests,
                pins,
                slotDemands,
                weights);
    }

    public Problem withPins(List<Pin> newPins) {
        return new Problem(
                id,
                establishment,
                start,
                days,
                templates,
                activities,
                people,
                leave,
                requests,
                newPins,
                slotDemands,
                constraintWeights);
    }
}
