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
 * @param choices shifts people chose for themselves (team-based self-rostering); each is a wish to
 *     work a template on a date, scored by the {@code self-rostering-choices} rule as the problem stands
 *     (the {@code tbsr} model); {@code RosteringModels.prepare} turns them into ordinary requests for
 *     the {@code dlfr} and {@code fixed} models
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
        return toBuilder().people(newPeople).build();
    }

    public Problem withConstraintWeights(Map<String, String> weights) {
        return toBuilder().constraintWeights(weights).build();
    }

    public Problem withPins(List<Pin> newPins) {
        return toBuilder().pins(newPins).build();
    }

    public Problem withRequests(List<Request> newRequests) {
        return toBuilder().requests(newRequests).build();
    }

    public Problem withLeave(List<Leave> newLeave) {
        return toBuilder().leave(newLeave).build();
    }

    public Problem withFlexibleWorking(List<JobSharePost> posts, List<RotaLine> lines, List<Request> chosen) {
        return toBuilder().jobShares(posts).rotaLines(lines).choices(chosen).build();
    }

    /**
     * The window moved to start on {@code newStart} and last {@code newDays} (for rostering a year
     * window by window): leave that does not overlap it and requests, choices, pins and slot demands
     * dated outside it are left out.
     */
    public Problem withWindow(LocalDate newStart, int newDays) {
        LocalDate newEnd = newStart.plusDays(newDays - 1L);
        java.util.function.Predicate<LocalDate> in = d -> !d.isBefore(newStart) && !d.isAfter(newEnd);
        return toBuilder()
                .start(newStart)
                .days(newDays)
                .leave(leave.stream()
                        .filter(l -> !l.to().isBefore(newStart) && !l.from().isAfter(newEnd))
                        .toList())
                .requests(requests.stream().filter(r -> in.test(r.date())).toList())
                .choices(choices.stream().filter(r -> in.test(r.date())).toList())
                .pins(pins.stream().filter(r -> in.test(r.date())).toList())
                .slotDemands(slotDemands.stream().filter(r -> in.test(r.date())).toList())
                .build();
    }

    /** A builder holding this problem's values, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.establishment = establishment;
        b.start = start;
        b.days = days;
        b.templates = templates;
        b.activities = activities;
        b.people = people;
        b.leave = leave;
        b.requests = requests;
        b.pins = pins;
        b.slotDemands = slotDemands;
        b.constraintWeights = constraintWeights;
        b.jobShares = jobShares;
        b.rotaLines = rotaLines;
        b.choices = choices;
        return b;
    }

    /** Builds a {@link Problem}; the lists start empty. */
    public static final class Builder {
        private String id;
        private Establishment establishment;
        private LocalDate start;
        private int days;
        private List<ShiftTemplate> templates = List.of();
        private List<Activity> activities = List.of();
        private List<Person> people = List.of();
        private List<Leave> leave = List.of();
        private List<Request> requests = List.of();
        private List<Pin> pins = List.of();
        private List<SlotDemand> slotDemands = List.of();
        private Map<String, String> constraintWeights = Map.of();
        private List<JobSharePost> jobShares = List.of();
        private List<RotaLine> rotaLines = List.of();
        private List<Request> choices = List.of();

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder establishment(Establishment value) {
            establishment = value;
            return this;
        }

        public Builder start(LocalDate value) {
            start = value;
            return this;
        }

        public Builder days(int value) {
            days = value;
            return this;
        }

        public Builder templates(List<ShiftTemplate> value) {
            templates = value;
            return this;
        }

        public Builder activities(List<Activity> value) {
            activities = value;
            return this;
        }

        public Builder people(List<Person> value) {
            people = value;
            return this;
        }

        public Builder leave(List<Leave> value) {
            leave = value;
            return this;
        }

        public Builder requests(List<Request> value) {
            requests = value;
            return this;
        }

        public Builder pins(List<Pin> value) {
            pins = value;
            return this;
        }

        public Builder slotDemands(List<SlotDemand> value) {
            slotDemands = value;
            return this;
        }

        public Builder constraintWeights(Map<String, String> value) {
            constraintWeights = value;
            return this;
        }

        public Builder jobShares(List<JobSharePost> value) {
            jobShares = value;
            return this;
        }

        public Builder rotaLines(List<RotaLine> value) {
            rotaLines = value;
            return this;
        }

        public Builder choices(List<Request> value) {
            choices = value;
            return this;
        }

        public Problem build() {
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
                    jobShares,
                    rotaLines,
                    choices);
        }
    }
}
