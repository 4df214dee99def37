/**
 * Tables into metric values (domain.md section 3): the metrics step, its SQL and its
 * calculators.
 */
package org.pathway.metrics;
