package org.openroster.ledger;

import java.time.LocalDate;
import org.openroster.model.Checks;
import org.openroster.model.ExtraHoursElection;

/** A person's election for the extra minutes of one day's duty, overriding their default. */
public record ElectionOverride(String person, LocalDate date, ExtraHoursElection election) {
    public ElectionOverride {
        Checks.id(person, "person of election");
        Checks.notNull(date, "date of election of person (" + person + ")");
        Checks.notNull(election, "election of person (" + person + ") on " + date);
    }
}
