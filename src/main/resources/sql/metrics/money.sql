-- Money totals per funder and currency, as of :asOf (domain.md 3.1). The network is the sum over
-- funders per currency, plus the unattributed regrants (funder_id NULL: no source grant is known, so
-- no funder's); F3, F7 and F10 are computed from these. Amounts are never summed across currencies:
-- every row carries its grant's currency.

-- F1 committed: grants awarded on or before the as-of date.
SELECT 'F1' AS metric, g.funder_id, g.currency, SUM(g.amount) AS amount
FROM funder_grant g
WHERE g.award_date <= :asOf
GROUP BY g.funder_id, g.currency

UNION ALL
-- F2 received: paid grant payments, paid on or before the as-of date.
SELECT 'F2', g.funder_id, g.currency, SUM(p.amount)
FROM grant_payment p
JOIN funder_grant g ON g.grant_id = p.grant_id
WHERE g.award_date <= :asOf AND p.status = 'paid' AND p.paid_date <= :asOf
GROUP BY g.funder_id, g.currency

UNION ALL
-- Cancelled grant payments (F3 = F1 - F2 - cancelled).
SELECT 'cancelled', g.funder_id, g.currency, SUM(p.amount)
FROM grant_payment p
JOIN funder_grant g ON g.grant_id = p.grant_id
WHERE g.award_date <= :asOf AND p.status = 'cancelled'
GROUP BY g.funder_id, g.currency

UNION ALL
-- F4 regrant pool of the grants awarded.
SELECT 'F4', g.funder_id, g.currency, SUM(g.regrant_pool_amount)
FROM funder_grant g
WHERE g.award_date <= :asOf
GROUP BY g.funder_id, g.currency

UNION ALL
-- F5 regranted: regrants awarded on or before the as-of date from those grants.
SELECT 'F5', g.funder_id, g.currency, SUM(r.amount)
FROM regrant r
JOIN funder_grant g ON g.grant_id = r.grant_id
WHERE g.award_date <= :asOf AND r.award_date <= :asOf
GROUP BY g.funder_id, g.currency

UNION ALL
-- F6 disbursed: paid disbursements of those regrants, dated on or before the as-of date.
SELECT 'F6', g.funder_id, g.currency, SUM(d.amount)
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
JOIN funder_grant g ON g.grant_id = r.grant_id
WHERE g.award_date <= :asOf AND r.award_date <= :asOf AND d.status = 'paid' AND d.disbursement_date <= :asOf
GROUP BY g.funder_id, g.currency

UNION ALL
-- F8 scheduled: disbursements of those regrants still scheduled, whatever their date.
SELECT 'F8', g.funder_id, g.currency, SUM(d.amount)
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
JOIN funder_grant g ON g.grant_id = r.grant_id
WHERE g.award_date <= :asOf AND r.award_date <= :asOf AND d.status = 'scheduled'
GROUP BY g.funder_id, g.currency

UNION ALL
-- F5, F6, F8 of the unattributed regrants (360Giving data without relatedActivity): network only.
SELECT 'F5', NULL, r.currency, SUM(r.amount)
FROM regrant r
WHERE r.grant_id IS NULL AND r.award_date <= :asOf
GROUP BY r.currency

UNION ALL
SELECT 'F6', NULL, r.currency, SUM(d.amount)
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
WHERE r.grant_id IS NULL AND r.award_date <= :asOf AND d.status = 'paid' AND d.disbursement_date <= :asOf
GROUP BY r.currency

UNION ALL
SELECT 'F8', NULL, r.currency, SUM(d.amount)
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
WHERE r.grant_id IS NULL AND r.award_date <= :asOf AND d.status = 'scheduled'
GROUP BY r.currency
