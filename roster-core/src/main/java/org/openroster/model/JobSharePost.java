package org.openroster.model;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * A post shared by two or more people ({@code partners}, each on a {@link Contract.JobShare} of this
 * post): their weekly minutes add up to the post's; on each of its {@code coverDays} at least one
 * partner works; in a week both work, they overlap by {@code handoverMinutes} on some day; unsocial
 * shifts are split in proportion to their shares.
 */
public record JobSharePost(
        String id, int weeklyMinutes, Set<DayOfWeek> coverDays, int handoverMinutes, List<String> partners) {

    public JobSharePost {
        Checks.id(id, "job share post id");
        Checks.positive(weeklyMinutes, "weeklyMinutes of job share post (" + id + ")");
        coverDays = Checks.set(coverDays, "coverDays");
        Checks.nonNegative(handoverMinutes, "handoverMinutes of job share post (" + id + ")");
        partners = Checks.list(partners, "partners");
        Checks.check(
                partners.size() >= 2,
                "The job share post (" + id + ") needs at least two partners, not " + partners.size() + ".");
        Checks.check(
                Set.copyOf(partners).size() == partners.size(),
                "The job share post (" + id + ") names a partner twice: " + partners + ".");
    }

    /** A post's cover day's worth of minutes: the post's week over its cover days. */
    public int coverDayMinutes() {
        return coverDays.isEmpty() ? 0 : weeklyMinutes / coverDays.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobSharePost other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
