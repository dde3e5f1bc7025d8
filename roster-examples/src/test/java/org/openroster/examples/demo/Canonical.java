package org.openroster.examples.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A canonical text of a value made of records, lists, sets and maps: every record component is
 * written (the model's records compare by id alone, so {@code equals} would not see a changed field),
 * sets and maps in sorted order (their iteration order may differ between runs).
 */
final class Canonical {

    private Canonical() {}

    static String dump(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record record) {
            StringBuilder b = new StringBuilder(record.getClass().getSimpleName()).append('(');
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                b.append(c.getName()).append('=').append(dump(read(c, record))).append(';');
            }
            return b.append(')').toString();
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(Canonical::dump).sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Canonical::dump).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> dump(e.getKey()) + ":" + dump(e.getValue()))
                    .sorted()
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Collection<?>) {
            throw new IllegalArgumentException("Unexpected collection " + value.getClass());
        }
        return String.valueOf(value);
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c.getName() + " of " + record.getClass(), e);
        }
    }
}
