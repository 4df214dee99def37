-- Every metric value of a run (contract.md section 3, the Metrics sheet), so that reports read values
-- instead of recomputing them. run_id is the run's job instance id.
CREATE TABLE metric_value (
    run_id      BIGINT          NOT NULL,
    seq         INT             NOT NULL,
    metric      VARCHAR(10)     NOT NULL,
    scope       VARCHAR(300)    NOT NULL,
    outcome     VARCHAR(40),
    dimension   VARCHAR(40)     NOT NULL,
    subgroup    VARCHAR(300)    NOT NULL,
    data_year   INT,
    currency    CHAR(3),
    metric_val  DECIMAL(38, 12),
    note        VARCHAR(40),
    PRIMARY KEY (run_id, seq)
);
