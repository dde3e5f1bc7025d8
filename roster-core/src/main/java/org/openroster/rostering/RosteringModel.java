package org.openroster.rostering;

import java.util.Arrays;
import java.util.Locale;

/** How a roster is made: the prison's choice of rostering model. */
public enum RosteringModel {
    /**
     * Fixed shift: everyone follows their rota line; the solver only fills the gaps (days the rota
     * leaves open, people without a line) and covers leave.
     */
    FIXED,
    /**
     * Team-based self-rostering: people's chosen shifts are kept wherever the team's needs allow; each
     * refusal is listed with its reason.
     */
    TBSR,
    /**
     * Demand-led flexible rostering: shift starts and lengths shaped to the regime's demand curve,
     * people's choices weighed as ordinary requests against delivery.
     */
    DLFR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The model named {@code id} (fixed, tbsr or dlfr), or an error naming the value. */
    public static RosteringModel of(String id) {
        return Arrays.stream(values())
                .filter(m -> m.id().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The rostering model (" + id + ") must be one of fixed, tbsr or dlfr."));
    }
}
