package org.openroster.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A prison: its zone (for clock changes), locations, the skills its staff may hold, its public
 * holidays, working-time settings and the weights of regime tiers.
 */
public record Establishment(
        String id,
        String name,
        ZoneId zone,
        List<Location> locations,
        Set<String> skills,
        Set<LocalDate> publicHolidays,
        WorkingTimeSettings workingTime,
        TierWeights tierWeights) {

    public Establishment {
        Checks.id(id, "establishment id");
        name = name == null ? id : name;
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
        locations = Checks.list(locations, "locations");
        Checks.uniqueIds(locations, Location::id, "location");
        skills = Checks.set(skills, "skills");
        publicHolidays = Checks.set(publicHolidays, "publicHolidays");
        workingTime = workingTime == null ? WorkingTimeSettings.GB : workingTime;
        tierWeights = tierWeights == null ? TierWeights.DEFAULT : tierWeights;
    }

    public DayType dayType(LocalDate date) {
        if (publicHolidays.contains(date)) {
            return DayType.PUBLIC_HOLIDAY;
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> DayType.WEEKEND;
            default -> DayType.WEEKDAY;
        };
    }
}
