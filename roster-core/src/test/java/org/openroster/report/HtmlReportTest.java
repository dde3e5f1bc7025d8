package org.openroster.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.solver.Assignment;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.testing.TestProblems;

class HtmlReportTest {

    private static Roster roster() {
        var problem = TestProblems.small(4, 3);
        LocalDate d = problem.start();
        return RosterBuilder.withAssignments(
                problem, List.of(new Assignment("P0", d, "E", "A"), new Assignment("P1", d.plusDays(1), "N", "A")));
    }

    @Test
    void thePageIsSelfContainedAndHasEverySection() {
        Roster roster = roster();
        String html = HtmlReport.render(roster, RosterAudit.audit(roster), null);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String section : List.of(
                "Summary",
                "Regime delivery per day",
                "Staffing against MSL and SDSOL",
                "Roster",
                "Violations",
                "Totals by rule")) {
            assertTrue(html.contains("<h2>" + section + "</h2>"), section);
        }
        assertFalse(
                html.contains("http://") || html.contains("https://") || html.contains("src="),
                "the page must not load anything from elsewhere");
        assertTrue(html.contains("NOT regime-safe"), "two duties cannot keep the wing at MSL");
        assertTrue(html.contains("<svg"), "a staffing chart per location");
    }

    @Test
    void textIsEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", HtmlReport.esc("<b> & \"x\" 'y'"));
    }
}
