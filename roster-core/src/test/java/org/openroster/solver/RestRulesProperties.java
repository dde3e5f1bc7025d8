package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.openroster.model.Grade;
import org.openroster.model.Person;
import org.openroster.model.WorkingTimeSettings;

/** Rest arithmetic (WTR regs 10, 11, 21, 24) against brute force and by its invariants. */
class RestRulesProperties {

    /** Longest free run of minutes in [from, to) by scanning minute by minute. */
    private static long bruteLongestRest(long[][] busy, long from, long to) {
        long best = 0;
        long run = 0;
        for (long t = from; t < to; t++) {
            boolean isBusy = false;
            for (long[] b : busy) {
                if (b[0] <= t && t < b[1]) {
                    isBusy = true;
                    break;
                }
            }
            run = isBusy ? 0 : run + 1;
            best = Math.max(best, run);
        }
        return best;
    }

    @Property
    void longestRestMatchesBruteForce(
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 400) Integer> starts,
            @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 120) Integer> lengths,
            @ForAll @IntRange(min = 0, max = 200) int from,
            @ForAll @IntRange(min = 0, max = 300) int extent) {
        List<long[]> spans = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            spans.add(new long[] {starts.get(i), starts.get(i) + lengths.get(i)});
        }
        spans.sort((a, b) -> Long.compare(a[0], b[0]));
        long[][] busy = spans.toArray(long[][]::new);
        assertEquals(bruteLongestRest(busy, from, from + extent), RestRules.longestRest(busy, from, from + extent));
    }

    @Property
    void dailyRestIsOnlyABreachBelowTheFloorAndAllDisplacementIsOwed(
            @ForAll @IntRange(min = 0, max = 800) int gap, @ForAll boolean specialCase, @ForAll boolean young) {
        WorkingTimeSettings wt = specialCase ? WorkingTimeSettings.prisonSpecialCase() : WorkingTimeSettings.GB;
        Person p = Person.of("P", Grade.OFFICER).withWorkingTime(false, young, false);
        RestOutcome o = RestRules.dailyRest(1000, 1000 + gap, p, wt);
        int required = wt.dailyRestFor(p);
        int floor = wt.dailyRestFloorFor(p);
        assertEquals(Math.max(0, floor - gap), o.breachMinutes());
        // breach and displacement together are what the rest fell short by
        assertEquals(Math.max(0, required - gap), o.breachMinutes() + o.compensatoryMinutes());
        assertTrue(!specialCase || young || gap < floor || o.breachMinutes() == 0);
    }

    @Example
    void lateThenEarlyIsTenHoursOfRest() {
        Person p = Person.of("P", Grade.OFFICER);
        RestOutcome normal = RestRules.dailyRest(0, 600, p, WorkingTimeSettings.GB);
        assertEquals(new RestOutcome(60, 0), normal);
        RestOutcome displaced = RestRules.dailyRest(0, 600, p, WorkingTimeSettings.prisonSpecialCase());
        assertEquals(new RestOutcome(0, 60), displaced);
    }
}
