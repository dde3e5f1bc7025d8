package org.openroster.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.examples.demo.Staffing.Draft;
import org.openroster.model.Contract;
import org.openroster.model.JobSharePost;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Shift;

/**
 * The job shares of a demo prison: two wing officers share a 37-hour post, detailed to the same
 * locations, working agreed days at their wing (assumption, after typical HMPPS job share agreements):
 *
 * <ul>
 *   <li>an even split (18.5 + 18.5 hours) covers Monday to Friday: one partner works Monday (early
 *       long), Tuesday and Wednesday (earlies), the other Wednesday (late), Thursday and Friday
 *       (earlies); Wednesday's early and late overlap by the agreed 30-minute handover;
 *   <li>a 60/40 split (22.2 + 14.8 hours) covers Monday to Thursday: one partner works Monday to
 *       Wednesday (early longs), the other Wednesday (late) and Thursday (early long); Wednesday's
 *       shifts overlap by more than the agreed hour's handover.
 * </ul>
 *
 * Each partner may work 4 hours a week beyond their share, to cover the other's leave.
 */
final class JobShares {

    /** The post's weekly minutes: a full-time officer post. */
    static final int POST_MINUTES = Contract.FULL_TIME_WEEKLY_MINUTES;

    private JobShares() {}

    /** A post and its two partners; {@code even} is a 50/50 split, else 60/40. */
    record Pair(String post, Draft lead, Draft partner, boolean even) {

        int leadMinutes() {
            return even ? POST_MINUTES / 2 : POST_MINUTES * 6 / 10;
        }

        int partnerMinutes() {
            return POST_MINUTES - leadMinutes();
        }

        JobSharePost toPost() {
            Set<DayOfWeek> cover = even
                    ? ContractMix.WEEKDAYS
                    : Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
            return new JobSharePost(post, POST_MINUTES, cover, even ? 30 : 60, List.of(lead.id, partner.id));
        }

        /** The template each partner works on each agreed day. */
        Map<DayOfWeek, String> days(Draft who) {
            boolean lead = who == this.lead;
            if (even) {
                return lead
                        ? Map.of(
                                DayOfWeek.MONDAY,
                                Templates.EARLY_LONG,
                                DayOfWeek.TUESDAY,
                                Templates.EARLY,
                                DayOfWeek.WEDNESDAY,
                                Templates.EARLY)
                        : Map.of(
                                DayOfWeek.WEDNESDAY,
                                Templates.LATE,
                                DayOfWeek.THURSDAY,
                                Templates.EARLY,
                                DayOfWeek.FRIDAY,
                                Templates.EARLY);
            }
            return lead
                    ? Map.of(
                            DayOfWeek.MONDAY,
                            Templates.EARLY_LONG,
                            DayOfWeek.TUESDAY,
                            Templates.EARLY_LONG,
                            DayOfWeek.WEDNESDAY,
                            Templates.EARLY_LONG)
                    : Map.of(DayOfWeek.WEDNESDAY, Templates.LATE, DayOfWeek.THURSDAY, Templates.EARLY_LONG);
        }

        /** The partner's rota line: their agreed days at the lead's home wing. */
        RotaDesign.Line line(RotaDesign design, Draft who, LocalDate start) {
            Map<DayOfWeek, String> agreed = days(who);
            RotaDesign.Line line = new RotaDesign.Line();
            for (int c = 0; c < RotaDesign.CYCLE; c++) {
                String template = agreed.get(start.plusDays(c).getDayOfWeek());
                if (template == null) {
                    continue;
                }
                PersonDay pd = design.day(who.id, c);
                for (Shift s : pd.getOptions()) {
                    if (s.template().id().equals(template) && s.location().id().equals(lead.home)) {
                        line.duty[c] = s;
                    }
                }
            }
            return line;
        }

        /** Whether the date is one the partner works and the other does not (leave there needs cover). */
        boolean soleDay(Draft who, LocalDate date) {
            Draft other = who == lead ? partner : lead;
            return days(who).containsKey(date.getDayOfWeek()) && !days(other).containsKey(date.getDayOfWeek());
        }
    }
}
