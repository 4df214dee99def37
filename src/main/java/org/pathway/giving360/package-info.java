/**
 * Export of the intermediary's regrants as 360Giving open grant data: a JSON package and
 * a spreadsheet under {@code OUTPUT/<as-of>/360giving/}.
 */
package org.pathway.giving360;
