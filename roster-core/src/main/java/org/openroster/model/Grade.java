package org.openroster.model;

/** HMPPS grades of staff who can be rostered. */
public enum Grade {
    /** Operational Support Grade (Band 2): gate, searching, control room, visits. */
    OSG,
    /** Prison Officer (Band 3). */
    OFFICER,
    /** Supervising Officer (Band 4): runs a wing's regime, may lead the night. */
    SUPERVISING_OFFICER,
    /** Custodial Manager (Band 5): plans the detail. */
    CUSTODIAL_MANAGER,
    /** Non-operational staff who are rostered (e.g. healthcare, education). */
    NON_OPERATIONAL
}
