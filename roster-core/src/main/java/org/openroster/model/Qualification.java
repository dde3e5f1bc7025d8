package org.openroster.model;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who counts toward a staffing line: a person of one of {@code grades} (empty: any) holding
 * {@code skill} (null: none needed). {@link #ANY} is the location's total headcount.
 */
public record Qualification(Set<Grade> grades, String skill) {

    public static final Qualification ANY = new Qualification(Set.of(), null);

    public Qualification {
        grades = Checks.set(grades, "grades");
    }

    public boolean isAny() {
        return grades.isEmpty() && skill == null;
    }

    public boolean matches(Person person) {
        return matches(person, person.grade());
    }

    /** Whether the person, working as {@code dutyGrade}, counts toward this line. */
    public boolean matches(Person person, Grade dutyGrade) {
        return (grades.isEmpty() || grades.contains(dutyGrade)) && (skill == null || person.holds(skill));
    }

    /** A short label for reports, e.g. "any", "SUPERVISING_OFFICER", "C&R". */
    public String label() {
        if (isAny()) {
            return "any";
        }
        String g = grades.stream()
                .map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new))
                .toString();
        String gradePart = grades.isEmpty() ? "" : g.substring(1, g.length() - 1);
        String skillPart = skill == null ? "" : skill;
        return gradePart.isEmpty() ? skillPart : skillPart.isEmpty() ? gradePart : gradePart + "+" + skillPart;
    }
}
