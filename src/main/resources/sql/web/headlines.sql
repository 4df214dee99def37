-- The dashboard's headline figures of one run (:runId), network-wide: H1 and H2 (with the share of the
-- plan period elapsed, dimension 'pace'), then money committed (F1) and regranted (F5) per currency.
SELECT metric, dimension, currency, metric_val, note
FROM metric_value
WHERE run_id = :runId AND scope = 'network' AND outcome IS NULL AND metric IN ('H1', 'H2', 'F1', 'F5')
  AND ((dimension = 'all' AND subgroup = 'all') OR dimension = 'pace')
ORDER BY CASE metric WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 WHEN 'F1' THEN 3 ELSE 4 END, seq
