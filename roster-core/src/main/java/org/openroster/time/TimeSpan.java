package org.openroster.time;

import com.google.common.collect.Range;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)} between two instants. Two spans that touch (one
 * ends when the other starts) do not overlap.
 */
public record TimeSpan(Instant start, Instant end) implements Comparable<TimeSpan> {

    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The end (" + end + ") must not be before the start (" + start + ").");
        }
    }

    public static TimeSpan of(Instant start, Instant end) {
        return new TimeSpan(start, end);
    }

    /** The span as a Guava range, closed at the start and open at the end. */
    public Range<Instant> range() {
        return Range.closedOpen(start, end);
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** Whether the spans share a moment (an empty span shares none). */
    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end)
                && other.start.isBefore(end)
                && start.isBefore(end)
                && other.start.isBefore(other.end);
    }

    /** Minutes in both spans; 0 when they do not overlap. */
    public long overlapMinutes(TimeSpan other) {
        Instant s = start.isAfter(other.start) ? start : other.start;
        Instant e = end.isBefore(other.end) ? end : other.end;
        return e.isAfter(s) ? Duration.between(s, e).toMinutes() : 0;
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    @Override
    public int compareTo(TimeSpan o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
