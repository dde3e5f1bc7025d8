/** A self-contained HTML page (no scripts or styles from elsewhere) that shows a roster and its audit. */
package org.openroster.report;
