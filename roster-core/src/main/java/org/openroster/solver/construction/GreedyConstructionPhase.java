package org.openroster.solver.construction;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.Map;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.Shift;

/** Runs {@link GreedyConstruction} as a Timefold custom phase and applies its plan in one move. */
public final class GreedyConstructionPhase implements PhaseCommand<Roster> {

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<Roster> context) {
        Map<PersonDay, Shift> plan = new GreedyConstruction(context.getWorkingSolution()).plan();
        if (plan.isEmpty()) {
            return;
        }
        var variable = (PlanningVariableMetaModel<Roster, PersonDay, Shift>)
                (Object) context.getSolutionMetaModel().entity(PersonDay.class).variable("shift", Shift.class);
        context.execute(view -> plan.forEach((pd, shift) -> view.changeVariable(variable, pd, shift)));
    }
}
