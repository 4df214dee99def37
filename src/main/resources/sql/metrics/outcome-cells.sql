-- Outcome counts per scope (domain.md 3.2). Member cells as they arrived: a NULL count was suppressed
-- or missing at the source. Roll-ups pool the known counts of their members: sum of numerators over
-- sum of denominators, never a mean of rates; a member cell missing at the source is left out.

SELECT 'member:' || c.member_id AS scope, c.outcome, c.data_year, c.dimension, c.subgroup,
       c.numerator, c.denominator
FROM milestone c

UNION ALL
SELECT 'state:' || m.state, c.outcome, c.data_year, c.dimension, c.subgroup, SUM(c.numerator), SUM(c.denominator)
FROM milestone c
JOIN member m ON m.member_id = c.member_id
WHERE c.numerator IS NOT NULL AND c.denominator IS NOT NULL
GROUP BY m.state, c.outcome, c.data_year, c.dimension, c.subgroup

UNION ALL
SELECT 'region:' || m.region, c.outcome, c.data_year, c.dimension, c.subgroup, SUM(c.numerator), SUM(c.denominator)
FROM milestone c
JOIN member m ON m.member_id = c.member_id
WHERE c.numerator IS NOT NULL AND c.denominator IS NOT NULL AND m.region IS NOT NULL
GROUP BY m.region, c.outcome, c.data_year, c.dimension, c.subgroup

UNION ALL
SELECT 'kind:' || m.kind, c.outcome, c.data_year, c.dimension, c.subgroup, SUM(c.numerator), SUM(c.denominator)
FROM milestone c
JOIN member m ON m.member_id = c.member_id
WHERE c.numerator IS NOT NULL AND c.denominator IS NOT NULL
GROUP BY m.kind, c.outcome, c.data_year, c.dimension, c.subgroup

UNION ALL
SELECT 'network', c.outcome, c.data_year, c.dimension, c.subgroup, SUM(c.numerator), SUM(c.denominator)
FROM milestone c
WHERE c.numerator IS NOT NULL AND c.denominator IS NOT NULL
GROUP BY c.outcome, c.data_year, c.dimension, c.subgroup

UNION ALL
-- A funder's communities: the members that received a regrant from its grants by the as-of date.
SELECT 'funder:' || f.funder_id, c.outcome, c.data_year, c.dimension, c.subgroup, SUM(c.numerator),
       SUM(c.denominator)
FROM milestone c
JOIN (SELECT DISTINCT g.funder_id, r.member_id
      FROM regrant r
      JOIN funder_grant g ON g.grant_id = r.grant_id
      WHERE g.award_date <= :asOf AND r.award_date <= :asOf) f ON f.member_id = c.member_id
WHERE c.numerator IS NOT NULL AND c.denominator IS NOT NULL
GROUP BY f.funder_id, c.outcome, c.data_year, c.dimension, c.subgroup
