package org.openroster.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * Regime delivery on a day: RAG (GREEN full regime; GREEN_AMBER purposeful activity curtailed;
 * AMBER_RED statutory activity curtailed; RED safety activity curtailed or below MSL), person-minutes
 * below MSL (must be 0) and below SDSOL, and the activities curtailed, highest tier first.
 */
public record DayDelivery(
        LocalDate date,
        Rag rag,
        boolean regimeSafe,
        long minutesBelowMsl,
        long minutesBelowSdsol,
        List<CurtailedActivity> curtailed) {

    /** HMPPS regime delivery rating. */
    public enum Rag {
        GREEN,
        GREEN_AMBER,
        AMBER_RED,
        RED
    }
}
