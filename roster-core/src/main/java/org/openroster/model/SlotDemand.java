package org.openroster.model;

import java.time.LocalDate;

/**
 * A named shift slot: {@code target} people on {@code template} at {@code location} on the date, of
 * whom at least {@code minimum} are a hard requirement. Each missing person costs {@code underWeight}
 * and each surplus person {@code overWeight} (as in a fixed rota or the public benchmark instances).
 */
public record SlotDemand(
        LocalDate date, String template, String location, int minimum, int target, int underWeight, int overWeight) {

    public SlotDemand {
        Checks.notNull(date, "date of slot demand");
        Checks.id(template, "template of slot demand");
        Checks.id(location, "location of slot demand");
        Checks.nonNegative(minimum, "minimum of slot demand");
        Checks.nonNegative(target, "target of slot demand");
        Checks.check(
                minimum <= target,
                "The minimum (" + minimum + ") of slot demand must be <= its target (" + target + ").");
        Checks.nonNegative(underWeight, "underWeight of slot demand");
        Checks.nonNegative(overWeight, "overWeight of slot demand");
    }

    public String key() {
        return date + "/" + template + "@" + location;
    }
}
