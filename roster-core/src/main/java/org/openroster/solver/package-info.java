/**
 * Solving: the planning domain ({@link org.openroster.solver.Roster}, one
 * {@link org.openroster.solver.PersonDay} per person and date whose duty the solver decides), the
 * rule catalogue {@link org.openroster.solver.Rule}, the constraints, and the
 * {@link org.openroster.solver.RosterSolver} facade.
 */
package org.openroster.solver;
