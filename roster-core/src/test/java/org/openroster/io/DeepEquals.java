package org.openroster.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two values field by field, through records, lists, sets and maps. Needed because the
 * model's facts compare by id alone (a Person equals any Person with its id), which would let a
 * lossy round trip pass an {@code assertEquals}.
 */
final class DeepEquals {

    private DeepEquals() {}

    /** Fails naming the path of the first difference. */
    static void assertDeepEquals(Object expected, Object actual) {
        String difference = difference(expected, actual, "problem");
        if (difference != null) {
            fail(difference);
        }
    }

    /** The first difference as "path: expected X but was Y", or null when equal everywhere. */
    static String difference(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            return expected == actual ? null : at(path, expected, actual);
        }
        if (expected.getClass() != actual.getClass()) {
            return path + ": expected a " + expected.getClass().getSimpleName() + " but was a "
                    + actual.getClass().getSimpleName();
        }
        if (expected.getClass().isRecord()) {
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                try {
                    String d = difference(
                            c.getAccessor().invoke(expected), c.getAccessor().invoke(actual), path + "." + c.getName());
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return null;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return path + ": expected " + e.size() + " items but was " + a.size();
            }
            Iterator<?> ai = a.iterator();
            int i = 0;
            for (Object item : e) {
                String d = difference(item, ai.next(), path + "[" + i++ + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected instanceof Set<?> e && actual instanceof Set<?> a) {
            // sets in the model hold values with value equality (ids, enums, dates, spans)
            return e.equals(a) ? null : at(path, e, a);
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (!e.keySet().equals(a.keySet())) {
                return at(path + " keys", e.keySet(), a.keySet());
            }
            for (var entry : e.entrySet()) {
                String d = difference(entry.getValue(), a.get(entry.getKey()), path + "." + entry.getKey());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return Objects.equals(expected, actual) ? null : at(path, expected, actual);
    }

    private static String at(String path, Object expected, Object actual) {
        return path + ": expected <" + expected + "> but was <" + actual + ">";
    }
}
