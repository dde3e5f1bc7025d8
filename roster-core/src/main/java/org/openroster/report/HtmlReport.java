package org.openroster.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openroster.audit.AuditReport;
import org.openroster.audit.AuditSummary;
import org.openroster.audit.CurtailedActivity;
import org.openroster.audit.DayDelivery;
import org.openroster.audit.PersonHours;
import org.openroster.audit.RuleTotal;
import org.openroster.audit.StaffingInterval;
import org.openroster.audit.Violation;
import org.openroster.model.Location;
import org.openroster.solver.Level;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.Roster;
import org.openroster.solver.SolveStats;

/**
 * One self-contained HTML page for a roster: the summary, regime delivery (RAG) per day, staffing
 * against MSL and SDSOL at each location over the window, the roster grid (person x day, with
 * contracted against rostered hours) and the violations. It works offline: no external scripts,
 * styles or fonts.
 */
public final class HtmlReport {

    private static final int MAX_SOFT_ROWS = 300;

    private final Roster roster;
    private final AuditReport audit;
    private final SolveStats stats;
    private final ZoneId zone;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private HtmlReport(Roster roster, AuditReport audit, SolveStats stats) {
        this.roster = roster;
        this.audit = audit;
        this.stats = stats;
        this.zone = roster.horizon().zone();
    }

    /** The page for a roster and its audit; {@code stats} may be null (an audited, not solved, roster). */
    public static String render(Roster roster, AuditReport audit, SolveStats stats) {
        return new HtmlReport(roster, audit, stats).page();
    }

    private String page() {
        var problem = roster.problem();
        String title = problem.establishment().name() + " roster " + problem.start() + " to " + problem.end();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>");
        html.append("<h1>").append(esc(title)).append("</h1>");
        summary();
        regime();
        staffing();
        grid();
        violations();
        rules();
        html.append("<footer>OpenRoster report. Times are local to ")
                .append(esc(zone.getId()))
                .append(".</footer></body></html>");
        return html.toString();
    }

