package org.openroster.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.model.Contract;
import org.openroster.model.JobSharePost;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.Roster;
import org.openroster.solver.Rule;
import org.openroster.solver.Shift;
import org.openroster.solver.ShiftRules;

/**
 * Explains, before or after solving, what in the problem cannot work or is unwise: a contract band
 * that the shifts on offer cannot reach, a compressed day no template fits, a dual-contract post no
 * template is open to, a job-share post all of whose partners are away on a cover day. Each line names
 * the person or post and the figures.
 */
public final class Advisories {

    private Advisories() {}

    public static List<String> of(Roster roster) {
        List<String> notes = new ArrayList<>();
        Map<String, List<PersonDay>> days = new HashMap<>();
        roster.getPersonDays()
                .forEach(pd -> days.computeIfAbsent(pd.person().id(), k -> new ArrayList<>())
                        .add(pd));
        for (PersonWindow w : roster.getWindows()) {
            List<PersonDay> mine = days.getOrDefault(w.id(), List.of());
            long most = 0;
            for (PersonDay pd : mine) {
                most += pd.isPinned()
                        ? pd.workedMinutes()
                        : pd.getOptions().stream()
                                .mapToLong(Shift::workedMinutes)
                                .max()
                                .orElse(0);
            }
            if (w.person().contract() instanceof Contract.Compressed c && noCompressedDay(roster, w, c)) {
                // the cause of an unreachable band too: named once
                notes.add("Person " + w.id() + " is on compressed hours of " + hours(c.dayMinutes())
                        + " a day but no shift they can be given is that long.");
            } else if (most < w.bounds().min()) {
                notes.add("Person " + w.id() + " (" + w.person().contract().kind() + ") must work at least "
                        + hours(w.bounds().min()) + " in the window but the shifts they can be given add up to at most "
                        + hours(most) + ".");
            }
            if (w.person().contract() instanceof Contract.Dual dual) {
                for (Contract.Post post : dual.posts()) {
                    boolean open = roster.problem().templates().stream()
                            .anyMatch(t -> t.grades().isEmpty() || t.grades().contains(post.grade()));
                    if (!open) {
                        notes.add("Person " + w.id() + "'s post " + post.id() + " (" + post.grade()
                                + ") has no template open to its grade.");
                    }
                }
            }
        }
        for (JobSharePost post : roster.problem().jobShares()) {
            for (LocalDate date : roster.problem().dates()) {
                if (!post.coverDays().contains(date.getDayOfWeek())) {
                    continue;
                }
                boolean allAway = post.partners().stream()
                        .allMatch(p -> days.get(p).stream()
                                .filter(pd -> pd.date().equals(date))
                                .allMatch(pd -> pd.onLeave() || pd.restDay()));
                if (allAway) {
                    notes.add(
                            "Job share post " + post.id() + ": every partner is away on " + date + "; arrange cover.");
                }
            }
        }
        return notes;
    }

    /**
     * Whether none of the shifts the person could be given but for their compressed day's length (the
     * value ranges leave those out) is of that length.
     */
    private static boolean noCompressedDay(Roster roster, PersonWindow w, Contract.Compressed c) {
        var wt = roster.problem().establishment().workingTime();
        return roster.getShifts().stream()
                .filter(s -> ShiftRules.allowed(w.person(), s, wt, Set.of(Rule.COMPRESSED_HOURS_PATTERN)))
                .noneMatch(s -> c.dayLengthBreach(s.workedMinutes()) == 0);
    }

    private static String hours(long minutes) {
        return (minutes / 60) + "h" + (minutes % 60 == 0 ? "" : String.format("%02d", minutes % 60));
    }
}
