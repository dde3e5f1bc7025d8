/** The {@code ./roster} command-line tool: demo, solve, audit and validate. */
package org.openroster.cli;
