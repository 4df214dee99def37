-- The payment schedule of a funder's grants (or every grant), awarded by the as-of date.
SELECT p.payment_id, p.grant_id, g.currency, p.due_date, p.amount, p.status, p.paid_date
FROM grant_payment p
JOIN funder_grant g ON g.grant_id = p.grant_id
WHERE g.award_date <= :asOf AND (:funder IS NULL OR g.funder_id = :funder)
ORDER BY p.due_date, p.payment_id
