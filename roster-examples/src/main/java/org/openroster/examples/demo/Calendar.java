package org.openroster.examples.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.openroster.model.DayType;
import org.openroster.model.Establishment;
import org.openroster.time.LocalTimes;
import org.openroster.time.TimeSpan;

/** The planning window of a demo prison: its dates, their day types and the zone's clock. */
record Calendar(Establishment establishment, LocalDate start, int days) {

    ZoneId zone() {
        return establishment.zone();
    }

    List<LocalDate> dates() {
        return start.datesUntil(start.plusDays(days)).toList();
    }

    LocalDate end() {
        return start.plusDays(days - 1L);
    }

    DayType dayType(LocalDate date) {
        return establishment.dayType(date);
    }

    /** Real minutes from {@code from} to {@code to} on the date (across midnight when to <= from). */
    long minutes(LocalDate date, LocalTime from, LocalTime to) {
        return span(date, from, to).minutes();
    }

    TimeSpan span(LocalDate date, LocalTime from, LocalTime to) {
        return LocalTimes.span(date, from, to, zone());
    }
}
