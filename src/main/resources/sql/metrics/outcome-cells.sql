-- Outcome counts of every member (domain.md 3.2), as they arrived: a NULL count was suppressed or
-- missing at the source. Roll-ups (state, region, kind, funder, network; members from scopes.sql) pool
-- the known counts of their members: sum of numerators over sum of denominators, never a mean of
-- rates, leaving out member cells missing at the source. The pooling is done in Java (OutcomePooling),
-- where it takes milliseconds; as SQL it was one GROUP BY per scope kind, half a second on H2.
SELECT 'member:' || c.member_id AS scope, c.outcome, c.data_year, c.dimension, c.subgroup,
       c.numerator, c.denominator
FROM milestone c
