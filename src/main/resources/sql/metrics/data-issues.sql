-- Figures that load fine but cannot all be right (issue: flagged in the run's issues, never silently
-- accepted). One row per problem: the input file it concerns and a sentence for staff.

-- A regrant pool committed beyond its size (F7 < 0 for the grant).
SELECT g.source_file AS path,
       'grant ' || g.grant_id || ': regrants awarded by the as-of date total ' || CAST(SUM(r.amount) AS VARCHAR(40))
       || ' ' || g.currency || ', more than its regrant pool of '
       || CAST(g.regrant_pool_amount AS VARCHAR(40)) || ' (over-committed)' AS message
FROM funder_grant g
JOIN regrant r ON r.grant_id = g.grant_id
WHERE g.award_date <= :asOf AND r.award_date <= :asOf
GROUP BY g.source_file, g.grant_id, g.currency, g.regrant_pool_amount
HAVING SUM(r.amount) > g.regrant_pool_amount

UNION ALL
-- A grant payment dated after the grant's end.
SELECT p.source_file,
       'payment ' || p.payment_id || ' of grant ' || g.grant_id || ' is dated '
       || CAST(COALESCE(p.paid_date, p.due_date) AS VARCHAR(10)) || ', after the grant ends on '
       || CAST(g.end_date AS VARCHAR(10))
FROM grant_payment p
JOIN funder_grant g ON g.grant_id = p.grant_id
WHERE p.status <> 'cancelled' AND COALESCE(p.paid_date, p.due_date) > g.end_date

UNION ALL
-- Disbursements (paid and scheduled) above the amount of their regrant.
SELECT r.source_file,
       'regrant ' || r.regrant_id || ': disbursements total ' || CAST(SUM(d.amount) AS VARCHAR(40)) || ' '
       || r.currency || ', more than the regrant amount of ' || CAST(r.amount AS VARCHAR(40))
FROM regrant r
JOIN disbursement d ON d.regrant_id = r.regrant_id
WHERE d.status <> 'cancelled'
GROUP BY r.source_file, r.regrant_id, r.currency, r.amount
HAVING SUM(d.amount) > r.amount
