package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.stream.common.AbstractConstraintStreamScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Guards the link between the rule catalogue, the constraints and their tests: the provider defines
 * one constraint per rule under the rule's id; each rule has one constraint method and one
 * ConstraintVerifier test method, both named after the rule's id; each rule states its source.
 */
class RuleCatalogTest {

    static String methodName(Rule rule) {
        String[] parts = rule.id().split("-");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    @Test
    void theProviderDefinesExactlyOneConstraintPerRuleUnderItsId() {
        var factory = (DefaultSolverFactory<Roster>) SolverFactory.<Roster>create(RosterSolver.baseConfig());
        var scoring = (AbstractConstraintStreamScoreDirectorFactory<?, ?, ?>) factory.getScoreDirectorFactory();
        Set<String> defined = new TreeSet<>();
        for (Constraint c : scoring.getConstraintMetaModel().getConstraints()) {
            assertTrue(
                    defined.add(c.getConstraintRef().id()),
                    "defined twice: " + c.getConstraintRef().id());
        }
        Set<String> rules = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(rules, defined);
    }

    @Test
    void everyRuleHasAConstraintMethodNamedAfterIt() {
        Set<String> methods = Arrays.stream(RosterConstraints.class.getDeclaredMethods())
                .filter(m -> m.getReturnType() == Constraint.class && m.getParameterCount() == 1)
                .map(Method::getName)
                .collect(Collectors.toSet());
        for (Rule rule : Rule.values()) {
            assertTrue(methods.contains(methodName(rule)), "no constraint method " + methodName(rule));
        }
        assertEquals(Rule.values().length, methods.size(), "constraint methods: " + methods);
    }

    @Test
    void everyRuleHasAConstraintVerifierTestNamedAfterIt() {
        Set<String> tests = Arrays.stream(RosterConstraintsTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .collect(Collectors.toSet());
        for (Rule rule : Rule.values()) {
            assertTrue(tests.contains(methodName(rule)), "no test method " + methodName(rule));
        }
    }

    @Test
    void everyRuleHasAUniqueIdASourceAndAStatement() {
        assertEquals(
                Rule.values().length,
                Arrays.stream(Rule.values()).map(Rule::id).distinct().count());
        for (Rule rule : Rule.values()) {
            assertFalse(rule.source().isBlank(), rule.id());
            assertTrue(rule.statement().endsWith("."), rule.id());
            assertEquals(rule, Rule.byId(rule.id()).orElseThrow());
        }
    }
}
