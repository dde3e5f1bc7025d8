/**
 * Hours ledgers and the year: every balance a person holds (TOIL, payment plus, hours owed, annual
 * leave, public holidays, the privilege day, compensatory rest, annualised hours) as an append-only
 * ledger of dated entries in minutes ({@link org.openroster.ledger.LedgerBook}); the accrual of a
 * solved window's hours into those ledgers ({@link org.openroster.ledger.HoursAccrual}); and the
 * {@link org.openroster.ledger.YearPlanner}, which rosters a year window by window, carrying history
 * and balances from one window to the next, and whose result {@link org.openroster.ledger.YearPlanWriter}
 * writes out ({@code ledgers.json}, {@code annual-summary.json}, statements and a year report page).
 *
 * <p>Nothing here is edited or deleted once booked: a closed period is corrected by a reversing entry.
 * Balances the solver needs (TOIL owed and overdue, payment plus this year) are read from the books
 * before a window and passed to it as facts ({@link org.openroster.model.Balances}).
 */
package org.openroster.ledger;
