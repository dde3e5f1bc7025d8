package org.openroster.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.openroster.solver.BestScoreEvent;

/** A one-line progress display on a terminal (nothing when the output is not a terminal). */
final class Progress implements Consumer<BestScoreEvent> {

    private final PrintStream out;
    private final boolean terminal;
    private volatile boolean printed;

    Progress(PrintStream out) {
        this.out = out;
        this.terminal = System.console() != null;
    }

    @Override
    public void accept(BestScoreEvent event) {
        if (terminal) {
            out.printf(
                    Locale.ROOT,
                    "\r  solving %6.1fs  best %-40s%s",
                    event.millisSpent() / 1000.0,
                    event.score(),
                    event.score().isFeasible() ? " feasible" : "");
            out.flush();
            printed = true;
        }
    }

    void done() {
        if (printed) {
            out.println();
        }
    }
}
