package org.openroster.model;

import java.time.LocalDate;

/** Approved leave for a person on the dates {@code from} to {@code to}, both included. */
public record Leave(String person, LocalDate from, LocalDate to, LeaveKind kind) {

    public Leave {
        Checks.id(person, "person of leave");
        Checks.notNull(from, "from of leave of person (" + person + ")");
        Checks.notNull(to, "to of leave of person (" + person + ")");
        Checks.check(
                !to.isBefore(from),
                "The leave of person (" + person + ") ends (" + to + ") before it starts (" + from + ").");
        kind = kind == null ? LeaveKind.ANNUAL : kind;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * Whether the date is a day of leave charged to the person (worth a working day's hours): at most
     * five in each seven from the leave's first day, so a week off costs a week's hours, not 1.4
     * weeks'. The other covered days are rest days. Counting from the leave's own start keeps the charge
     * the same however the leave is split between planning windows.
     */
    public boolean charges(LocalDate date) {
        return covers(date) && java.time.temporal.ChronoUnit.DAYS.between(from, date) % 7 < 5;
    }
}
