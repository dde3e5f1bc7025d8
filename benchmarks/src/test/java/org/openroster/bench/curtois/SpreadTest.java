package org.openroster.bench.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    private static CurtoisBenchmark.Result result(String instance, long seed, int hard, long objective) {
        return new CurtoisBenchmark.Result(instance, seed, 60, hard, objective, 607L, "", "", 1000, null);
    }

    @Test
    void summarisesEachInstanceOverItsSeeds() {
        String table = CurtoisBenchmark.spread(List.of(
                result("Instance1", 1, 0, 607), result("Instance1", 2, 1, 610), result("Instance1", 3, 0, 620)));
        assertTrue(table.contains("| Instance1 | 3 | 607 | 612.3 | 607 | 620 | 0.88 | 1 |"), table);
    }

    @Test
    void saysNothingWhenEachInstanceHasOneSeed() {
        assertEquals(
                "", CurtoisBenchmark.spread(List.of(result("Instance1", 1, 0, 607), result("Instance2", 1, 0, 900))));
    }
}
