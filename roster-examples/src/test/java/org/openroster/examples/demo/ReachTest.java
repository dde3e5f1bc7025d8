package org.openroster.examples.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReachTest {

    @Test
    void aBandBetweenTwoMultiplesOfTheOnlyShiftIsUnreachable() {
        // 18.5 hours a week over four weeks (4,440 minutes, band one day wide) with 7h30 shifts only.
        List<Set<Integer>> days = Collections.nCopies(28, Set.of(450));
        assertFalse(Reach.reachable(days, 4218, 4440));
        assertTrue(Reach.reachable(days, 4218, 4500));
    }

    @Test
    void aSecondLengthMakesItReachable() {
        List<Set<Integer>> days = Collections.nCopies(28, Set.of(450, 330));
        assertTrue(Reach.reachable(days, 4218, 4440));
    }

    @Test
    void atMostOneShiftADay() {
        assertFalse(Reach.reachable(List.of(Set.of(450), Set.of()), 900, 900));
        assertTrue(Reach.reachable(List.of(Set.of(450), Set.of(450)), 900, 900));
    }

    @Test
    void aBandFromZeroIsAlwaysReachable() {
        assertTrue(Reach.reachable(List.of(Set.of()), 0, 10));
    }
}
