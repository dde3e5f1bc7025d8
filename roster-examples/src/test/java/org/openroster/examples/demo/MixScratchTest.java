package org.openroster.examples.demo;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openroster.audit.Advisories;
import org.openroster.audit.AuditReport;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Problem;
import org.openroster.model.ProblemValidator;
import org.openroster.rostering.RosteringModel;
import org.openroster.rostering.RosteringModels;
import org.openroster.solver.Level;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterSolver;

class MixScratchTest {
    @Test
    void print() {
        String sizes = System.getenv().getOrDefault("SIZES", "SMALL,MEDIUM,LARGE");
        for (String sz : sizes.split(",")) {
            long t0 = System.nanoTime();
            Problem p = DemoPrison.generate(DemoPrison.Size.valueOf(sz), Long.getLong("seed", 42));
            long t1 = System.nanoTime();
            System.out.println("== " + sz + " generated in " + (t1 - t0) / 1_000_000 + " ms, " + p.people().size() + " people");
            Map<String, Integer> kinds = new TreeMap<>();
            p.people().forEach(x -> kinds.merge(x.contract().kind(), 1, Integer::sum));
            System.out.println("kinds " + kinds + " jobShares " + p.jobShares().size() + " rotaLines " + p.rotaLines().size() + " choices " + p.choices().size() + " requests " + p.requests().size());
            System.out.println("validate " + ProblemValidator.validate(p));
            var report = DemoPrisonCheck.check(p);
            System.out.println("mslCovered(1.1) " + report.mslCovered(1.1) + " minCover " + report.minCover() + " contracted/fit " + report.contractedHours() / report.fitHours() + " unreachable " + report.unreachableContracts());
            if (Boolean.parseBoolean(System.getenv().getOrDefault("FORMAT", "false"))) System.out.println(report.format());
            System.out.println("advisories " + Advisories.of(RosterBuilder.build(p)));
            Problem fixed = RosteringModels.prepare(p, RosteringModel.FIXED);
            Roster r = RosterBuilder.build(fixed);
            System.out.println("advisories fixed " + Advisories.of(r));
            r.setScore(RosterSolver.create().score(r));
            AuditReport audit = RosterAudit.audit(r);
            Map<String, Integer> byRule = new TreeMap<>();
            Map<String, Long> amount = new TreeMap<>();
            audit.violations().stream().filter(v -> v.level() == Level.HARD).forEach(v -> { byRule.merge(v.rule(), 1, Integer::sum); amount.merge(v.rule(), v.amount(), Long::sum);});
            System.out.println("fixed pins only: hard by rule " + byRule + " amounts " + amount);
            audit.violations().stream().filter(v -> v.level() == Level.HARD && !v.rule().equals("minimum-safe-staffing") && !v.message().contains("outside the contract band")).limit(15).forEach(v -> System.out.println("   " + v.rule() + " " + v.message()));
            int over = 0, under = 0;
            for (var w : r.getWindows()) {
                long m = r.getPersonDays().stream().filter(pd -> pd.person().id().equals(w.id()) && pd.isWorking()).mapToLong(pd -> pd.workedMinutes()).sum();
                if (m > w.bounds().max()) { over++; System.out.println("   OVER " + w.id() + " " + w.person().contract().kind() + " " + m + " > " + w.bounds()); }
                if (m < w.bounds().min()) under++;
            }
            System.out.println("pins over max " + over + ", under min " + under);
            System.out.println("summary " + audit.summary().mslShortfallMinutes() + " msl; contracts " + audit.summary().contracts());
        }
    }
}
