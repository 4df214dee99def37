-- Every metric value of a run, stored one row per metric and scope (the key reports look values up by)
-- instead of one row per value (V3): at network scale a run has about 118,000 values in about 1,000 such
-- rows. Inserting and committing one row per value took H2 1.5-3.5 s there, most of the metrics stage;
-- the grouped rows take 0.06-0.35 s, and the reports stage reads them in 0.2-0.25 s instead of 0.55-1.4 s.
--
-- value_rows holds the group's rows of metrics.csv, in the order of metrics.csv, without their metric
-- and scope columns, one line each ending in a line break: outcome,dimension,subgroup,year,currency,
-- value,note. A group longer than the column continues in the next seq with the same metric and scope.
-- metrics.csv of the run's as-of date has exactly the same values, one per line.
--
-- Values stored by V3 are not converted: they are those of earlier runs, whose metrics.csv keeps them.
CREATE TABLE metric_values (
    run_id       BIGINT            NOT NULL,
    seq          INT               NOT NULL,
    metric       VARCHAR(10)       NOT NULL,
    scope        VARCHAR(300)      NOT NULL,
    value_count  INT               NOT NULL,
    value_rows   VARCHAR(1000000)  NOT NULL,
    PRIMARY KEY (run_id, seq)
);

DROP TABLE metric_value;
