package org.openroster.audit;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.model.Person;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;
import org.openroster.solver.CoverSegment;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.Rule;
import org.openroster.solver.SharedPost;
import org.openroster.solver.Shift;
import org.openroster.solver.ShiftRules;
import org.openroster.solver.SlotCover;

/**
 * Explains each self-rostering choice a roster does not keep: why the shift could not be offered at
 * all, or which rules taking it instead of the roster's duty would break or worsen. It re-audits only
 * what the change touches (the person, their job-share partners, the coverage segments and slots of
 * the two duties), before and after, and reports the difference rule by rule.
 */
public final class ChoiceExplainer {

    private final Roster roster;

    private ChoiceExplainer(Roster roster) {
        this.roster = roster;
    }

    /** One refusal per choice of the roster's problem that the roster does not keep. */
    public static List<Refusal> refusals(Roster roster) {
        ChoiceExplainer explainer = new ChoiceExplainer(roster);
        List<Refusal> refusals = new ArrayList<>();
        for (Request choice : roster.problem().choices()) {
            PersonDay pd = roster.getPersonDays().stream()
                    .filter(x ->
                            x.person().id().equals(choice.person()) && x.date().equals(choice.date()))
                    .findFirst()
                    .orElseThrow();
            if (pd.isWorking() && pd.getShift().template().id().equals(choice.template())) {
                continue;
            }
            refusals.add(explainer.explain(pd, choice));
        }
        return refusals;
    }

    private Refusal explain(PersonDay pd, Request choice) {
        Person person = pd.person();
        if (pd.onLeave()) {
            return refusal(choice, "on approved leave (" + pd.leave() + ") that day", List.of());
        }
        if (pd.restDay()) {
            return refusal(choice, "a fixed rest day, agreed day off or closed period that day", List.of());
        }
        List<Shift> candidates = pd.getOptions().stream()
                .filter(s -> s.template().id().equals(choice.template()))
                .toList();
        if (candidates.isEmpty()) {
            return refusal(choice, notOffered(person, pd, choice.template()), List.of());
        }
        Shift current = pd.getShift();
        List<String> best = null;
        HardMediumSoftScore bestCost = null;
        for (Shift candidate : candidates) {
            Map<Rule, Long> before = RosterAudit.amounts(roster, scope(pd, current, candidate));
            pd.setShift(candidate);
            Map<Rule, Long> after = RosterAudit.amounts(roster, scope(pd, current, candidate));
            pd.setShift(current);
            HardMediumSoftScore cost = HardMediumSoftScore.ZERO;
            List<Rule> worse = new ArrayList<>();
            for (Rule rule : Rule.values()) {
                long delta = after.get(rule) - before.get(rule);
                cost = cost.add(roster.weightOf(rule).multiply(delta));
                if (delta > 0 && RosterAudit.levelOf(roster.weightOf(rule)) != null) {
                    worse.add(rule);
                }
            }
            worse.sort(Comparator.comparing((Rule r) -> RosterAudit.levelOf(roster.weightOf(r)))
                    .thenComparing(r -> -weighted(r, after.get(r) - before.get(r))));
            List<String> lines = worse.stream()
                    .map(r -> r.id() + " +" + (after.get(r) - before.get(r)) + " " + r.unit() + " at "
                            + candidate.location().id())
                    .toList();
            if (bestCost == null || cost.compareTo(bestCost) < 0) {
                bestCost = cost;
                best = lines;
            }
        }
        String taken = current == null
                ? "a day off"
                : current.template().id() + "@" + current.location().id();
        if (best.isEmpty()) {
            return refusal(choice, "no rule prevents it: the search kept " + taken + " instead", best);
        }
        String level = best.get(0).split(" ")[0];
        Rule worst = Rule.byId(level).orElseThrow();
        String why = switch (RosterAudit.levelOf(roster.weightOf(worst))) {
            case HARD -> "it would break a hard rule";
            case MEDIUM -> "the regime needs " + taken + " more (delivery would drop)";
            case SOFT -> "it would cost more than it gives";
        };
        return refusal(choice, why + " (kept " + taken + ")", best);
    }

    /** The rule's weighted change at the level it acts on. */
    private long weighted(Rule rule, long delta) {
        HardMediumSoftScore w = roster.weightOf(rule);
        return delta * (w.hardScore() != 0 ? w.hardScore() : w.mediumScore() != 0 ? w.mediumScore() : w.softScore());
    }

    private static Refusal refusal(Request choice, String reason, List<String> rules) {
        return new Refusal(choice.person(), choice.date(), choice.template(), reason, rules);
    }

    /** Why a template is not among the shifts the person could be given that day. */
    private String notOffered(Person person, PersonDay pd, String templateId) {
        ShiftTemplate template = roster.problem().templates().stream()
                .filter(t -> t.id().equals(templateId))
                .findFirst()
                .orElseThrow();
        List<Shift> shifts = roster.getShifts().stream()
                .filter(s -> s.date().equals(pd.date()) && s.template().id().equals(templateId))
                .toList();
        if (shifts.isEmpty()) {
            return "template " + templateId + " is not offered at any location";
        }
        if (shifts.stream()
                .noneMatch(s -> person.eligibleFor(template, s.location().id()))) {
            return "not eligible for " + templateId + " (grade, locations detailed to, or skills)";
        }
        Shift s = shifts.stream()
                .filter(x -> person.eligibleFor(template, x.location().id()))
                .findFirst()
                .orElseThrow();
        if (ShiftRules.adjustmentBreach(person, s) > 0) {
            return "against a workplace adjustment";
        }
        if (ShiftRules.youngShiftExcess(person, s) > 0) {
            return "beyond a young worker's limits";
        }
        return "the shift's break is too short for its length (WTR reg 12)";
    }

    /** The person (and job-share partners), the two duties' segments and slots, the person's post. */
    private RosterAudit.Scope scope(PersonDay pd, Shift current, Shift candidate) {
        Set<String> people = new HashSet<>(Set.of(pd.person().id()));
        String post = pd.jobSharePost();
        if (post != null) {
            roster.getSharedPosts().stream()
                    .filter(p -> p.id().equals(post))
                    .map(SharedPost::post)
                    .forEach(p -> people.addAll(p.partners()));
        }
        Set<CoverSegment> segments = new HashSet<>(candidate.coveredSegments());
        Set<Shift> shifts = new HashSet<>(Set.of(candidate));
        if (current != null) {
            segments.addAll(current.coveredSegments());
            shifts.add(current);
        }
        return new RosterAudit.Scope(
                people::contains,
                segments::contains,
                (SlotCover slot) -> shifts.contains(slot.shift()),
                id -> id.equals(post));
    }
}
