/**
 * Delivery: each funder's report files (one per format), queued in an outbox after a
 * successful run, approved by staff (or automatically), then e-mailed once over SMTP,
 * with a log of what was sent to whom.
 */
package org.pathway.delivery;
