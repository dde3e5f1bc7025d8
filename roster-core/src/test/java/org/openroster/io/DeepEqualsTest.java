package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.model.Grade;
import org.openroster.model.Person;
import org.openroster.testing.TestProblems;

/** The round trip's comparison must see what the model's id-only equals does not. */
class DeepEqualsTest {

    @Test
    void seesADifferenceThatIdOnlyEqualsHides() {
        Person a = Person.of("P1", Grade.OFFICER);
        Person b = a.withName("Someone else", null);
        assertTrue(a.equals(b), "the model compares people by id");
        String d = DeepEquals.difference(a, b, "person");
        assertNotNull(d);
        assertTrue(d.startsWith("person.name"), d);
    }

    @Test
    void seesADifferenceDeepInAProblem() {
        var p = TestProblems.small(3, 7);
        var q = p.withPeople(
                List.of(p.people().get(0), p.people().get(1), p.people().get(2).withSkills(java.util.Set.of())));
        String d = DeepEquals.difference(p, q, "problem");
        assertNotNull(d);
        assertTrue(d.startsWith("problem.people[2].skills"), d);
        assertNull(DeepEquals.difference(p, TestProblems.small(3, 7), "problem"));
    }
}
