/**
 * The independent audit: {@link org.openroster.audit.RosterAudit} re-checks any roster, solver-made
 * or hand-made, against every rule of {@link org.openroster.solver.Rule} with plain loops (no
 * Timefold), lists each violation with its reference and amount, and reports regime delivery per day
 * (RAG, activities curtailed, minutes below MSL and SDSOL).
 */
package org.openroster.audit;
