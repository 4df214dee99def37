-- Which members each roll-up scope covers (for the headline H1, summed over members). A member of
-- unknown state or kind (from 360Giving data) is in no state: or kind: scope.
SELECT 'network' AS scope, 'member:' || member_id AS member FROM member
UNION ALL
SELECT 'state:' || state, 'member:' || member_id FROM member WHERE state IS NOT NULL
UNION ALL
SELECT 'region:' || region, 'member:' || member_id FROM member WHERE region IS NOT NULL
UNION ALL
SELECT 'kind:' || kind, 'member:' || member_id FROM member WHERE kind IS NOT NULL
UNION ALL
SELECT DISTINCT 'funder:' || g.funder_id, 'member:' || r.member_id
FROM regrant r
JOIN funder_grant g ON g.grant_id = r.grant_id
WHERE g.award_date <= :asOf AND r.award_date <= :asOf