    private void summary() {
        AuditSummary s = audit.summary();
        html.append("<section><h2>Summary</h2><p class=\"verdict ")
                .append(s.regimeSafe() ? "safe\">Regime-safe" : "unsafe\">NOT regime-safe")
                .append("</p><table class=\"kv\">");
        row("Score", s.score());
        row("Hard violations", s.hardViolations());
        row("Person-minutes below MSL", s.mslShortfallMinutes());
        row("Person-minutes below SDSOL", s.sdsolShortfallMinutes());
        row("Compensatory rest owed (min)", s.compensatoryRestOwedMinutes());
        row("Over-staffing (person-min)", s.overStaffingMinutes());
        row("Extra hours (min)", s.extraHoursMinutes());
        row("Unused contract hours (min)", s.unusedContractMinutes());
        row("Requests honoured", s.requestsHonoured() + " of " + s.requests());
        row("People / duties", s.people() + " / " + s.duties());
        row(
                "Days green / green-amber / amber-red / red",
                s.daysGreen() + " / " + s.daysGreenAmber() + " / " + s.daysAmberRed() + " / " + s.daysRed());
        if (stats != null) {
            row("Solve time (s)", String.format(Locale.ROOT, "%.1f", stats.secondsSpent()));
            row(
                    "First feasible after (s)",
                    stats.secondsToFirstFeasible() < 0
                            ? "never"
                            : String.format(Locale.ROOT, "%.1f", stats.secondsToFirstFeasible()));
            row("Score calculations per second", stats.scoreCalculationSpeed());
        }
        html.append("</table><h3>Contracts</h3><table><tr><th>Kind</th><th>People</th><th>Hard violations</th></tr>");
        s.contracts()
                .forEach((kind, k) -> html.append("<tr><td>")
                        .append(esc(kind))
                        .append("</td><td>")
                        .append(k.people())
                        .append("</td><td>")
                        .append(k.hardViolations())
                        .append("</td></tr>"));
        html.append("</table>");
        if (!audit.advisories().isEmpty()) {
            html.append("<h3>Advisories</h3><ul>");
            audit.advisories().forEach(a -> html.append("<li>").append(esc(a)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</section>");
    }

    private void regime() {
        html.append("<section><h2>Regime delivery per day</h2><div class=\"rag\">");
        for (DayDelivery d : audit.days()) {
            html.append("<div class=\"day ")
                    .append(d.rag().name().toLowerCase(Locale.ROOT))
                    .append("\" title=\"")
                    .append(esc(d.rag().name()))
                    .append("\"><b>")
                    .append(d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK))
                    .append(" ")
                    .append(d.date().getDayOfMonth())
                    .append("</b><br>")
                    .append(d.rag().name().replace('_', '-'))
                    .append("</div>");
        }
        html.append("</div><table><tr><th>Date</th><th>RAG</th><th>Below MSL</th><th>Below SDSOL</th>")
                .append("<th>Safety %</th><th>Statutory %</th><th>Purposeful %</th>")
                .append("<th>Activities curtailed (tier, minutes)</th></tr>");
        for (DayDelivery d : audit.days()) {
            html.append("<tr><td>")
                    .append(d.date())
                    .append("</td><td class=\"")
                    .append(d.rag().name().toLowerCase(Locale.ROOT))
                    .append("\">")
                    .append(d.rag())
                    .append("</td><td>")
                    .append(d.minutesBelowMsl())
                    .append("</td><td>")
                    .append(d.minutesBelowSdsol())
                    .append("</td><td>")
                    .append(d.safetyDeliveredPercent())
                    .append("</td><td>")
                    .append(d.statutoryDeliveredPercent())
                    .append("</td><td>")
                    .append(d.purposefulDeliveredPercent())
                    .append("</td><td>");
            List<String> parts = new ArrayList<>();
            for (CurtailedActivity c : d.curtailed()) {
                parts.add(esc(c.name() + " @" + c.location()) + " (" + c.tier() + ", " + c.minutes() + ")");
            }
            html.append(String.join("; ", parts)).append("</td></tr>");
        }
        html.append("</table></section>");
    }

    /** One step chart per location: staffed headcount against MSL (red) and SDSOL (green). */
    private void staffing() {
        Map<String, List<StaffingInterval>> byLocation = new LinkedHashMap<>();
        for (Location l : roster.problem().establishment().locations()) {
            byLocation.put(l.id(), new ArrayList<>());
        }
        audit.staffing().forEach(s -> byLocation.get(s.location()).add(s));
        Instant from = roster.horizon().start().atStartOfDay(zone).toInstant();
        Instant to = roster.problem().end().plusDays(1).atStartOfDay(zone).toInstant();
        double minutes = Duration.between(from, to).toMinutes();
        int width = Math.max(600, roster.problem().days() * 48);
        html.append("<section><h2>Staffing against MSL and SDSOL</h2><p class=\"legend\">")
                .append("<span class=\"k staffed\"></span> on duty <span class=\"k msl\"></span> MSL ")
                .append("<span class=\"k sdsol\"></span> SDSOL; one column per day.</p>");
        for (var entry : byLocation.entrySet()) {
            List<StaffingInterval> list = entry.getValue();
            if (list.isEmpty()) {
                continue;
            }
            int max = 1;
            for (StaffingInterval s : list) {
                max = Math.max(max, Math.max(s.staffed(), s.sdsol()));
            }
            int height = 30 + 12 * max;
            html.append("<h3>")
                    .append(esc(entry.getKey()))
                    .append("</h3><div class=\"chart\"><svg width=\"")
                    .append(width)
                    .append("\" height=\"")
                    .append(height)
                    .append("\" viewBox=\"0 0 ")
                    .append(width)
                    .append(' ')
                    .append(height)
                    .append("\">");
            for (int d = 0; d <= roster.problem().days(); d++) {
                double x = width * d / (double) roster.problem().days();
                html.append("<line class=\"grid\" x1=\"")
                        .append(fmt(x))
                        .append("\" x2=\"")
                        .append(fmt(x))
                        .append("\" y1=\"0\" y2=\"")
                        .append(height)
                        .append("\"/>");
            }
            for (StaffingInterval s : list) {
                double x1 = width * Duration.between(from, s.start()).toMinutes() / minutes;
                double x2 = width * Duration.between(from, s.end()).toMinutes() / minutes;
                bar(x1, x2, s.staffed(), height, max, "staffed", s);
                line(x1, x2, s.sdsol(), height, max, "sdsol");
                line(x1, x2, s.msl(), height, max, "msl");
            }
            html.append("</svg></div>");
        }
        html.append("</section>");
    }

    private void bar(double x1, double x2, int value, int height, int max, String css, StaffingInterval s) {
        double y = y(value, height, max);
        html.append("<rect class=\"")
                .append(value < s.msl() ? "short" : css)
                .append("\" x=\"")
                .append(fmt(x1))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" width=\"")
                .append(fmt(Math.max(0.5, x2 - x1)))
                .append("\" height=\"")
                .append(fmt(height - 15 - y))
                .append("\"><title>")
                .append(esc(local(s.start()) + "-" + local(s.end()) + ": " + value + " on duty, MSL " + s.msl()
                        + ", SDSOL " + s.sdsol()))
                .append("</title></rect>");
    }

    private void line(double x1, double x2, int value, int height, int max, String css) {
        double y = y(value, height, max);
        html.append("<line class=\"")
                .append(css)
                .append("\" x1=\"")
                .append(fmt(x1))
                .append("\" x2=\"")
                .append(fmt(x2))
                .append("\" y1=\"")
                .append(fmt(y))
                .append("\" y2=\"")
                .append(fmt(y))
                .append("\"/>");
    }

    private static double y(int value, int height, int max) {
        return height - 15 - (height - 25) * value / (double) max;
    }

    private void grid() {
        List<LocalDate> dates = roster.problem().dates();
        Map<String, Map<LocalDate, PersonDay>> byPerson = new LinkedHashMap<>();
        roster.getPersonDays()
                .forEach(pd -> byPerson.computeIfAbsent(pd.person().id(), k -> new HashMap<>())
                        .put(pd.date(), pd));
        Map<String, PersonHours> hoursOf = new HashMap<>();
        audit.people().forEach(h -> hoursOf.put(h.person(), h));
        html.append("<section><h2>Roster</h2><p class=\"legend\">Contracted hours for the window (band and target)")
                .append(" against rostered hours; for annualised and term-time contracts the balance against the")
                .append(" trajectory at the window's end.</p><div class=\"scroll\"><table class=\"grid\"><tr>")
                .append("<th>Person</th><th>Grade</th><th>Contract</th><th>Band h</th><th>Target h</th>")
                .append("<th>Rostered h</th><th>Annualised balance h</th>");
        for (LocalDate d : dates) {
            html.append("<th>")
                    .append(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK), 0, 2)
                    .append("<br>")
                    .append(d.getDayOfMonth())
                    .append("</th>");
        }
        html.append("</tr>");
        for (PersonWindow w : roster.getWindows()) {
            Map<LocalDate, PersonDay> days = byPerson.getOrDefault(w.id(), Map.of());
            long worked =
                    days.values().stream().mapToLong(PersonDay::workedMinutes).sum();
            String name = w.person().name() == null ? w.id() : w.person().name() + " (" + w.id() + ")";
            html.append("<tr><th class=\"who\">")
                    .append(esc(name))
                    .append("</th><td>")
                    .append(esc(w.person().grade().name()))
                    .append("</td><td>")
                    .append(esc(w.person().contract().kind()))
                    .append("</td><td>")
                    .append(hours(w.bounds().min()))
                    .append("-")
                    .append(hours(w.bounds().max()))
                    .append("</td><td>")
                    .append(hours(w.bounds().target()))
                    .append("</td><td class=\"")
                    .append(w.bounds().outsideMinutes(worked) > 0 ? "bad" : "")
                    .append("\">")
                    .append(hours(worked))
                    .append("</td>");
            PersonHours h = hoursOf.get(w.id());
            if (h != null && h.balanceMinutes() != null) {
                html.append("<td class=\"")
                        .append(Boolean.TRUE.equals(h.withinTolerance()) ? "" : "bad")
                        .append("\" title=\"credited ")
                        .append(hours(h.creditedMinutes()))
                        .append(" h against a trajectory of ")
                        .append(hours(h.trajectoryMinutes()))
                        .append(" h, tolerance ")
                        .append(hours(h.toleranceMinutes()))
                        .append(" h\">")
                        .append(h.balanceMinutes() >= 0 ? "+" : "")
                        .append(hours(h.balanceMinutes()))
                        .append("</td>");
            } else {
                html.append("<td></td>");
            }
            for (LocalDate d : dates) {
                PersonDay pd = days.get(d);
                if (pd == null) {
                    html.append("<td></td>");
                } else if (pd.isWorking()) {
                    var s = pd.getShift();
                    html.append("<td class=\"duty")
                            .append(s.night() ? " night" : "")
                            .append(pd.isPinned() ? " pinned" : "")
                            .append("\" title=\"")
                            .append(esc(s.template().name() + " " + s.template().start() + "-"
                                    + s.template().end() + " @" + s.location().id()))
                            .append("\">")
                            .append(esc(s.template().id()))
                            .append("<small>")
                            .append(esc(s.location().id()))
                            .append("</small></td>");
                } else if (pd.onLeave()) {
                    html.append("<td class=\"leave\" title=\"")
                            .append(esc(pd.leave().name()))
                            .append("\">L</td>");
                } else if (pd.restDay()) {
                    html.append("<td class=\"rest\">R</td>");
                } else {
                    html.append("<td class=\"off\"></td>");
                }
            }
            html.append("</tr>");
        }
        html.append("</table></div></section>");
    }

