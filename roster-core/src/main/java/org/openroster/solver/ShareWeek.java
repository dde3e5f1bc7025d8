package org.openroster.solver;

/** A 7-day week of the window for a job-share post: the unit in which handover is judged. */
public record ShareWeek(SharedPost post, int weekIndex) {

    public String postId() {
        return post.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareWeek other && post.equals(other.post) && weekIndex == other.weekIndex;
    }

    @Override
    public int hashCode() {
        return post.hashCode() * 31 + weekIndex;
    }
}
