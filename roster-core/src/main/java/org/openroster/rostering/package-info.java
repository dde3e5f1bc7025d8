/**
 * Rostering models on the same establishment: fixed shift (rota lines), team-based self-rostering
 * (people's own choices, kept where the team's needs allow) and demand-led flexible rostering.
 */
package org.openroster.rostering;
