/**
 * Realistic, deterministic demo prisons: {@link org.openroster.examples.demo.DemoPrison#generate}
 * builds a small, medium or large establishment with its regime and staffing ladders, shift
 * templates, staff (grades, skills, contracts, adjustments, working-time flags, history), leave and
 * requests from a seed; {@link org.openroster.examples.demo.DemoPrisonCheck} summarises whether its
 * staff can cover MSL before solving; {@link org.openroster.examples.demo.BankHolidays} gives the
 * public holidays of England and Wales.
 */
package org.openroster.examples.demo;
