package org.openroster.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * Regime delivery on a day: the RAG rating, person-minutes below MSL (must be 0) and below SDSOL, how
 * much of each tier's staffing above MSL was delivered (percent of the person-minutes wanted, rounded
 * down), and the activities curtailed, highest tier first.
 */
public record DayDelivery(
        LocalDate date,
        Rag rag,
        boolean regimeSafe,
        long minutesBelowMsl,
        long minutesBelowSdsol,
        int safetyDeliveredPercent,
        int statutoryDeliveredPercent,
        int purposefulDeliveredPercent,
        List<CurtailedActivity> curtailed) {

    /** A tier counts as delivered in full at this percent or more (short gaps at shift changes aside). */
    public static final int FULL = 95;

    /**
     * HMPPS-style rating from delivery: GREEN full regime (every tier at least {@value #FULL}%);
     * GREEN_AMBER most of it (safety and statutory in full, purposeful activity curtailed); AMBER_RED
     * reduced but sustainable (safety in full, statutory activity curtailed); RED basic regime only
     * (safety activity curtailed, or any moment below MSL).
     */
    public static Rag rag(long minutesBelowMsl, int[] deliveredByTier) {
        if (minutesBelowMsl > 0 || deliveredByTier[0] < FULL) {
            return Rag.RED;
        }
        if (deliveredByTier[1] < FULL) {
            return Rag.AMBER_RED;
        }
        return deliveredByTier[2] < FULL ? Rag.GREEN_AMBER : Rag.GREEN;
    }

    /** HMPPS regime delivery rating. */
    public enum Rag {
        GREEN,
        GREEN_AMBER,
        AMBER_RED,
        RED
    }
}
