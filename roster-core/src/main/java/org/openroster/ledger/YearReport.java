package org.openroster.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML page for a year plan (no scripts, styles, fonts or images from elsewhere;
 * charts are inline SVG): the year at a glance, each window's regime safety and books, TOIL owed and
 * its age, leave taken against entitlement, payment plus hours and cost, and annualised balances
 * against the trajectory with their tolerance.
 */
public final class YearReport {

    private static final String BLUE = "#3b6ea5";
    private static final String RED = "#c0392b";
    private static final String GREEN = "#3c8d5a";
    private static final String GREY = "#b8c2cc";

    private final YearPlan plan;
    private final StringBuilder html = new StringBuilder(1 << 15);

    private YearReport(YearPlan plan) {
        this.plan = plan;
    }

    public static String render(YearPlan plan) {
        return new YearReport(plan).page();
    }

    private String page() {
        String title = plan.establishment() + " year plan " + plan.start() + " to " + plan.end();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body><h1>")
                .append(esc(title))
                .append("</h1>");
        summary();
        windows();
        toil();
        leave();
        paymentPlus();
        annualised();
        html.append("<footer>OpenRoster year report. Hours are hours and minutes; costs at ")
                .append(esc(plan.settings().currency()))
                .append(' ')
                .append(plan.settings().paymentPlusHourlyRate().toPlainString())
                .append(" an hour of payment plus.</footer></body></html>");
        return html.toString();
    }

    private void summary() {
        List<WindowSummary> w = plan.windows();
        WindowSummary last = w.isEmpty() ? null : w.get(w.size() - 1);
        long msl = w.stream().mapToLong(WindowSummary::mslShortfallMinutes).sum();
        long hard = w.stream().mapToLong(WindowSummary::hardViolations).sum();
        long accrued = w.stream().mapToLong(WindowSummary::toilAccruedMinutes).sum();
        long repaid = w.stream().mapToLong(WindowSummary::toilRepaidMinutes).sum();
        long pp = w.stream().mapToLong(WindowSummary::paymentPlusMinutes).sum();
        long rest =
                w.stream().mapToLong(WindowSummary::compensatoryRestOwedMinutes).sum();
        html.append("<section><h2>The year at a glance</h2><p class=\"verdict ")
                .append(plan.unsafeWindows() == 0 ? "safe\">Every window regime-safe" : "unsafe\">")
                .append(
                        plan.unsafeWindows() == 0
                                ? ""
                                : plan.unsafeWindows() + " of " + w.size() + " windows NOT regime-safe")
                .append("</p><table class=\"kv\">");
        kv("Windows", w.size() + " of " + plan.windowDays() + " days");
        kv("Hard violations", hard);
        kv("Person-minutes below MSL", msl);
        kv("TOIL accrued / given back", hours(accrued) + " / " + hours(repaid));
        kv("TOIL owed at the end", last == null ? "0:00" : hours(last.toilOwedMinutes()));
        kv(
                "of which overdue (older than " + plan.settings().toilRepaymentTargetDays() + " days)",
                last == null ? "0:00" : hours(last.toilOverdueMinutes()));
        kv("Oldest TOIL owed (days)", last == null ? 0 : last.oldestToilDays());
        kv("Payment plus", hours(pp) + " costing " + money(YearPlan.cost(pp, plan.settings())));
        kv("Compensatory rest owed (WTR reg 24)", hours(rest));
        kv(
                "Annualised and term-time within tolerance",
                plan.annualised().stream()
                                .filter(AnnualisedSummary::withinTolerance)
                                .count() + " of " + plan.annualised().size());
        html.append("</table></section>");
    }

    private void windows() {
        html.append("<section><h2>Windows</h2><table><tr><th>#</th><th>From</th><th>To</th><th>Score</th>")
                .append("<th>Regime-safe</th><th>Hard</th><th>Below MSL</th><th>Below SDSOL</th>")
                .append("<th>TOIL accrued</th><th>TOIL given back</th><th>TOIL owed</th><th>Overdue</th>")
                .append("<th>Payment plus</th><th>Cost</th><th>Solve (s)</th></tr>");
        for (WindowSummary w : plan.windows()) {
            html.append("<tr")
                    .append(w.regimeSafe() ? ">" : " class=\"bad\">")
                    .append(td(w.index() + 1))
                    .append(td(w.start()))
                    .append(td(w.end()))
                    .append(td(w.score()))
                    .append(td(w.regimeSafe() ? "yes" : "NO"))
                    .append(td(w.hardViolations()))
                    .append(td(w.mslShortfallMinutes()))
                    .append(td(w.sdsolShortfallMinutes()))
                    .append(td(hours(w.toilAccruedMinutes())))
                    .append(td(hours(w.toilRepaidMinutes())))
                    .append(td(hours(w.toilOwedMinutes())))
                    .append(td(hours(w.toilOverdueMinutes())))
                    .append(td(hours(w.paymentPlusMinutes())))
                    .append(td(money(w.paymentPlusCost())))
                    .append(td(String.format(Locale.ROOT, "%.1f", w.secondsSpent())))
                    .append("</tr>");
        }
        html.append("</table></section>");
    }

