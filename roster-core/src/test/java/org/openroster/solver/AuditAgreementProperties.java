package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openroster.audit.AuditReport;
import org.openroster.audit.RosterAudit;
import org.openroster.testing.RosterArbitraries;
import org.openroster.testing.RosterArbitraries.Case;

/**
 * The solver's constraints and the independent audit agree on random small problems and random
 * rosters (which break most rules): rule by rule, the constraint's total penalty equals the audit's
 * total amount, and the solver's score equals the audit's score.
 */
class AuditAgreementProperties {

    private static final ConstraintVerifier<RosterConstraints, Roster> VERIFIER =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, PersonDay.class);
    private static final RosterSolver SOLVER = RosterSolver.create();
    private static final Map<Rule, BiFunction<RosterConstraints, ConstraintFactory, Constraint>> CONSTRAINTS =
            constraints();

    private static Map<Rule, BiFunction<RosterConstraints, ConstraintFactory, Constraint>> constraints() {
        Map<Rule, BiFunction<RosterConstraints, ConstraintFactory, Constraint>> map = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            try {
                Method m = RosterConstraints.class.getDeclaredMethod(
                        RuleCatalogTest.methodName(rule), ConstraintFactory.class);
                map.put(rule, (provider, factory) -> {
                    try {
                        return (Constraint) m.invoke(provider, factory);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No constraint method for " + rule.id(), e);
            }
        }
        return map;
    }

    @Provide
    Arbitrary<Case> cases() {
        return RosterArbitraries.cases();
    }

    @Property(tries = 100)
    void constraintsAndAuditAgreeRuleByRule(@ForAll("cases") Case c) {
        Roster roster = RosterBuilder.withAssignments(c.problem(), c.assignments());
        AuditReport audit = RosterAudit.audit(roster);
        for (Rule rule : Rule.values()) {
            long expected = audit.rule(rule.id()).amount();
            VERIFIER.verifyThat(CONSTRAINTS.get(rule)).givenSolution(roster).penalizesBy(rule.id(), expected);
        }
        assertEquals(audit.summary().score(), SOLVER.score(roster).toString());
    }
}
