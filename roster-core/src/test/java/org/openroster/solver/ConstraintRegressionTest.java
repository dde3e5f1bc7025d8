package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.WorkRules;
import org.openroster.testing.TestProblems;

/** Constraint tests for the rules this change touched; one method per behaviour. */
class ConstraintRegressionTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, PersonDay.class);

    private static final LocalDate TUESDAY = TestProblems.MONDAY.plusDays(1);

    private static Problem withRequests(List<Request> requests) {
        Problem p = TestProblems.small(2, 7);
        return new Problem(
                p.id(),
                p.establishment(),
                p.start(),
                p.days(),
                p.templates(),
                p.activities(),
                p.people(),
                p.leave(),
                requests,
                p.pins(),
                p.slotDemands(),
                p.constraintWeights());
    }

    private static PersonDay day(Roster roster, String person, LocalDate date) {
        return roster.getPersonDays().stream()
                .filter(pd -> pd.person().id().equals(person) && pd.date().equals(date))
                .findFirst()
                .orElseThrow();
    }

    private static Shift shift(PersonDay pd, String template) {
        return pd.getOptions().stream()
                .filter(s -> s.template().id().equals(template))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void requestsPenalizesARequestToWorkOnADayOff() {
        Roster roster = RosterBuilder.build(withRequests(List.of(new Request("P0", TUESDAY, "E", true, 7))));
        // everyone is off (unassigned): the request to work is not honoured
        verifier.verifyThat(RosterConstraints::requests).givenSolution(roster).penalizesBy(7);
        assertEquals(
                7,
                RosterAudit.audit(roster).rules().stream()
                        .filter(r -> r.rule().equals(Rule.REQUESTS.id()))
                        .findFirst()
                        .orElseThrow()
                        .amount());
    }

    @Test
    void requestsDoesNotPenalizeAGrantedRequest() {
        Roster roster = RosterBuilder.build(withRequests(List.of(new Request("P0", TUESDAY, "E", true, 7))));
        PersonDay pd = day(roster, "P0", TUESDAY);
        pd.setShift(shift(pd, "E"));
        verifier.verifyThat(RosterConstraints::requests).givenSolution(roster).penalizesBy(0);
    }

    @Test
    void requestsPenalizesAnOffRequestOnlyWhenTheShiftIsWorked() {
        Roster roster = RosterBuilder.build(withRequests(List.of(new Request("P0", TUESDAY, "E", false, 3))));
        verifier.verifyThat(RosterConstraints::requests).givenSolution(roster).penalizesBy(0);
        PersonDay pd = day(roster, "P0", TUESDAY);
        pd.setShift(shift(pd, "E"));
        verifier.verifyThat(RosterConstraints::requests).givenSolution(roster).penalizesBy(3);
    }

    @Test
    void oneDutyAtATimePenalizesANightOverlappingTheNextEarly() {
        Roster roster = RosterBuilder.build(TestProblems.small(1, 7));
        PersonDay monday = day(roster, "P0", TestProblems.MONDAY);
        PersonDay tuesday = day(roster, "P0", TUESDAY);
        monday.setShift(shift(monday, "N")); // 20:45 to 07:15
        tuesday.setShift(shift(tuesday, "E")); // 07:00 to 14:30
        verifier.verifyThat(RosterConstraints::oneDutyAtATime)
                .givenSolution(roster)
                .penalizesBy(15);
        assertEquals(
                15,
                RosterAudit.audit(roster).rules().stream()
                        .filter(r -> r.rule().equals(Rule.ONE_DUTY_AT_A_TIME.id()))
                        .findFirst()
                        .orElseThrow()
                        .amount());
    }

    @Test
    void oneDutyAtATimeDoesNotPenalizeDutiesThatDoNotOverlap() {
        Roster roster = RosterBuilder.build(TestProblems.small(1, 7));
        PersonDay monday = day(roster, "P0", TestProblems.MONDAY);
        PersonDay tuesday = day(roster, "P0", TUESDAY);
        PersonDay thursday = day(roster, "P0", TestProblems.MONDAY.plusDays(3));
        monday.setShift(shift(monday, "E"));
        tuesday.setShift(shift(tuesday, "N"));
        thursday.setShift(shift(thursday, "E"));
        verifier.verifyThat(RosterConstraints::oneDutyAtATime)
                .givenSolution(roster)
                .penalizesBy(0);
    }

    @Test
    void aTemplateWithMaximumZeroIsNotOffered() {
        Problem p = TestProblems.small(1, 7);
        Problem never = p.withPeople(
                List.of(p.people().get(0).withRules(new WorkRules(7, 0, 0, 0, Map.of("N", 0), null, null, 5))));
        Set<String> offered = templatesOffered(RosterBuilder.build(never));
        assertFalse(offered.contains("N"));
        assertTrue(offered.containsAll(Set.of("E", "L")));
    }

    @Test
    void aSwitchedOffRuleDoesNotNarrowTheOffer() {
        // E and L are 7.5 h and 8 h with a 30-minute break; without any break they break WTR reg 12
        Problem p = TestProblems.small(1, 7);
        Problem noBreaks = new Problem(
                p.id(),
                p.establishment(),
                p.start(),
                p.days(),
                p.templates().stream().map(t -> t.withBreak(0)).toList(),
                p.activities(),
                p.people(),
                p.leave(),
                p.requests(),
                p.pins(),
                p.slotDemands(),
                p.constraintWeights());
        assertTrue(templatesOffered(RosterBuilder.build(noBreaks)).isEmpty());
        Problem switchedOff = noBreaks.withConstraintWeights(Map.of(Rule.REST_BREAK.id(), "0soft"));
        assertEquals(Set.of("E", "L", "N"), templatesOffered(RosterBuilder.build(switchedOff)));
    }

    private static Set<String> templatesOffered(Roster roster) {
        return Set.copyOf(roster.getPersonDays().stream()
                .flatMap(pd -> pd.getOptions().stream())
                .map(s -> s.template().id())
                .toList());
    }
}
