package org.openroster.solver;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How long and how to solve: a time limit, an unimproved-time limit (stop when the best score has
 * not improved for that long), or both (whichever comes first); a seed for reproducible results; and
 * a callback that receives each new best score.
 *
 * @param timeLimit stop after this long; null for none
 * @param unimprovedTimeLimit stop after this long without improvement; null for none
 * @param stepLimit stop after this many local-search steps; null for none. With a seed this makes a
 *     solve exactly reproducible, whatever the machine's speed
 * @param seed random seed; the same seed, problem and step limit give the same roster (a time limit
 *     stops at a point that depends on the machine's speed)
 */
public record SolveOptions(
        Duration timeLimit,
        Duration unimprovedTimeLimit,
        Integer stepLimit,
        long seed,
        Consumer<BestScoreEvent> onBestScore) {

    public SolveOptions {
        if (timeLimit == null && unimprovedTimeLimit == null && stepLimit == null) {
            throw new IllegalArgumentException("The timeLimit, unimprovedTimeLimit and stepLimit are all null: the"
                    + " solve would never stop. Maybe set a timeLimit.");
        }
        if (stepLimit != null && stepLimit <= 0) {
            throw new IllegalArgumentException("The stepLimit (" + stepLimit + ") must be positive.");
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("The timeLimit (" + timeLimit + ") must be positive.");
        }
        if (unimprovedTimeLimit != null && (unimprovedTimeLimit.isNegative() || unimprovedTimeLimit.isZero())) {
            throw new IllegalArgumentException(
                    "The unimprovedTimeLimit (" + unimprovedTimeLimit + ") must be positive.");
        }
        onBestScore = onBestScore == null ? e -> {} : onBestScore;
    }

    public static SolveOptions timeLimit(Duration limit) {
        return new SolveOptions(limit, null, null, 0L, null);
    }

    /** Stops after {@code steps} steps: with the seed, an exactly reproducible solve. */
    public static SolveOptions stepLimit(int steps) {
        return new SolveOptions(null, null, steps, 0L, null);
    }

    public SolveOptions withUnimprovedTimeLimit(Duration limit) {
        return new SolveOptions(timeLimit, limit, stepLimit, seed, onBestScore);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, stepLimit, newSeed, onBestScore);
    }

    public SolveOptions onBestScore(Consumer<BestScoreEvent> listener) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, stepLimit, seed, listener);
    }
}
