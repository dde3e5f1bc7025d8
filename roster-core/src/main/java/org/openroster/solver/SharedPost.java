package org.openroster.solver;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openroster.model.JobSharePost;
import org.openroster.time.TimeSpan;

/**
 * A job-share post with its partners' weekly minutes (from their contracts): the arithmetic of the
 * job-share rules lives here.
 */
public record SharedPost(JobSharePost post, Map<String, Integer> partnerWeeklyMinutes) {

    public SharedPost {
        partnerWeeklyMinutes = Map.copyOf(partnerWeeklyMinutes);
    }

    public String id() {
        return post.id();
    }

    /**
     * Unsocial shifts off the agreed split: the sum over partners of how far each one's share of the
     * post's unsocial shifts is from their share of its hours ({@code |u_i W - U w_i| / W}).
     */
    public long fairSplitBreach(Collection<PersonDay> unsocialDuties) {
        Map<String, Long> units = new HashMap<>();
        long total = 0;
        for (PersonDay pd : unsocialDuties) {
            units.merge(pd.person().id(), (long) pd.getShift().unsocialUnits(), Long::sum);
            total += pd.getShift().unsocialUnits();
        }
        long weekly = partnerWeeklyMinutes.values().stream()
                .mapToLong(Integer::longValue)
                .sum();
        long off = 0;
        for (var partner : partnerWeeklyMinutes.entrySet()) {
            off += Math.abs(units.getOrDefault(partner.getKey(), 0L) * weekly - total * partner.getValue());
        }
        return weekly == 0 ? 0 : off / weekly;
    }

    /**
     * Minutes of handover missing in a week: when two or more partners work in the week, the longest
     * overlap between two partners' duties falls short of the agreed handover by this much.
     */
    public long handoverShortfall(Collection<PersonDay> weekDuties) {
        if (post.handoverMinutes() == 0
                || weekDuties.stream().map(pd -> pd.person().id()).distinct().count() < 2) {
            return 0;
        }
        long best = 0;
        for (PersonDay a : weekDuties) {
            TimeSpan span = a.getShift().span();
            for (PersonDay b : weekDuties) {
                if (!a.person().id().equals(b.person().id())) {
                    best = Math.max(best, span.overlapMinutes(b.getShift().span()));
                }
            }
        }
        return Math.max(0, post.handoverMinutes() - best);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SharedPost other && id().equals(other.id());
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
