package org.openroster.model;

/** What a location is; used in reports and by demo data, never by a rule. */
public enum LocationKind {
    WING,
    GATE,
    RECEPTION,
    VISITS,
    HEALTHCARE,
    EDUCATION,
    CONTROL_ROOM,
    ESCORTS,
    OTHER
}
