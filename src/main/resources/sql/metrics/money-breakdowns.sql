-- F11: regranted (F5) and disbursed (F6) per funder, currency, regrant award year and member, with the
-- member's state, region and kind; rolled up to each breakdown (award_year, state, region, kind,
-- member) for each funder and for the network. An unattributed regrant (no source grant) has
-- funder_id NULL and counts for the network only; a member of unknown state or kind (from 360Giving
-- data) is under 'unknown'.
SELECT 'F5' AS metric, g.funder_id, r.currency, EXTRACT(YEAR FROM r.award_date) AS award_year,
       m.member_id, COALESCE(m.state, 'unknown') AS state, m.region, COALESCE(m.kind, 'unknown') AS kind,
       SUM(r.amount) AS amount
FROM regrant r
LEFT JOIN funder_grant g ON g.grant_id = r.grant_id
JOIN member m ON m.member_id = r.member_id
WHERE (r.grant_id IS NULL OR g.award_date <= :asOf) AND r.award_date <= :asOf
GROUP BY g.funder_id, r.currency, EXTRACT(YEAR FROM r.award_date), m.member_id, m.state, m.region, m.kind

UNION ALL
SELECT 'F6', g.funder_id, r.currency, EXTRACT(YEAR FROM r.award_date),
       m.member_id, COALESCE(m.state, 'unknown'), m.region, COALESCE(m.kind, 'unknown'), SUM(d.amount)
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
LEFT JOIN funder_grant g ON g.grant_id = r.grant_id
JOIN member m ON m.member_id = r.member_id
WHERE (r.grant_id IS NULL OR g.award_date <= :asOf) AND r.award_date <= :asOf AND d.status = 'paid'
  AND d.disbursement_date <= :asOf
GROUP BY g.funder_id, r.currency, EXTRACT(YEAR FROM r.award_date), m.member_id, m.state, m.region, m.kind
