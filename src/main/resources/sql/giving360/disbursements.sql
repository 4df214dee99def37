-- Disbursements paid by :asOf of the regrants awarded by then: 360Giving disbursement transactions.
SELECT d.disbursement_id, d.regrant_id, d.disbursement_date, d.amount
FROM disbursement d
JOIN regrant r ON r.regrant_id = d.regrant_id
WHERE r.award_date <= :asOf AND d.status = 'paid' AND d.disbursement_date <= :asOf
ORDER BY d.regrant_id, d.disbursement_date, d.disbursement_id
