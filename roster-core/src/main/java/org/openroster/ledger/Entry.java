package org.openroster.ledger;

import java.time.LocalDate;
import org.openroster.model.Checks;

/** One dated movement of a ledger, in minutes (positive: the balance grows), and why. */
public record Entry(LocalDate date, long minutes, EntryKind kind) {

    public Entry {
        Checks.notNull(date, "date of ledger entry");
        Checks.notNull(kind, "kind of ledger entry");
        Checks.check(minutes != 0, "The minutes of a " + kind + " entry on " + date + " must not be 0. Maybe omit it.");
    }

    /** The entry that cancels this one, dated {@code on}. */
    public Entry reversal(LocalDate on) {
        return new Entry(on, -minutes, EntryKind.REVERSAL);
    }
}
