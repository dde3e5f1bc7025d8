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
 * @param seed random seed; the same seed, problem and limits give the same roster when the solve is
 *     stopped by a step count, and very nearly when stopped by time
 */
public record SolveOptions(
        Duration timeLimit, Duration unimprovedTimeLimit, long seed, Consumer<BestScoreEvent> onBestScore) {

    public SolveOptions {
        if (timeLimit == null && unimprovedTimeLimit == null) {
            throw new IllegalArgumentException(
                    "Both timeLimit and unimprovedTimeLimit are null: the solve would never stop. Maybe set one.");
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
        return new SolveOptions(limit, null, 0L, null);
    }

    public SolveOptions withUnimprovedTimeLimit(Duration limit) {
        return new SolveOptions(timeLimit, limit, seed, onBestScore);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, newSeed, onBestScore);
    }

    public SolveOptions onBestScore(Consumer<BestScoreEvent> listener) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, seed, listener);
    }
}
