package org.openroster.solver;

import java.time.LocalDate;

/** A cover day of a job-share post in the window: some partner must work it. */
public record ShareDay(SharedPost post, LocalDate date) {

    public String postId() {
        return post.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareDay other && post.equals(other.post) && date.equals(other.date);
    }

    @Override
    public int hashCode() {
        return post.hashCode() * 31 + date.hashCode();
    }
}
