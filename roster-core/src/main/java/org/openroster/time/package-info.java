/**
 * Time arithmetic for rosters: half-open spans of instants, dated local times resolved in the
 * establishment's zone (so a night across a UK clock change is 10 or 12 hours long, not 11), and
 * night-time overlap.
 */
package org.openroster.time;