    private void toil() {
        html.append("<section><h2>TOIL owed and its age</h2>")
                .append(
                        "<p>TOIL never expires. Each bar is the TOIL owed at a window's end; the red part is older than ")
                .append(plan.settings().toilRepaymentTargetDays())
                .append(" days.</p>");
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (WindowSummary w : plan.windows()) {
            labels.add("W" + (w.index() + 1));
            values.add(
                    new double[] {(w.toilOwedMinutes() - w.toilOverdueMinutes()) / 60.0, w.toilOverdueMinutes() / 60.0
                    });
        }
        columns(labels, values, new String[] {BLUE, RED}, "hours");
        html.append("<table><tr><th>Person</th><th>Election</th><th>Accrued</th><th>Given back</th>")
                .append("<th>Owed</th><th>Overdue</th><th>Oldest (days)</th></tr>");
        for (PersonYear p : plan.people()) {
            if (p.toilAccruedMinutes() == 0 && p.toilOwedMinutes() == 0 && p.toilTakenMinutes() == 0) {
                continue;
            }
            html.append(p.toilOverdueMinutes() > 0 ? "<tr class=\"bad\">" : "<tr>")
                    .append(td(p.person()))
                    .append(td(p.election()))
                    .append(td(hours(p.toilAccruedMinutes())))
                    .append(td(hours(p.toilTakenMinutes())))
                    .append(td(hours(p.toilOwedMinutes())))
                    .append(td(hours(p.toilOverdueMinutes())))
                    .append(td(p.toilOldestDays()))
                    .append("</tr>");
        }
        html.append("</table></section>");
    }

    private void leave() {
        html.append("<section><h2>Leave taken against entitlement</h2>")
                .append(
                        "<p>Held in hours: a day is a fifth of the person's week. Entitlement is annual leave (with any")
                .append(" carried in), days in lieu of public holidays as they fell, and the privilege day.</p>");
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (PersonYear p : plan.people()) {
            long privilege = p.privilegeDayBalanceMinutes();
            long entitled =
                    p.annualLeaveEntitlementMinutes() + p.publicHolidayCreditedMinutes() + Math.max(0, privilege);
            long taken = p.annualLeaveTakenMinutes() + p.publicHolidayTakenMinutes();
            labels.add(p.person());
            values.add(new double[] {taken / 60.0, Math.max(0, entitled - taken) / 60.0});
        }
        bars(labels, values, new String[] {GREEN, GREY}, "hours taken (green) of entitlement");
        html.append("<table><tr><th>Person</th><th>Annual leave</th><th>Taken</th><th>Balance</th>")
                .append("<th>Public holidays credited</th><th>Taken</th><th>Balance</th><th>Privilege day</th></tr>");
        for (PersonYear p : plan.people()) {
            html.append("<tr>")
                    .append(td(p.person()))
                    .append(td(hours(p.annualLeaveEntitlementMinutes())))
                    .append(td(hours(p.annualLeaveTakenMinutes())))
                    .append(td(hours(p.annualLeaveBalanceMinutes())))
                    .append(td(hours(p.publicHolidayCreditedMinutes())))
                    .append(td(hours(p.publicHolidayTakenMinutes())))
                    .append(td(hours(p.publicHolidayBalanceMinutes())))
                    .append(td(hours(p.privilegeDayBalanceMinutes())))
                    .append("</tr>");
        }
        html.append("</table></section>");
    }

    private void paymentPlus() {
        html.append("<section><h2>Payment plus</h2><p>Extra hours elected as pay, at ")
                .append(esc(plan.settings().currency()))
                .append(' ')
                .append(plan.settings().paymentPlusHourlyRate().toPlainString())
                .append(" an hour.</p>");
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        long total = 0;
        for (PersonYear p : plan.people()) {
            if (p.paymentPlusMinutes() > 0 || "PAYMENT_PLUS".equals(p.election())) {
                labels.add(p.person());
                values.add(new double[] {p.paymentPlusMinutes() / 60.0});
            }
            total += p.paymentPlusMinutes();
        }
        if (!labels.isEmpty()) {
            bars(labels, values, new String[] {BLUE}, "hours of payment plus");
        }
        html.append("<table><tr><th>Person</th><th>Election</th><th>Hours</th><th>Cost</th></tr>");
        for (PersonYear p : plan.people()) {
            if (p.paymentPlusMinutes() > 0 || "PAYMENT_PLUS".equals(p.election())) {
                html.append("<tr>")
                        .append(td(p.person()))
                        .append(td(p.election()))
                        .append(td(hours(p.paymentPlusMinutes())))
                        .append(td(money(p.paymentPlusCost())))
                        .append("</tr>");
            }
        }
        html.append("<tr class=\"total\">")
                .append(td("Total"))
                .append(td(""))
                .append(td(hours(total)))
                .append(td(money(YearPlan.cost(total, plan.settings()))))
                .append("</tr></table></section>");
    }

