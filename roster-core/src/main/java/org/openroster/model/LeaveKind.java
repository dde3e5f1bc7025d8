package org.openroster.model;

/** Why a person is away. Every kind keeps them off the roster and counts toward their hours. */
public enum LeaveKind {
    ANNUAL,
    PUBLIC_HOLIDAY_IN_LIEU,
    PRIVILEGE,
    TOIL,
    SICK,
    TRAINING,
    OTHER
}
