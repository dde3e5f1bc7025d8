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
}
