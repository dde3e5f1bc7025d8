package org.openroster.solver.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.audit.RuleTotal;
import org.openroster.model.Pin;
import org.openroster.model.Problem;
import org.openroster.model.WorkRules;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.Rule;
import org.openroster.testing.TestProblems;

class RosterSearchTest {

    private static final WorkRules PATTERN = new WorkRules(5, 2, 2, 0, Map.of(), null, null, 0);

    private static Problem patterned(int people, int days) {
        Problem p = TestProblems.small(people, days);
        return p.withPeople(p.people().stream().map(x -> x.withRules(PATTERN)).toList());
    }

    private static long amount(Roster roster, Rule rule) {
        return RosterAudit.audit(roster).rules().stream()
                .filter(r -> r.rule().equals(rule.id()))
                .mapToLong(RuleTotal::amount)
                .sum();
    }

    @Test
    void rotaLinesKeepEachPersonsRunRules() {
        SolverConfig config = RosterSolver.baseConfig()
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RotaLines.class)))
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(1));
        Roster roster = SolverFactory.<Roster>create(config).buildSolver().solve(RosterBuilder.build(patterned(6, 28)));
        assertEquals(0, amount(roster, Rule.MAX_CONSECUTIVE_DAYS));
        assertEquals(0, amount(roster, Rule.MIN_CONSECUTIVE_DAYS));
        assertEquals(0, amount(roster, Rule.MIN_CONSECUTIVE_DAYS_OFF));
        for (String person : List.of("P0", "P5")) {
            long worked = roster.getPersonDays().stream()
                    .filter(pd -> pd.person().id().equals(person) && pd.isWorking())
                    .count();
            assertTrue(worked >= 14 && worked <= 22, person + " works " + worked + " of 28 days");
        }
    }

    @Test
    void rotaLinesKeepAWeekendLimit() {
        // a cycle of 5 days on and 2 off would drift over every weekend of the window
        WorkRules rules = new WorkRules(5, 2, 2, 4, Map.of(), null, null, 0);
        Problem p = TestProblems.small(6, 56);
        p = p.withPeople(p.people().stream().map(x -> x.withRules(rules)).toList());
        SolverConfig config = RosterSolver.baseConfig()
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RotaLines.class)))
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(1));
        Roster roster = SolverFactory.<Roster>create(config).buildSolver().solve(RosterBuilder.build(p));
        assertEquals(0, amount(roster, Rule.MAX_WORKING_WEEKENDS));
        assertEquals(0, amount(roster, Rule.MAX_CONSECUTIVE_DAYS));
        assertEquals(0, amount(roster, Rule.MIN_CONSECUTIVE_DAYS));
        assertEquals(0, amount(roster, Rule.MIN_CONSECUTIVE_DAYS_OFF));
        long worked = roster.getPersonDays().stream()
                .filter(pd -> pd.person().id().equals("P0") && pd.isWorking())
                .count();
        assertTrue(worked >= 24, "P0 works " + worked + " of 56 days");
    }

    @Test
    void lineWindowsGrowWithTheHorizonBetweenFourAndEightWeeks() {
        assertEquals(28, RosterSearch.lineDays(14));
        assertEquals(28, RosterSearch.lineDays(84));
        assertEquals(40, RosterSearch.lineDays(120));
        assertEquals(56, RosterSearch.lineDays(182));
        assertEquals(56, RosterSearch.lineDays(364));
    }

    @Test
    void handOversOnlyOnSmallRosters() {
        assertEquals(RosterSearch.HAND_OVER_WEIGHT, RosterSearch.handOverWeight(196));
        assertEquals(RosterSearch.HAND_OVER_WEIGHT, RosterSearch.handOverWeight(300));
        assertEquals(0, RosterSearch.handOverWeight(301));
    }

    @Test
    void theSearchKeepsPinsAndValueRanges() {
        Problem p = patterned(6, 14);
        Problem pinned = p.withPins(List.of(
                new Pin("P0", TestProblems.MONDAY.plusDays(3), "N", "A"),
                new Pin("P1", TestProblems.MONDAY.plusDays(3), null, null)));
        SolverConfig config = RosterSolver.baseConfig()
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(20_000L));
        Roster roster = SolverFactory.<Roster>create(config).buildSolver().solve(RosterBuilder.build(pinned));
        for (PersonDay pd : roster.getPersonDays()) {
            assertTrue(pd.getShift() == null || pd.getOptions().contains(pd.getShift()), pd.toString());
            if (pd.date().equals(TestProblems.MONDAY.plusDays(3))
                    && pd.person().id().equals("P0")) {
                assertEquals("N", pd.getShift().template().id());
            }
            if (pd.date().equals(TestProblems.MONDAY.plusDays(3))
                    && pd.person().id().equals("P1")) {
                assertEquals(null, pd.getShift());
            }
        }
    }
}
