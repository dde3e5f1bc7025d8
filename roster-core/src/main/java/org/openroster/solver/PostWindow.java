package org.openroster.solver;

import org.openroster.model.Contract;
import org.openroster.model.HoursBounds;

/** One post of a person's dual contract in this window, with that post's own hours band. */
public record PostWindow(PersonWindow window, Contract.Post post, HoursBounds bounds) {

    public String id() {
        return window.id() + "/" + post.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostWindow other && id().equals(other.id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return id();
    }
}
