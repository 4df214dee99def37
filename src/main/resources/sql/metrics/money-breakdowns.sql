-- F11: regranted (F5) and disbursed (F6) per funder, currency, regrant award year and member, with the
-- member's state, region and kind; rolled up to each breakdown (award_year, state, region, kind,
-- member) for each funder and for the network.
SELECT 'F5' AS metric, g.funder_id, g.currency, EXTRACT(YEAR FROM r.award_date) AS award_year,
       m.member_id, m.state, m.region, m.kind, SUM(r.amount) AS amount
FROM regrant r
JOIN funder_grant g ON g.grant_id = r.grant_id
JOIN member m ON m.member_id = r.member_id
WHERE g.award_date <= :asOf AND r.award_date <= :asOf
GROUP BY g.funder_id, g.currency, EXTRACT(YEAR FROM r.award_date), m.member_id, m.state, m.region, m.kind

UNION ALL
SELECT 'F6', g.funder_id, g.currency, EXTRACT(YEAR FROM r.award_date),
       m.member_id, m.state, m.region, m.kind, SUM(d.amount)
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
JOIN funder_grant g ON g.grant_id = r.grant_id
JOIN member m ON m.member_id = r.member_id
WHERE g.award_date <= :asOf AND r.award_date <= :asOf AND d.status = 'paid' AND d.disbursement_date <= :asOf
GROUP BY g.funder_id, g.currency, EXTRACT(YEAR FROM r.award_date), m.member_id, m.state, m.region, m.kind
