package org.openroster.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A member of staff. The name is personal data: it goes into the roster the prison reads, never
 * into logs. Adjustments are restrictions only. {@code locations} lists where the person is
 * detailed or trained to work (empty: anywhere their grade allows).
 *
 * @param optedOut opted out in writing of the 48-hour average week (WTR reg 5)
 * @param youngWorker under 18 (WTR regs 5A, 6A, 10(2), 11(3), 12(4))
 * @param nightWorker a night worker for WTR reg 6
 * @param fixedRestDays days of the week never rostered (agreed fixed rest days)
 * @param daysOff dates never rostered (agreed days off outside leave)
 * @param extraHoursElection what the person takes for extra hours unless they elect otherwise for an
 *     occasion: TOIL (the default) or payment plus
 */
public record Person(
        String id,
        String name,
        Grade grade,
        Set<String> skills,
        Set<String> locations,
        Adjustments adjustments,
        boolean optedOut,
        boolean youngWorker,
        boolean nightWorker,
        LocalDate serviceStart,
        Contract contract,
        WorkRules rules,
        Set<DayOfWeek> fixedRestDays,
        Set<LocalDate> daysOff,
        History history,
        ExtraHoursElection extraHoursElection) {

    public Person {
        Checks.id(id, "person id");
        Checks.notNull(grade, "grade of person (" + id + ")");
        skills = Checks.set(skills, "skills");
        locations = Checks.set(locations, "locations");
        adjustments = adjustments == null ? Adjustments.NONE : adjustments;
        Checks.notNull(contract, "contract of person (" + id + ")");
        rules = rules == null ? WorkRules.DEFAULT : rules;
        fixedRestDays = Checks.set(fixedRestDays, "fixedRestDays");
        daysOff = Checks.set(daysOff, "daysOff");
        history = history == null ? History.NONE : history;
        extraHoursElection = extraHoursElection == null ? ExtraHoursElection.TOIL : extraHoursElection;
    }

    /** A person who takes extra hours as TOIL unless they elect otherwise. */
    public Person(
            String id,
            String name,
            Grade grade,
            Set<String> skills,
            Set<String> locations,
            Adjustments adjustments,
            boolean optedOut,
            boolean youngWorker,
            boolean nightWorker,
            LocalDate serviceStart,
            Contract contract,
            WorkRules rules,
            Set<DayOfWeek> fixedRestDays,
            Set<LocalDate> daysOff,
            History history) {
        this(
                id,
                name,
                grade,
                skills,
                locations,
                adjustments,
                optedOut,
                youngWorker,
                nightWorker,
                serviceStart,
                contract,
                rules,
                fixedRestDays,
                daysOff,
                history,
                ExtraHoursElection.TOIL);
    }

    /** A full-time person of the grade with defaults everywhere else; for tests and examples. */
    public static Person of(String id, Grade grade) {
        return builder(id, grade).build();
    }

    /** Whether the person holds the skill and no adjustment suspends it. */
    public boolean holds(String skill) {
        return skills.contains(skill)
                && !(adjustments.noControlAndRestraint() && Adjustments.CONTROL_AND_RESTRAINT.equals(skill));
    }

    /** The skills the person may use on duty (C&amp;R is suspended by a no-C&amp;R adjustment). */
    public Set<String> effectiveSkills() {
        if (!adjustments.noControlAndRestraint()) {
            return skills;
        }
        return Set.copyOf(skills.stream()
                .filter(s -> !Adjustments.CONTROL_AND_RESTRAINT.equals(s))
                .toList());
    }

    /** The grades the person may work as: their grade, or each post's grade on a dual contract. */
    public Set<Grade> grades() {
        if (contract instanceof Contract.Dual dual) {
            return dual.posts().stream()
                    .map(Contract.Post::grade)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return Set.of(grade);
    }

    /**
     * The grade the person works a template as: their grade, or on a dual contract the grade of the
     * post the duty counts toward.
     */
    public Grade dutyGrade(ShiftTemplate template) {
        if (contract instanceof Contract.Dual dual) {
            Contract.Post post = dual.postFor(template.grades());
            return post == null ? grade : post.grade();
        }
        return grade;
    }

    /** Whether grade, location and skills allow the person to take the template at the location. */
    public boolean eligibleFor(ShiftTemplate template, String location) {
        boolean gradeOk = template.grades().isEmpty()
                || (contract instanceof Contract.Dual
                        ? grades().stream().anyMatch(template::openTo)
                        : template.openTo(grade));
        if (!gradeOk || !(locations.isEmpty() || locations.contains(location))) {
            return false;
        }
        for (String skill : template.requiredSkills()) {
            if (!holds(skill)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the date is one of the person's fixed rest days, agreed days off, or a day their contract
     * closes (term time).
     */
    public boolean isRestDay(LocalDate date) {
        return fixedRestDays.contains(date.getDayOfWeek()) || daysOff.contains(date) || contract.closedOn(date);
    }

    /**
     * Whether the person may not work the template on the date because its post is closed (a term-time
     * post of a dual contract), or the whole contract is.
     */
    public boolean closedFor(LocalDate date, ShiftTemplate template) {
        return contract.closedOn(date)
                || (contract instanceof Contract.Dual dual && dual.closedFor(date, template.grades()));
    }

    /** Years of completed service on the date, 0 when the service start is unknown. */
    public int yearsOfService(LocalDate on) {
        return serviceStart == null || serviceStart.isAfter(on)
                ? 0
                : java.time.Period.between(serviceStart, on).getYears();
    }

    public Person withGrade(Grade g) {
        return toBuilder().grade(g).build();
    }

    public Person withContract(Contract c) {
        return toBuilder().contract(c).build();
    }

    public Person withRules(WorkRules r) {
        return toBuilder().rules(r).build();
    }

    public Person withSkills(Set<String> s) {
        return toBuilder().skills(s).build();
    }

    public Person withLocations(Set<String> l) {
        return toBuilder().locations(l).build();
    }

    public Person withAdjustments(Adjustments a) {
        return toBuilder().adjustments(a).build();
    }

    public Person withWorkingTime(boolean optOut, boolean young, boolean night) {
        return toBuilder()
                .optedOut(optOut)
                .youngWorker(young)
                .nightWorker(night)
                .build();
    }

    public Person withRestDays(Set<DayOfWeek> fixed, Set<LocalDate> off) {
        return toBuilder().fixedRestDays(fixed).daysOff(off).build();
    }

    public Person withHistory(History h) {
        return toBuilder().history(h).build();
    }

    public Person withName(String n, LocalDate service) {
        return toBuilder().name(n).serviceStart(service).build();
    }

    public Person withExtraHoursElection(ExtraHoursElection election) {
        return toBuilder().extraHoursElection(election).build();
    }

    /** Identity is the id alone: hashing every component of a fact in score calculation is waste. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Person other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** A builder holding this person's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(id, grade)
                .name(name)
                .skills(skills)
                .locations(locations)
                .adjustments(adjustments)
                .optedOut(optedOut)
                .youngWorker(youngWorker)
                .nightWorker(nightWorker)
                .serviceStart(serviceStart)
                .contract(contract)
                .rules(rules)
                .fixedRestDays(fixedRestDays)
                .daysOff(daysOff)
                .history(history)
                .extraHoursElection(extraHoursElection);
    }

    /** A full-time person of the grade with defaults everywhere else, to be changed field by field. */
    public static Builder builder(String id, Grade grade) {
        return new Builder(id, grade);
    }

    /** Builds a {@link Person}; every field starts at the model's default. */
    public static final class Builder {
        private final String id;
        private Grade grade;
        private String name;
        private Set<String> skills = Set.of();
        private Set<String> locations = Set.of();
        private Adjustments adjustments = Adjustments.NONE;
        private boolean optedOut;
        private boolean youngWorker;
        private boolean nightWorker;
        private LocalDate serviceStart;
        private Contract contract = Contract.FullTime.standard();
        private WorkRules rules = WorkRules.DEFAULT;
        private Set<DayOfWeek> fixedRestDays = Set.of();
        private Set<LocalDate> daysOff = Set.of();
        private History history = History.NONE;
        private ExtraHoursElection extraHoursElection = ExtraHoursElection.TOIL;

        private Builder(String id, Grade grade) {
            this.id = id;
            this.grade = grade;
        }

        public Builder grade(Grade value) {
            grade = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder skills(Set<String> value) {
            skills = value;
            return this;
        }

        public Builder locations(Set<String> value) {
            locations = value;
            return this;
        }

        public Builder adjustments(Adjustments value) {
            adjustments = value;
            return this;
        }

        public Builder optedOut(boolean value) {
            optedOut = value;
            return this;
        }

        public Builder youngWorker(boolean value) {
            youngWorker = value;
            return this;
        }

        public Builder nightWorker(boolean value) {
            nightWorker = value;
            return this;
        }

        public Builder serviceStart(LocalDate value) {
            serviceStart = value;
            return this;
        }

        public Builder contract(Contract value) {
            contract = value;
            return this;
        }

        public Builder rules(WorkRules value) {
            rules = value;
            return this;
        }

        public Builder fixedRestDays(Set<DayOfWeek> value) {
            fixedRestDays = value;
            return this;
        }

        public Builder daysOff(Set<LocalDate> value) {
            daysOff = value;
            return this;
        }

        public Builder history(History value) {
            history = value;
            return this;
        }

        public Builder extraHoursElection(ExtraHoursElection value) {
            extraHoursElection = value;
            return this;
        }

        public Person build() {
            return new Person(
                    id,
                    name,
                    grade,
                    skills,
                    locations,
                    adjustments,
                    optedOut,
                    youngWorker,
                    nightWorker,
                    serviceStart,
                    contract,
                    rules,
                    fixedRestDays,
                    daysOff,
                    history,
                    extraHoursElection);
        }
    }
}
