package org.openroster.solver;

/** Score levels: hard rules must hold, medium measures regime delivery, soft measures quality. */
public enum Level {
    HARD,
    MEDIUM,
    SOFT
}
