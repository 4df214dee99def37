-- The intermediary's regrants awarded by :asOf, as a 360Giving export lists them: the member that
-- received each, its source grant (NULL when unattributed) and what was paid by then.
SELECT r.regrant_id, r.grant_id, r.member_id, m.name AS member_name, r.currency, r.amount, r.award_date,
       r.start_date, r.end_date, r.regrant_type
FROM regrant r
JOIN member m ON m.member_id = r.member_id
WHERE r.award_date <= :asOf
ORDER BY r.award_date, r.regrant_id
