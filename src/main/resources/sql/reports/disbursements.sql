-- Disbursements of the regrants of a scope (regrants awarded by the as-of date), with their member;
-- the network's include those of unattributed regrants, a funder's never.
SELECT d.disbursement_id, d.regrant_id, m.name AS member_name, r.currency, d.disbursement_date, d.amount, d.status
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
LEFT JOIN funder_grant g ON g.grant_id = r.grant_id
JOIN member m ON m.member_id = r.member_id
WHERE r.award_date <= :asOf
  AND (:funder IS NULL AND r.grant_id IS NULL OR g.award_date <= :asOf AND (:funder IS NULL OR g.funder_id = :funder))
ORDER BY d.disbursement_date, d.disbursement_id