    private void annualised() {
        html.append("<section><h2>Annualised balances against trajectory</h2>");
        if (plan.annualised().isEmpty()) {
            html.append("<p>Nobody works annualised or term-time hours.</p></section>");
            return;
        }
        html.append("<p>Balance = minutes credited (worked and leave) less the trajectory, at each window's end; ")
                .append("the shaded band is the tolerance.</p><div class=\"charts\">");
        for (AnnualisedSummary a : plan.annualised()) {
            html.append("<figure><figcaption>")
                    .append(esc(a.person()))
                    .append(" (")
                    .append(esc(a.contract()))
                    .append(")</figcaption>");
            balanceChart(a);
            html.append("</figure>");
        }
        html.append("</div><table><tr><th>Person</th><th>Contract</th><th>Year from</th><th>Year target</th>")
                .append("<th>Due to date</th><th>Worked</th><th>Leave credited</th><th>Credited</th><th>Balance</th>")
                .append("<th>Tolerance</th><th>Within</th></tr>");
        for (AnnualisedSummary a : plan.annualised()) {
            html.append(a.withinTolerance() ? "<tr>" : "<tr class=\"bad\">")
                    .append(td(a.person()))
                    .append(td(a.contract()))
                    .append(td(a.yearStart()))
                    .append(td(hours(a.yearTargetMinutes())))
                    .append(td(hours(a.targetToDateMinutes())))
                    .append(td(hours(a.workedMinutes())))
                    .append(td(hours(a.leaveCreditedMinutes())))
                    .append(td(hours(a.creditedMinutes())))
                    .append(td(hours(a.balanceMinutes())))
                    .append(td(hours(a.toleranceMinutes())))
                    .append(td(a.withinTolerance() ? "yes" : "NO"))
                    .append("</tr>");
        }
        html.append("</table></section>");
    }

    // ------------------------------------------------------------------ charts

