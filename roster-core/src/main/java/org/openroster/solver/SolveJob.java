package org.openroster.solver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A solve running in the background: wait for it, or cancel it (the best roster so far is kept). */
public final class SolveJob {

    private final CompletableFuture<SolveResult> result;
    private final Runnable canceller;

    SolveJob(CompletableFuture<SolveResult> result, Runnable canceller) {
        this.result = result;
        this.canceller = canceller;
    }

    /** Stops the solve early; {@link #result()} then completes with the best roster found so far. */
    public void cancel() {
        canceller.run();
    }

    public CompletableFuture<SolveResult> result() {
        return result;
    }

    /** Waits for the result; a failure of the solve is rethrown unwrapped. */
    public SolveResult join() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new IllegalStateException("Interrupted while waiting for the solve.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
