package org.openroster.model;

/** A place in the establishment that must be staffed (a wing, the gate, the visits hall...). */
public record Location(String id, String name, LocationKind kind) {

    public Location {
        Checks.id(id, "location id");
        name = name == null ? id : name;
        kind = kind == null ? LocationKind.OTHER : kind;
    }

    public static Location of(String id, LocationKind kind) {
        return new Location(id, id, kind);
    }

    /** Identity is the id alone: hashing every component of a fact in score calculation is waste. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Location other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
