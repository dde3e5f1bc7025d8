package org.openroster.examples.demo;

import org.junit.jupiter.api.Test;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.RotaLine;

class MixLinesScratchTest {
    @Test
    void print() {
        Problem p = DemoPrison.generate(DemoPrison.Size.valueOf(System.getenv().getOrDefault("SIZES", "SMALL")), 42);
        var roster = org.openroster.solver.RosterBuilder.build(p);
        for (RotaLine l : p.rotaLines()) {
            Person x = p.people().stream().filter(y -> y.id().equals(l.person())).findFirst().orElseThrow();
            long min = 0;
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < 28; c++) {
                String e = l.cycle().get(c);
                b.append(e.equals("OFF") ? " . " : String.format("%-3s", e.substring(0, e.indexOf('@'))));
                if (c % 7 == 6) b.append('|');
            }
            StringBuilder o = new StringBuilder();
            roster.getPersonDays().stream().filter(pd -> pd.person().id().equals(x.id())).forEach(pd -> o.append(pd.getOptions().size()).append(','));
            var band = x.contract().bounds(p.start(), p.days(), 0);
            System.out.printf("%s %-12s %-4s %s band %d/%d/%d locs %s rest %s off %s opts %s%n", x.id(), x.contract().kind(), x.grade().name().substring(0, 3), b, band.min() / 60, band.target() / 60, band.max() / 60, x.locations(), x.fixedRestDays(), x.daysOff(), o);
        }
    }
}
