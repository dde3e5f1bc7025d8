package org.openroster.model;

import java.util.Set;

/**
 * A line of a staffing ladder: at least {@code msl} (the hard floor) and ideally {@code sdsol}
 * people whose grade is one of {@code grades} (empty: any grade) and who hold {@code skill} (null:
 * no skill needed), e.g. "1 Supervising Officer" or "2 control-and-restraint trained".
 */
public record StaffingLine(Set<Grade> grades, String skill, int msl, int sdsol) {

    public StaffingLine {
        grades = Checks.set(grades, "grades");
        Checks.nonNegative(msl, "msl");
        Checks.nonNegative(sdsol, "sdsol");
        Checks.check(msl <= sdsol, "The msl (" + msl + ") must be <= the sdsol (" + sdsol + ").");
    }

    public static StaffingLine ofGrade(Grade grade, int msl, int sdsol) {
        return new StaffingLine(Set.of(grade), null, msl, sdsol);
    }

    public static StaffingLine ofSkill(String skill, int msl, int sdsol) {
        return new StaffingLine(Set.of(), skill, msl, sdsol);
    }

    /** The qualification this line counts, independent of its numbers. */
    public Qualification qualification() {
        return new Qualification(grades, skill);
    }
}
