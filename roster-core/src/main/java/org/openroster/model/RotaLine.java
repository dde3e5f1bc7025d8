package org.openroster.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's line of a fixed rota: a repeating cycle of duties, day by day from {@code anchor} (the
 * date the cycle's first entry falls on). Each entry is {@code "template@location"} or {@code "OFF"}.
 */
public record RotaLine(String person, LocalDate anchor, List<String> cycle) {

    public static final String OFF = "OFF";

    public RotaLine {
        Checks.id(person, "person of rota line");
        Checks.notNull(anchor, "anchor of rota line of person (" + person + ")");
        cycle = Checks.list(cycle, "cycle");
        Checks.check(!cycle.isEmpty(), "The rota line of person (" + person + ") has an empty cycle.");
        for (String entry : cycle) {
            Checks.check(
                    OFF.equals(entry) || entry.matches("[^@]+@[^@]+"),
                    "The rota line entry (" + entry + ") of person (" + person
                            + ") must be \"template@location\" or \"OFF\".");
        }
    }

    /** The entry for the date: {@code "template@location"} or {@code "OFF"}. */
    public String entryOn(LocalDate date) {
        long offset = Math.floorMod(java.time.temporal.ChronoUnit.DAYS.between(anchor, date), cycle.size());
        return cycle.get((int) offset);
    }
}
