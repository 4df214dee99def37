-- The regrants of a scope awarded by the as-of date, with the member and what was disbursed by then.
-- :funder is a funder_id, or NULL for the whole network, which also lists the unattributed regrants
-- (no source grant: never a funder's).
SELECT r.regrant_id, r.grant_id, m.member_id, m.name AS member_name, m.state, m.region, r.currency, r.amount,
       r.award_date, r.regrant_type,
       COALESCE((SELECT SUM(d.amount) FROM disbursement d
                 WHERE d.regrant_id = r.regrant_id AND d.status = 'paid' AND d.disbursement_date <= :asOf), 0) AS disbursed
FROM regrant r
LEFT JOIN funder_grant g ON g.grant_id = r.grant_id
JOIN member m ON m.member_id = r.member_id
WHERE r.award_date <= :asOf
  AND (:funder IS NULL AND r.grant_id IS NULL OR g.award_date <= :asOf AND (:funder IS NULL OR g.funder_id = :funder))
ORDER BY r.award_date, r.regrant_id
