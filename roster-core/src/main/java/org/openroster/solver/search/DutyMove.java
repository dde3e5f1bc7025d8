package org.openroster.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SequencedCollection;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.Shift;

/**
 * Gives each of some person-days a new duty (a shift, or null for off) at once: one move type for a
 * change, a same-day swap, a swap of runs between two people and a run given one shift. Undo is
 * Timefold's (the preview move API records the changes). The arrays are owned by the move.
 */
final class DutyMove implements Move<Roster> {

    static final String VARIABLE = "shift";

    /** The planning variable the moves change, for a custom phase. */
    @SuppressWarnings("unchecked")
    static PlanningVariableMetaModel<Roster, PersonDay, Shift> variable(PhaseCommandContext<Roster> context) {
        return (PlanningVariableMetaModel<Roster, PersonDay, Shift>) (PlanningVariableMetaModel<?, ?, ?>)
                context.getSolutionMetaModel().genuineEntity(PersonDay.class).variable(VARIABLE);
    }

    private final PlanningVariableMetaModel<Roster, PersonDay, Shift> variable;
    private final String kind;
    private final PersonDay[] days;
    private final Shift[] values;

    DutyMove(
            PlanningVariableMetaModel<Roster, PersonDay, Shift> variable,
            String kind,
            PersonDay[] days,
            Shift[] values) {
        this.variable = variable;
        this.kind = kind;
        this.days = days;
        this.values = values;
    }

    @Override
    public void execute(MutableSolutionView<Roster> view) {
        for (int i = 0; i < days.length; i++) {
            view.changeVariable(variable, days[i], values[i]);
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return Arrays.asList((Object[]) days);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> list = new ArrayList<>(values.length);
        for (Shift s : values) {
            if (s != null) {
                list.add(s);
            }
        }
        return list;
    }

    @Override
    public String describe() {
        return kind;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind).append(" {");
        for (int i = 0; i < days.length; i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append(days[i].getId())
                    .append(" -> ")
                    .append(values[i] == null ? "off" : values[i].template().id());
        }
        return sb.append('}').toString();
    }
}
