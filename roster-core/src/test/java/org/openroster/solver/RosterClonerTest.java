package org.openroster.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.openroster.testing.TestProblems;

class RosterClonerTest {

    @Test
    void copiesEveryFieldOfEveryPersonDayAndSharesTheFacts() throws Exception {
        Roster roster = RosterBuilder.build(TestProblems.small(3, 7));
        PersonDay first = roster.getPersonDays().get(0);
        first.setShift(first.getOptions().get(0));
        first.setPinned(true);
        Roster clone = new RosterCloner().cloneSolution(roster);
        assertNotSame(roster.getPersonDays(), clone.getPersonDays());
        assertEquals(roster.getPersonDays().size(), clone.getPersonDays().size());
        for (int i = 0; i < roster.getPersonDays().size(); i++) {
            PersonDay a = roster.getPersonDays().get(i);
            PersonDay b = clone.getPersonDays().get(i);
            assertNotSame(a, b);
            for (Field f : PersonDay.class.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    assertSame(f.get(a), f.get(b), "PersonDay." + f.getName() + " is not copied by planningClone()");
                }
            }
        }
        for (Field f : Roster.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("personDays")) {
                f.setAccessible(true);
                assertSame(f.get(roster), f.get(clone), "Roster." + f.getName() + " is not copied by planningClone()");
            }
        }
    }
}
