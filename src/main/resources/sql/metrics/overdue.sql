-- F9 overdue: scheduled disbursements dated before the as-of date, one row per disbursement with its
-- days overdue; the ageing buckets (1-30, 31-60, 61+) are made from days_overdue. An unattributed
-- regrant (no source grant) has funder_id NULL: it counts for the network only.
SELECT g.funder_id, r.currency, d.amount, d.disbursement_date
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
LEFT JOIN funder_grant g ON g.grant_id = r.grant_id
WHERE (r.grant_id IS NULL OR g.award_date <= :asOf) AND r.award_date <= :asOf AND d.status = 'scheduled'
  AND d.disbursement_date < :asOf
