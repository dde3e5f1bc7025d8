/**
 * The problem a prison hands the engine, as immutable facts: the establishment and its locations,
 * the regime (activities with their staffing ladders), shift templates, staff with their contracts
 * and restrictions, approved leave, requests, pins and named shift slots.
 *
 * <p>Everything here is a record or an enum and is validated on construction: a bad value fails
 * fast with a message that names the field and the value. Rule arithmetic that belongs to a fact
 * (how many minutes a contract expects, whether a person may take a shift) lives on the fact, so it
 * is testable without a solver and shared by the constraints and the audit.
 */
package org.openroster.model;
