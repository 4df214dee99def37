package org.pathway.render;

import org.pathway.metrics.MetricValue;

/**
 * A stored value that a written file does not show as the store has it, for the
 * reconciliation gate's message: "{value} is {stored} in the metric store but {found}".
 *
 * @param value the stored value
 * @param stored the value as the file should show it ({@code 175000000.01},
 * {@code USD 175,000,000.01})
 * @param found what the file shows instead, where ({@code '175000000' in the Metrics
 * sheet}, {@code not found in the PDF's text})
 */
public record Discrepancy(MetricValue value, String stored, String found) {
}
