package org.openroster.model;

import java.time.LocalDate;

/**
 * A duty fixed before solving: the person works {@code template} at {@code location} on the date,
 * or is off when {@code template} is null. The solver never changes it; the audit still checks it.
 */
public record Pin(String person, LocalDate date, String template, String location) {

    public Pin {
        Checks.id(person, "person of pin");
        Checks.notNull(date, "date of pin of person (" + person + ")");
        Checks.check(
                (template == null) == (location == null),
                "The pin of person (" + person + ") on " + date + " needs both template and location, or neither.");
    }
}
