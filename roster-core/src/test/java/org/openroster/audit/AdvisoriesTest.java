package org.openroster.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.model.Contract;
import org.openroster.model.JobSharePost;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.WorkRules;
import org.openroster.solver.RosterBuilder;
import org.openroster.testing.TestProblems;

class AdvisoriesTest {

    private static final LocalDate MONDAY = TestProblems.MONDAY;

    @Test
    void explainsAnUnwiseContractMix() {
        Problem base = TestProblems.small(4, 7);
        List<Person> people = new ArrayList<>(base.people());
        people.set(0, people.get(0).withContract(new Contract.Compressed(4, 555, 0)));
        people.set(1, people.get(1).withRules(new WorkRules(7, 0, 0, 0, java.util.Map.of(), 6000, null, 5)));
        people.set(2, people.get(2).withContract(new Contract.JobShare("post", 1110, 0)));
        people.set(3, people.get(3).withContract(new Contract.JobShare("post", 1110, 0)));
        Problem problem = base.withPeople(people)
                .withLeave(List.of(
                        new Leave("P2", MONDAY, MONDAY, LeaveKind.ANNUAL),
                        new Leave("P3", MONDAY, MONDAY, LeaveKind.SICK)))
                .withFlexibleWorking(
                        List.of(new JobSharePost("post", 2220, Set.of(DayOfWeek.MONDAY), 30, List.of("P2", "P3"))),
                        List.of(),
                        List.of());
        List<String> notes = Advisories.of(RosterBuilder.build(problem));
        assertTrue(
                notes.contains("Person P0 is on compressed hours of 9h15 a day but no shift they can be given is"
                        + " that long."),
                notes.toString());
        assertTrue(
                notes.stream().anyMatch(n -> n.startsWith("Person P1 (fullTime) must work at least 100h")),
                notes.toString());
        assertTrue(notes.contains("Job share post post: every partner is away on 2027-03-01; arrange cover."));
        assertEquals(3, notes.size(), notes.toString());
    }
}