    private void violations() {
        html.append("<section><h2>Violations</h2>");
        for (Level level : Level.values()) {
            List<Violation> list =
                    audit.violations().stream().filter(v -> v.level() == level).toList();
            html.append("<h3>")
                    .append(level.name().charAt(0))
                    .append(level.name().substring(1).toLowerCase(Locale.ROOT))
                    .append(" (")
                    .append(list.size())
                    .append(")</h3>");
            if (list.isEmpty()) {
                html.append("<p>None.</p>");
                continue;
            }
            int shown = level == Level.HARD ? list.size() : Math.min(list.size(), MAX_SOFT_ROWS);
            html.append("<table><tr><th>Rule</th><th>Person</th><th>Location</th><th>From</th><th>To</th>")
                    .append("<th>Amount</th><th>What</th><th>Reference</th></tr>");
            for (Violation v : list.subList(0, shown)) {
                html.append("<tr class=\"")
                        .append(level.name().toLowerCase(Locale.ROOT))
                        .append("\"><td>")
                        .append(esc(v.rule()))
                        .append("</td><td>")
                        .append(esc(v.person() == null ? "" : v.person()))
                        .append("</td><td>")
                        .append(esc(v.location() == null ? "" : v.location()))
                        .append("</td><td>")
                        .append(v.start() == null ? "" : esc(local(v.start())))
                        .append("</td><td>")
                        .append(v.end() == null ? "" : esc(local(v.end())))
                        .append("</td><td>")
                        .append(v.amount())
                        .append(' ')
                        .append(esc(v.unit()))
                        .append("</td><td>")
                        .append(esc(v.message()))
                        .append("</td><td>")
                        .append(esc(v.reference()))
                        .append("</td></tr>");
            }
            html.append("</table>");
            if (shown < list.size()) {
                html.append("<p>").append(list.size() - shown).append(" more in audit.json.</p>");
            }
        }
        html.append("</section>");
    }

