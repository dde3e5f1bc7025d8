package org.openroster.model;

import java.time.LocalTime;
import java.util.Set;
import org.openroster.time.LocalTimes;

/**
 * A kind of duty: local start and end times (an end at or before the start crosses midnight), an
 * unpaid break that does not count as working time, which grades may take it, at which locations it
 * is offered (empty: all), which skills it needs, and which templates may not follow it on the next
 * day (e.g. a late followed by an early).
 */
public record ShiftTemplate(
        String id,
        String name,
        LocalTime start,
        LocalTime end,
        int breakMinutes,
        Set<Grade> grades,
        Set<String> locations,
        Set<String> requiredSkills,
        Set<String> cannotBeFollowedBy) {

    public ShiftTemplate {
        Checks.id(id, "template id");
        name = name == null ? id : name;
        Checks.notNull(start, "start of template (" + id + ")");
        Checks.notNull(end, "end of template (" + id + ")");
        Checks.nonNegative(breakMinutes, "breakMinutes of template (" + id + ")");
        Checks.check(
                breakMinutes < LocalTimes.nominalMinutes(start, end),
                "The breakMinutes (" + breakMinutes + ") of template (" + id + ") must be shorter than the shift.");
        grades = Checks.set(grades, "grades");
        locations = Checks.set(locations, "locations");
        requiredSkills = Checks.set(requiredSkills, "requiredSkills");
        cannotBeFollowedBy = Checks.set(cannotBeFollowedBy, "cannotBeFollowedBy");
    }

    /** A template open to every grade and location, with no break. */
    public static ShiftTemplate of(String id, LocalTime start, LocalTime end) {
        return new ShiftTemplate(id, id, start, end, 0, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public ShiftTemplate withBreak(int minutes) {
        return new ShiftTemplate(id, name, start, end, minutes, grades, locations, requiredSkills, cannotBeFollowedBy);
    }

    public ShiftTemplate withGrades(Set<Grade> newGrades) {
        return new ShiftTemplate(
                id, name, start, end, breakMinutes, newGrades, locations, requiredSkills, cannotBeFollowedBy);
    }

    public ShiftTemplate withLocations(Set<String> newLocations) {
        return new ShiftTemplate(
                id, name, start, end, breakMinutes, grades, newLocations, requiredSkills, cannotBeFollowedBy);
    }

    public ShiftTemplate withRequiredSkills(Set<String> skills) {
        return new ShiftTemplate(id, name, start, end, breakMinutes, grades, locations, skills, cannotBeFollowedBy);
    }

    public ShiftTemplate withCannotBeFollowedBy(Set<String> templates) {
        return new ShiftTemplate(id, name, start, end, breakMinutes, grades, locations, requiredSkills, templates);
    }

    /** Whether the template is offered at the location. */
    public boolean offeredAt(String location) {
        return locations.isEmpty() || locations.contains(location);
    }

    public boolean openTo(Grade grade) {
        return grades.isEmpty() || grades.contains(grade);
    }

    public long nominalMinutes() {
        return LocalTimes.nominalMinutes(start, end);
    }

    /** Identity is the id alone: hashing every component of a fact in score calculation is waste. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ShiftTemplate other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
