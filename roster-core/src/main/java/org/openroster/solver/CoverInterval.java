package org.openroster.solver;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openroster.model.Grade;
import org.openroster.model.Person;

/**
 * The coverage segments of one elementary interval at a location (the total headcount and each grade
 * or skill line), counted together: one tuple per shift and interval instead of one per line. The
 * people on duty are counted per line and packed into one {@code long}, {@value #BITS} bits a line,
 * at most {@value #MAX_LINES} lines (more lines are split over several intervals).
 */
public final class CoverInterval {

    public static final int BITS = 12;
    public static final int MAX_LINES = 5;
    private static final long MASK = (1L << BITS) - 1;

    private final String id;
    private final CoverSegment[] lines;

    public CoverInterval(String id, List<CoverSegment> lines) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException(
                    "The interval (" + id + ") has " + lines.size() + " lines; it needs 1 to " + MAX_LINES + ".");
        }
        this.id = id;
        this.lines = lines.toArray(CoverSegment[]::new);
    }

    public String id() {
        return id;
    }

    public List<CoverSegment> lines() {
        return List.of(lines);
    }

    /** What one person on duty as {@code dutyGrade} adds to the packed counts. */
    public long increment(Person person, Grade dutyGrade) {
        long increment = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].qualification().matches(person, dutyGrade)) {
                increment += 1L << (BITS * i);
            }
        }
        return increment;
    }

    /** The count of line {@code i} in packed counts. */
    public static int count(long packed, int i) {
        return (int) ((packed >>> (BITS * i)) & MASK);
    }

    /** Person-minutes below MSL, summed over the lines. */
    public long mslShortfall(long packed) {
        long total = 0;
        for (int i = 0; i < lines.length; i++) {
            total += lines[i].mslShortfall(count(packed, i));
        }
        return total;
    }

    /** Tier-weighted person-minutes below SDSOL, summed over the lines. */
    public long sdsolShortfall(long packed) {
        long total = 0;
        for (int i = 0; i < lines.length; i++) {
            total += lines[i].sdsolShortfall(count(packed, i));
        }
        return total;
    }

    /** Person-minutes above SDSOL (only the total headcount line is judged). */
    public long overStaffing(long packed) {
        long total = 0;
        for (int i = 0; i < lines.length; i++) {
            total += lines[i].overStaffing(count(packed, i));
        }
        return total;
    }

    /**
     * Counts the people on duty through an interval, per line, packed into a {@code long}: an
     * immutable result, so that a change of count is seen as a change.
     */
    public static final BiConstraintCollector<PersonDay, CoverInterval, long[], Long> COUNT_BY_LINE =
            new BiConstraintCollector<>() {
                @Override
                public Supplier<long[]> supplier() {
                    return () -> new long[1];
                }

                @Override
                public TriFunction<long[], PersonDay, CoverInterval, Runnable> accumulator() {
                    return (counts, pd, interval) -> {
                        long increment = interval.increment(pd.person(), pd.dutyGrade());
                        counts[0] += increment;
                        return () -> counts[0] -= increment;
                    };
                }

                @Override
                public Function<long[], Long> finisher() {
                    return counts -> counts[0];
                }
            };

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverInterval other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