    private void rules() {
        html.append("<section><h2>Totals by rule</h2><table><tr><th>Rule</th><th>Level</th><th>Amount</th>")
                .append("<th>Weight</th><th>Score</th></tr>");
        for (RuleTotal r : audit.rules()) {
            html.append("<tr><td>")
                    .append(esc(r.rule()))
                    .append("</td><td>")
                    .append(r.level())
                    .append("</td><td>")
                    .append(r.amount())
                    .append(' ')
                    .append(esc(r.unit()))
                    .append("</td><td>")
                    .append(esc(r.weight()))
                    .append("</td><td>")
                    .append(esc(r.score()))
                    .append("</td></tr>");
        }
        html.append("</table></section>");
    }

    private void row(String key, Object value) {
        html.append("<tr><th>")
                .append(esc(key))
                .append("</th><td>")
                .append(esc(String.valueOf(value)))
                .append("</td></tr>");
    }

    private String local(Instant instant) {
        return instant.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
    }

    private static String hours(long minutes) {
        return String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font:13px/1.4 system-ui,sans-serif;margin:16px;color:#222}
            h1{font-size:20px}h2{font-size:16px;border-bottom:1px solid #ccc;margin-top:28px}h3{font-size:14px}
            table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #ddd;padding:2px 5px;text-align:left}
            .kv th{background:#f4f4f4}.verdict{font-weight:bold;font-size:16px;padding:6px;display:inline-block}
            .safe{background:#d8f0d8}.unsafe{background:#f6c9c9}
            .rag{display:flex;flex-wrap:wrap;gap:3px}.day{width:58px;padding:3px;font-size:11px;text-align:center}
            .green{background:#9fd89f}.green_amber{background:#d4e28c}.amber_red{background:#f2b36b}.red{background:#e87b7b}
            .chart{overflow-x:auto}svg line.grid{stroke:#eee}svg rect.staffed{fill:#7aa6d8}svg rect.short{fill:#d33}
            svg line.msl{stroke:#c00;stroke-width:1.5}svg line.sdsol{stroke:#2a2;stroke-width:1.5}
            .legend .k{display:inline-block;width:12px;height:8px;margin-left:8px}.k.staffed{background:#7aa6d8}
            .k.msl{background:#c00}.k.sdsol{background:#2a2}
            .scroll{overflow:auto;max-height:80vh}.grid td{font-size:11px;text-align:center;min-width:30px}
            .grid small{display:block;color:#666;font-size:9px}.grid .who{white-space:nowrap;position:sticky;left:0;background:#fff}
            .duty{background:#e6eefb}.night{background:#c9c3e6}.pinned{outline:2px solid #555}.leave{background:#f3e3b3}
            .rest{background:#eee}.bad{background:#f6c9c9}tr.hard td{background:#fbe3e3}tr.medium td{background:#fdf3dc}
            footer{margin-top:30px;color:#777}
            """;
}
