package org.openroster.model;

/** The regime differs by day type. */
public enum DayType {
    WEEKDAY,
    WEEKEND,
    PUBLIC_HOLIDAY
}
