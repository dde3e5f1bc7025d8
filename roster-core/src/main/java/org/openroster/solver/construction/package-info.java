/**
 * A fast, demand-driven construction of a first roster (no score calculation): day by day it gives
 * the shift that most reduces the staffing deficit to the person best placed to take it, within each
 * person's rest, hours and pattern limits; then it tops up anyone still below their contracted minimum.
 * Local search repairs and improves what it leaves.
 */
package org.openroster.solver.construction;
