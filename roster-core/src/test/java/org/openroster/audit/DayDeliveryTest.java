package org.openroster.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openroster.audit.DayDelivery.Rag;

class DayDeliveryTest {

    @Test
    void theRatingFollowsTheHighestTierCurtailed() {
        assertEquals(Rag.GREEN, DayDelivery.rag(0, new int[] {100, 100, 95}));
        assertEquals(Rag.GREEN_AMBER, DayDelivery.rag(0, new int[] {100, 100, 94}));
        assertEquals(Rag.AMBER_RED, DayDelivery.rag(0, new int[] {96, 80, 100}));
        assertEquals(Rag.RED, DayDelivery.rag(0, new int[] {94, 100, 100}));
        assertEquals(Rag.RED, DayDelivery.rag(1, new int[] {100, 100, 100}), "any minute below MSL");
    }
}
