package org.openroster.audit;

import java.time.Instant;

/**
 * The headcount at a location over {@code [start, end)} against its MSL and SDSOL (total headcount
 * line; grade and skill lines are judged separately and show up as violations).
 */
public record StaffingInterval(String location, Instant start, Instant end, int staffed, int msl, int sdsol) {}
