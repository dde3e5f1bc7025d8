package org.openroster.bench.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openroster.bench.curtois.CurtoisObjective.Duty;
import org.openroster.bench.curtois.CurtoisObjective.Evaluation;
import org.openroster.bench.curtois.CurtoisObjective.HardRule;

class CurtoisObjectiveTest {

    private final CurtoisInstance tiny = CurtoisParser.parse("tiny", Instances.tiny("\n"));

    private static List<Duty> days(String who, String shift, int from, int to) {
        List<Duty> duties = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            duties.add(new Duty(who, d, shift));
        }
        return duties;
    }

    /**
     * A: E on days 1-5 and 8-12 (10 x 480 = 4800 min, runs of 5 with 2 days off between; weekend 1 is
     * day 5-6 only via day 5, weekend 2 is days 12-13 via day 12: 2 weekends, limit 1: one violation).
     * B: L on days 1-3, E on day 4 (L then E is forbidden: one violation), off after (2400 min).
     */
    private List<Duty> handMade() {
        List<Duty> duties = new ArrayList<>();
        duties.addAll(days("A", "E", 1, 5));
        duties.addAll(days("A", "E", 8, 12));
        duties.addAll(days("B", "L", 1, 3));
        duties.add(new Duty("B", 4, "E"));
        return duties;
    }

    @Test
    void computesTheObjectiveOfAHandMadeRoster() {
        Evaluation e = CurtoisObjective.evaluate(tiny, handMade());
        // requests: A on day 2 wants E: granted; B on day 3 wants L: granted; B off E on day 4: worked, +1.
        assertEquals(1, e.requestCost());
        // cover: day 0 E needs 1, nobody: 100; day 1 L needs 2, B only: 50.
        assertEquals(150, e.coverCost());
        assertEquals(151, e.objective());
    }

    @Test
    void countsEachBrokenHardRuleOnce() {
        Evaluation e = CurtoisObjective.evaluate(tiny, handMade());
        assertEquals(Map.of(HardRule.MAX_WEEKENDS, 1, HardRule.FORBIDDEN_SUCCESSION, 1), e.violationsByRule());
        assertEquals(2, e.hardViolations());
    }

    @Test
    void exemptsRunsTouchingTheHorizonEdgesFromTheMinimums() {
        // B works day 0 alone (touches the start) and day 13 alone (touches the end): no min-run
        // violation; the day off between them is long enough. A works day 7 alone: too short.
        List<Duty> duties = List.of(new Duty("B", 0, "E"), new Duty("B", 13, "E"), new Duty("A", 7, "E"));
        Evaluation e = CurtoisObjective.evaluate(tiny, duties);
        assertEquals(1, e.violationsByRule().get(HardRule.MIN_CONSECUTIVE_SHIFTS));
        // A (480 minutes) is below its minimum of 2400; B (960) just meets its 960
        assertEquals(1, e.violationsByRule().get(HardRule.TOTAL_MINUTES));
        assertEquals(null, e.violationsByRule().get(HardRule.MIN_CONSECUTIVE_DAYS_OFF));
    }

    @Test
    void countsShortRestMaxShiftsDaysOffAndDoubleShifts() {
        List<Duty> duties = new ArrayList<>();
        duties.addAll(days("B", "N", 1, 3)); // 3 N, limit 2
        duties.add(new Duty("B", 5, "E")); // one day off between runs, B's minimum is 1: fine
        duties.add(new Duty("B", 6, "E")); // day off of B
        duties.add(new Duty("B", 6, "L")); // a second shift that day
        duties.add(new Duty("A", 2, "E"));
        duties.add(new Duty("A", 3, "E"));
        duties.add(new Duty("A", 5, "E")); // one day off between runs, A's minimum is 2; run of 1 too short
        Evaluation e = CurtoisObjective.evaluate(tiny, duties);
        assertEquals(1, e.violationsByRule().get(HardRule.MAX_SHIFTS_OF_TYPE));
        assertEquals(1, e.violationsByRule().get(HardRule.DAYS_OFF));
        assertEquals(1, e.violationsByRule().get(HardRule.ONE_SHIFT_PER_DAY));
        assertEquals(1, e.violationsByRule().get(HardRule.MIN_CONSECUTIVE_DAYS_OFF));
        assertEquals(1, e.violationsByRule().get(HardRule.MIN_CONSECUTIVE_SHIFTS));
        assertEquals(null, e.violationsByRule().get(HardRule.MAX_CONSECUTIVE_SHIFTS));
        assertTrue(
                e.messages().stream().anyMatch(m -> m.contains("B works 3 N")),
                e.messages().toString());
    }
}
