package org.openroster.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A position in a JSON document as a path ({@code people[3].contract}), with the reading checks
 * that fail naming that path, the field and the offending value. Every check throws
 * {@link InvalidInputException}; none returns null for a required value.
 */
record At(String path) {

    static final At ROOT = new At("");

    /** At most this many characters of a value are quoted in a message. */
    private static final int MAX_SHOWN = 80;

    At field(String name) {
        return new At(path.isEmpty() ? name : path + "." + name);
    }

    At index(int i) {
        return new At(path + "[" + i + "]");
    }

    /** The path as shown in messages ("the top level" for the root). */
    String describe() {
        return path.isEmpty() ? "the top level" : path;
    }

    InvalidInputException fail(String what) {
        return new InvalidInputException(describe() + " " + what);
    }

    /** Fails for the value at this path: "path (value) what". */
    InvalidInputException fail(Object value, String what) {
        return new InvalidInputException(describe() + " (" + show(value) + ") " + what);
    }

    // ---- required and optional values ----

    <T> T required(String field, T value) {
        if (value == null) {
            throw field(field).fail("is missing. Maybe add \"" + field + "\" to " + describe() + ".");
        }
        return value;
    }

    static <T> T or(T value, T whenAbsent) {
        return value == null ? whenAbsent : value;
    }

    /** A required id: a non-blank string. */
    String id(String field, String value) {
        required(field, value);
        if (value.isBlank()) {
            throw field(field).fail(value, "must not be blank.");
        }
        return value;
    }

    int nonNegative(String field, Integer value) {
        return nonNegative(field, required(field, value), 0);
    }

    int nonNegative(String field, Integer value, int whenAbsent) {
        int v = or(value, whenAbsent);
        if (v < 0) {
            throw field(field).fail(v, "must be >= 0.");
        }
        return v;
    }

    long nonNegative(String field, Long value, long whenAbsent) {
        long v = or(value, whenAbsent);
        if (v < 0) {
            throw field(field).fail(v, "must be >= 0.");
        }
        return v;
    }

    int positive(String field, Integer value) {
        return positive(field, required(field, value), 0);
    }

    int positive(String field, Integer value, int whenAbsent) {
        int v = or(value, whenAbsent);
        if (v <= 0) {
            throw field(field).fail(v, "must be > 0.");
        }
        return v;
    }

    /** An optional non-negative number that means "none" when absent. */
    Integer optionalNonNegative(String field, Integer value) {
        return value == null ? null : nonNegative(field, value);
    }

    // ---- dates and times ----

    LocalDate date(String field, String value) {
        return parseDate(field(field), required(field, value));
    }

    LocalDate optionalDate(String field, String value) {
        return value == null ? null : parseDate(field(field), value);
    }

    LocalTime time(String field, String value) {
        return parseTime(field(field), required(field, value));
    }

    LocalTime optionalTime(String field, String value) {
        return value == null ? null : parseTime(field(field), value);
    }

    Instant offsetDateTime(String field, String value) {
        required(field, value);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw field(field).fail(value, "is not a date and time with offset like 2027-03-01T07:00:00Z.");
        }
    }

    ZoneId zone(String field, String value, ZoneId whenAbsent) {
        if (value == null) {
            return whenAbsent;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw field(field).fail(value, "is not a time zone like Europe/London.");
        }
    }

    static LocalDate parseDate(At at, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw at.fail(value, "is not a date like 2027-03-01.");
        }
    }

    static LocalTime parseTime(At at, String value) {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeException e) {
            throw at.fail(value, "is not a time like 07:00 (HH:mm).");
        }
    }

    // ---- collections ----

    /** The items of a JSON array meant as a set; absent is empty; an item listed twice fails. */
    <T> Set<T> set(String field, List<T> values) {
        Set<T> out = new LinkedHashSet<>();
        if (values == null) {
            return out;
        }
        At list = field(field);
        for (int i = 0; i < values.size(); i++) {
            if (!out.add(values.get(i))) {
                throw list.index(i).fail(values.get(i), "is listed twice.");
            }
        }
        return out;
    }

    /** A set of ISO dates given as strings. */
    Set<LocalDate> dates(String field, List<String> values) {
        Set<LocalDate> out = new LinkedHashSet<>();
        List<String> items = or(values, List.of());
        At list = field(field);
        for (int i = 0; i < items.size(); i++) {
            if (!out.add(parseDate(list.index(i), items.get(i)))) {
                throw list.index(i).fail(items.get(i), "is listed twice.");
            }
        }
        return out;
    }

    /** Fails on the first id used twice, naming the item's {@code id} field. */
    static void uniqueIds(At list, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw list.index(i).field("id").fail(ids.get(i), "is used more than once.");
            }
        }
    }

    /** Maps each item of an optional list with its own path. */
    <T, R> List<R> each(String field, List<T> items, ItemMapper<T, R> mapper) {
        List<R> out = new ArrayList<>();
        List<T> list = or(items, List.of());
        At at = field(field);
        for (int i = 0; i < list.size(); i++) {
            out.add(mapper.map(at.index(i), list.get(i)));
        }
        return out;
    }

    /** Maps one item of a JSON array, knowing where it is. */
    @FunctionalInterface
    interface ItemMapper<T, R> {
        R map(At at, T item);
    }

    /**
     * Builds a model value, turning a rule it breaks (checked by its constructor) into a message that
     * says where in the document the value is.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidInputException e) {
            throw e; // already names its path
        } catch (IllegalArgumentException e) { // InvalidModelException and the time types' own checks
            throw new InvalidInputException(describe() + ": " + e.getMessage());
        }
    }

    /** A value as quoted in a message: on one line and at most {@value #MAX_SHOWN} characters. */
    static String show(Object value) {
        String text = String.valueOf(value)
                .replace("\\", "\\\\")
                .replace("\r", "\\r")
                .replace("\n", "\\n")
                .replace("\t", "\\t");
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 3) + "...";
    }
}
