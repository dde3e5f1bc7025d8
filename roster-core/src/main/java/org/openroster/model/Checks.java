package org.openroster.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Fail-fast argument checks whose messages name the field and the value. */
public final class Checks {

    private Checks() {}

    /** Thrown for a value that breaks the model's rules; the message names the field and value. */
    public static final class InvalidModelException extends IllegalArgumentException {
        public InvalidModelException(String message) {
            super(message);
        }
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidModelException("The " + field + " must not be null.");
        }
        return value;
    }

    public static String id(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidModelException("The " + field + " (" + value + ") must be a non-blank id.");
        }
        return value;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidModelException("The " + field + " (" + value + ") must be >= 0.");
        }
        return value;
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidModelException("The " + field + " (" + value + ") must be >= 0.");
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new InvalidModelException("The " + field + " (" + value + ") must be > 0.");
        }
        return value;
    }

    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new InvalidModelException(message);
        }
    }

    /** Fails on the first id used twice in {@code items}, naming the collection and the id. */
    public static <T> void uniqueIds(Collection<T> items, Function<T, String> id, String collection) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = id.apply(item);
            if (!seen.add(key)) {
                throw new InvalidModelException("The " + collection + " id (" + key + ") is used more than once.");
            }
        }
    }

    public static <T> java.util.List<T> list(java.util.List<T> value, String field) {
        return java.util.List.copyOf(Objects.requireNonNullElse(value, java.util.List.of()));
    }

    public static <T> Set<T> set(Set<T> value, String field) {
        return Set.copyOf(Objects.requireNonNullElse(value, Set.of()));
    }
}
