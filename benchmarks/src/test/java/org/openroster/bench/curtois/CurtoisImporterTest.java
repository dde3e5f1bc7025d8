package org.openroster.bench.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.SlotDemand;
import org.openroster.model.WorkRules;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.Rule;

class CurtoisImporterTest {

    private final Problem problem = CurtoisImporter.toProblem(CurtoisParser.parse("tiny", Instances.tiny("\n")));

    @Test
    void startsOnAMondayInUtcWithOneLocation() {
        assertEquals(DayOfWeek.MONDAY, problem.start().getDayOfWeek());
        assertEquals(ZoneOffset.UTC, problem.establishment().zone());
        assertEquals(14, problem.days());
        assertEquals(1, problem.establishment().locations().size());
    }

    @Test
    void makesOneTemplatePerShiftTypeWithItsLengthAndForbiddenSuccessors() {
        assertEquals(3, problem.templates().size());
        var late = problem.templates().get(1);
        assertEquals("L", late.id());
        assertEquals(600, late.nominalMinutes());
        assertEquals(Set.of("E", "N"), late.cannotBeFollowedBy());
    }

    @Test
    void givesEachPersonTheInstanceLimitsAsWorkRules() {
        Person a = problem.people().get(0);
        assertEquals(new WorkRules(5, 2, 2, 1, Map.of("E", 14, "L", 3, "N", 0), 2400, 4800, 0), a.rules());
        assertEquals(Set.of(CurtoisImporter.date(0), CurtoisImporter.date(13)), a.daysOff());
    }

    @Test
    void mapsOnAndOffRequests() {
        assertTrue(problem.requests().contains(new Request("A", CurtoisImporter.date(2), "E", true, 2)));
        assertTrue(problem.requests().contains(new Request("B", CurtoisImporter.date(4), "E", false, 1)));
        assertEquals(3, problem.requests().size());
    }

    @Test
    void mapsCoverToSlotDemandsWithMinimumZero() {
        assertEquals(
                new SlotDemand(CurtoisImporter.date(1), "L", CurtoisImporter.WARD, 0, 2, 50, 2),
                problem.slotDemands().get(1));
    }

    @Test
    void switchesOffRulesOutsideTheBenchmarkAndPutsCoverAndRequestsOnTheSoftLevel() {
        Map<String, String> w = problem.constraintWeights();
        assertEquals("0soft", w.get(Rule.DAILY_REST.id()));
        assertEquals("0soft", w.get(Rule.REST_BREAK.id()));
        assertEquals("0soft", w.get(Rule.UNUSED_HOURS.id()));
        assertEquals("1soft", w.get(Rule.SLOT_UNDER_COVER.id()));
        assertEquals("1soft", w.get(Rule.REQUESTS.id()));
        assertFalse(w.containsKey(Rule.MIN_CONSECUTIVE_DAYS_OFF.id()));
    }

    @Test
    void offersEveryShiftExceptATypeWithMaximumZeroAndNothingOnDaysOff() {
        Roster roster = RosterBuilder.build(problem);
        PersonDay aDay1 = find(roster, "A", 1);
        assertEquals(
                Set.of("E", "L"),
                Set.copyOf(
                        aDay1.getOptions().stream().map(s -> s.template().id()).toList()));
        assertTrue(find(roster, "A", 0).getOptions().isEmpty());
        assertEquals(3, find(roster, "B", 1).getOptions().size());
    }

    private static PersonDay find(Roster roster, String person, int day) {
        return roster.getPersonDays().stream()
                .filter(pd -> pd.person().id().equals(person) && pd.dayIndex() == day)
                .findFirst()
                .orElseThrow();
    }
}
