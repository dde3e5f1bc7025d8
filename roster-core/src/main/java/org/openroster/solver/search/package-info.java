/**
 * How the solver searches: the phases and termination of {@link org.openroster.solver.RosterSolver}
 * and the moves that suit person-day rostering (a person's day changed, two people's duties swapped
 * on the same day, runs of consecutive days swapped between two people or given one shift), as a
 * Timefold {@code MoveIteratorFactory} of preview-API moves. Every figure here was measured; see
 * {@code benchmarks/TUNING.md}.
 */
package org.openroster.solver.search;
