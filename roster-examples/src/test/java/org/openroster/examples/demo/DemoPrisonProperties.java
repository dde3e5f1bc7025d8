package org.openroster.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.openroster.examples.demo.DemoPrison.Size;
import org.openroster.model.Problem;
import org.openroster.model.ProblemValidator;

/** Whatever the seed, a demo prison is valid, of its size, and its staff can cover MSL. */
class DemoPrisonProperties {

    @Property(tries = 6)
    void anySeedGivesAValidCoveredPrisonOfItsSize(@ForAll long seed, @ForAll Size size) {
        Problem p = DemoPrison.generate(size, seed);
        assertEquals(List.of(), ProblemValidator.validate(p));
        double wte = DemoPrison.wholeTimeEquivalents(p);
        assertTrue(Math.abs(wte - size.targetStaff()) <= 0.1 * size.targetStaff(), p.id() + ": " + wte + " WTE");
        DemoPrisonCheck.Report report = DemoPrisonCheck.check(p);
        assertTrue(report.mslCovered(1.1), report.format());
    }
}
