package org.openroster.solver;

import java.time.LocalDate;
import org.openroster.model.Checks;

/** A person works {@code template} at {@code location} on {@code date}: one line of a roster. */
public record Assignment(String person, LocalDate date, String template, String location) {

    public Assignment {
        Checks.id(person, "person of assignment");
        Checks.notNull(date, "date of assignment of person (" + person + ")");
        Checks.id(template, "template of assignment of person (" + person + ") on " + date);
        Checks.id(location, "location of assignment of person (" + person + ") on " + date);
    }
}
