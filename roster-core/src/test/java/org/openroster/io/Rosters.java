package org.openroster.io;

import org.openroster.model.Problem;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;

/** Hand-made rosters for I/O tests, without solving: deterministic and fast. */
final class Rosters {

    private Rosters() {}

    /**
     * The problem's roster with pins kept and, on every other free day of each person, the first duty
     * on offer (which for the worked example includes nights across the clock change of 2027-03-28).
     */
    static Roster alternateDays(Problem problem) {
        Roster roster = RosterBuilder.build(problem);
        for (PersonDay pd : roster.getPersonDays()) {
            if (!pd.isPinned() && pd.dayIndex() % 2 == 0 && !pd.getOptions().isEmpty()) {
                pd.setShift(pd.getOptions().get(pd.getOptions().size() - 1));
            }
        }
        return roster;
    }
}
