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
 * @param jobShares posts shared by job-share partners
 * @param rotaLines each person's line of a fixed rota (used by the fixed-shift rostering model)
 * @param choices shifts people chose for themselves (team-based self-rostering); each is a request to
 *     work a template on a date
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
        Map<String, String> constraintWeights,
        List<JobSharePost> jobShares,
        List<RotaLine> rotaLines,
        List<Request> choices) {

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
        jobShares = Checks.list(jobShares, "jobShares");
        rotaLines = Checks.list(rotaLines, "rotaLines");
        choices = Checks.list(choices, "choices");
    }

    /** A problem without job shares, rota lines or self-rostering choices. */
    public Problem(
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
        this(
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
                constraintWeights,
                List.of(),
                List.of(),
                List.of());
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
                constraintWeights,
                jobShares,
                rotaLines,
                choices);
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
                weights,
                jobShares,
                rotaLines,
                choices);
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
                constraintWeights,
                jobShares,
                rotaLines,
                choices);
    }

    public Problem withRequests(List<Request> newRequests) {
        return new Problem(
                id,
                establishment,
                start,
                days,
                templates,
                activities,
                people,
                leave,
                newRequests,
                pins,
                slotDemands,
                constraintWeights,
                jobShares,
                rotaLines,
                choices);
    }

    public Problem withLeave(List<Leave> newLeave) {
        return new Problem(
                id,
                establishment,
                start,
                days,
                templates,
                activities,
                people,
                newLeave,
                requests,
                pins,
                slotDemands,
                constraintWeights,
                jobShares,
                rotaLines,
                choices);
    }

    public Problem withFlexibleWorking(List<JobSharePost> posts, List<RotaLine> lines, List<Request> chosen) {
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
                constraintWeights,
                posts,
                lines,
                chosen);
    }

    /** The window moved to start on {@code newStart} (for rostering a year window by window). */
    public Problem withWindow(LocalDate newStart, int newDays) {
        return new Problem(
                id,
                establishment,
                newStart,
                newDays,
                templates,
                activities,
                people,
                leave,
                requests,
                pins,
                slotDemands,
                constraintWeights,
                jobShares,
                rotaLines,
                choices);
    }
}
