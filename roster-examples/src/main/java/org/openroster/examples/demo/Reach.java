package org.openroster.examples.demo;

import java.util.List;
import java.util.Set;

/**
 * Whether some choice of at most one shift a day, from each day's shift lengths, adds up to a total
 * in {@code [min, max]}: a subset-sum over the days on a bit set (bit {@code i}: {@code i} minutes can
 * be worked). Rest rules are left out; it tells a contract band that no roster can meet.
 */
final class Reach {

    private Reach() {}

    static boolean reachable(List<Set<Integer>> lengthsByDay, long min, long max) {
        if (min <= 0) {
            return true;
        }
        int top = (int) Math.min(max, 60L * 24 * 400);
        long[] reach = new long[top / 64 + 1];
        reach[0] = 1;
        for (Set<Integer> lengths : lengthsByDay) {
            long[] next = reach.clone();
            for (int length : lengths) {
                shiftOr(reach, length, next);
            }
            reach = next;
        }
        for (long i = min; i <= top; i++) {
            if ((reach[(int) (i >>> 6)] & (1L << (i & 63))) != 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code target |= source << shift}, bits beyond the arrays' length dropped. */
    private static void shiftOr(long[] source, int shift, long[] target) {
        int words = shift >>> 6;
        int bits = shift & 63;
        for (int i = target.length - 1; i >= words; i--) {
            long low = source[i - words] << bits;
            long carry = bits == 0 || i - words - 1 < 0 ? 0 : source[i - words - 1] >>> (64 - bits);
            target[i] |= low | carry;
        }
    }
}