    /** Vertical stacked columns, one per label. */
    private void columns(List<String> labels, List<double[]> values, String[] colors, String unit) {
        int n = Math.max(1, labels.size());
        int w = 40 + n * 36;
        int h = 180;
        double max = Math.max(1, values.stream().mapToDouble(v -> sum(v)).max().orElse(1));
        html.append("<svg class=\"chart\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h + 30)
                .append("\" viewBox=\"0 0 ")
                .append(w)
                .append(' ')
                .append(h + 30)
                .append("\" role=\"img\"><title>")
                .append(esc(unit))
                .append("</title>");
        axisLabel(max, h);
        for (int i = 0; i < labels.size(); i++) {
            double y = h;
            for (int k = 0; k < values.get(i).length; k++) {
                double bar = values.get(i)[k] / max * (h - 10);
                y -= bar;
                rect(40 + i * 36, y, 26, bar, colors[k], labels.get(i) + ": " + fmt(values.get(i)[k]) + " " + unit);
            }
            text(40 + i * 36 + 13, h + 16, labels.get(i), "middle");
        }
        html.append("</svg>");
    }

    /** Horizontal stacked bars, one per label. */
    private void bars(List<String> labels, List<double[]> values, String[] colors, String unit) {
        int rowH = 18;
        int w = 560;
        int h = labels.size() * rowH + 24;
        double max = Math.max(1, values.stream().mapToDouble(v -> sum(v)).max().orElse(1));
        html.append("<svg class=\"chart\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h)
                .append("\" viewBox=\"0 0 ")
                .append(w)
                .append(' ')
                .append(h)
                .append("\" role=\"img\"><title>")
                .append(esc(unit))
                .append("</title>");
        for (int i = 0; i < labels.size(); i++) {
            double x = 110;
            double y = i * rowH + 4;
            text(104, y + 12, labels.get(i), "end");
            for (int k = 0; k < values.get(i).length; k++) {
                double len = values.get(i)[k] / max * (w - 180);
                rect(x, y, len, rowH - 4, colors[k], labels.get(i) + ": " + fmt(values.get(i)[k]) + " " + unit);
                x += len;
            }
            text(x + 4, y + 12, fmt(sum(values.get(i))), "start");
        }
        text(110, h - 4, unit, "start");
        html.append("</svg>");
    }

    /** The balance against trajectory at each window's end, with the tolerance band and zero. */
    private void balanceChart(AnnualisedSummary a) {
        int w = 300;
        int h = 140;
        List<AnnualisedSummary.Point> pts = a.points();
        double span = Math.max(a.toleranceMinutes(), 60);
        for (AnnualisedSummary.Point p : pts) {
            span = Math.max(span, Math.abs(p.creditedMinutes() - p.trajectoryMinutes()));
        }
        span *= 1.15;
        double mid = h / 2.0;
        double scale = (h / 2.0 - 8) / span;
        html.append("<svg class=\"chart\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h)
                .append("\" viewBox=\"0 0 ")
                .append(w)
                .append(' ')
                .append(h)
                .append("\" role=\"img\"><title>Balance against trajectory (hours)</title>");
        rect(36, mid - a.toleranceMinutes() * scale, w - 44, 2 * a.toleranceMinutes() * scale, "#e3eef8", "tolerance");
        html.append("<line x1=\"36\" x2=\"")
                .append(w - 8)
                .append("\" y1=\"")
                .append(fmt(mid))
                .append("\" y2=\"")
                .append(fmt(mid))
                .append("\" stroke=\"#888\" stroke-dasharray=\"3,3\"/>");
        text(32, mid + 4, "0", "end");
        text(32, 12, "+" + fmt(span / 60), "end");
        text(32, h - 4, "-" + fmt(span / 60), "end");
        StringBuilder line = new StringBuilder();
        double step = pts.size() <= 1 ? 0 : (w - 52.0) / (pts.size() - 1);
        for (int i = 0; i < pts.size(); i++) {
            AnnualisedSummary.Point p = pts.get(i);
            long balance = p.creditedMinutes() - p.trajectoryMinutes();
            double x = 40 + i * step;
            double y = mid - balance * scale;
            line.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            boolean ok = Math.abs(balance) <= p.toleranceMinutes();
            html.append("<circle cx=\"")
                    .append(fmt(x))
                    .append("\" cy=\"")
                    .append(fmt(y))
                    .append("\" r=\"3\" fill=\"")
                    .append(ok ? BLUE : RED)
                    .append("\"><title>")
                    .append(esc(p.date() + ": " + hours(balance)))
                    .append("</title></circle>");
        }
        html.append("<polyline fill=\"none\" stroke=\"")
                .append(BLUE)
                .append("\" points=\"")
                .append(line)
                .append("\"/></svg>");
    }

    private void axisLabel(double max, int h) {
        text(34, 14, fmt(max), "end");
        text(34, h, "0", "end");
    }

    private void rect(double x, double y, double w, double h, String fill, String title) {
        html.append("<rect x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" width=\"")
                .append(fmt(Math.max(0, w)))
                .append("\" height=\"")
                .append(fmt(Math.max(0, h)))
                .append("\" fill=\"")
                .append(fill)
                .append("\"><title>")
                .append(esc(title))
                .append("</title></rect>");
    }

    private void text(double x, double y, String s, String anchor) {
        html.append("<text x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\">")
                .append(esc(s))
                .append("</text>");
    }

    // ------------------------------------------------------------------ text

    private void kv(String key, Object value) {
        html.append("<tr><th>")
                .append(esc(key))
                .append("</th>")
                .append(td(value))
                .append("</tr>");
    }

    private static String td(Object value) {
        return "<td>" + esc(String.valueOf(value)) + "</td>";
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private String money(java.math.BigDecimal amount) {
        return plan.settings().currency() + " " + amount.toPlainString();
    }

    /** Minutes as hours and minutes ("-3:05"). */
    static String hours(long minutes) {
        long abs = Math.abs(minutes);
        return (minutes < 0 ? "-" : "") + abs / 60 + ":" + String.format(Locale.ROOT, "%02d", abs % 60);
    }

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
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
            h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 7px;text-align:right}
            th{background:#f3f5f7}td:first-child,th:first-child{text-align:left}
            .kv th{text-align:left}.bad td{background:#fbe9e7}.total td{font-weight:bold}
            .verdict{font-weight:bold;font-size:16px}.safe{color:#2e7d32}.unsafe{color:#c62828}
            .chart text{font-size:10px;fill:#444}.charts{display:flex;flex-wrap:wrap;gap:12px}
            figure{margin:0}figcaption{font-weight:bold}footer{margin-top:32px;color:#777;font-size:12px}
            """;
}
