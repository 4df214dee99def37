-- Pathway's facts, one table per input kind (contract.md section 2). Portable SQL: runs on H2 and
-- PostgreSQL 15. Every row remembers the input file that brought it (source_file), so that a changed
-- file replaces exactly what it brought before. No foreign keys: a replaced file is deleted and
-- reloaded inside one transaction, and references are checked by the ingest before commit.

CREATE TABLE input_file (
    path          VARCHAR(1000) NOT NULL PRIMARY KEY,
    kind          VARCHAR(40)   NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    records       BIGINT        NOT NULL,
    facts         BIGINT        NOT NULL,
    loaded_at     TIMESTAMP     NOT NULL
);

CREATE TABLE run_file (
    run_id        BIGINT        NOT NULL,
    path          VARCHAR(1000) NOT NULL,
    kind          VARCHAR(40),
    sha256        CHAR(64),
    records       BIGINT        NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    problems      BIGINT        NOT NULL,
    elapsed_ms    BIGINT        NOT NULL,
    PRIMARY KEY (run_id, path)
);

-- origin: 'ingest' (a file refused or not loadable) or 'metrics' (loaded figures that cannot all be right)
CREATE TABLE run_issue (
    run_id        BIGINT        NOT NULL,
    origin        VARCHAR(20)   NOT NULL,
    path          VARCHAR(1000) NOT NULL,
    seq           INT           NOT NULL,
    line_no       BIGINT        NOT NULL,
    column_name   VARCHAR(200),
    message       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, origin, path, seq)
);

CREATE TABLE plan (
    plan_id             INT           NOT NULL PRIMARY KEY,
    name                VARCHAR(1000) NOT NULL,
    first_year          INT           NOT NULL,
    last_year           INT           NOT NULL,
    goal_young_people   BIGINT        NOT NULL,
    min_cell_size       INT           NOT NULL,
    intermediary_org_id VARCHAR(100)  NOT NULL,
    source_file         VARCHAR(1000) NOT NULL
);

CREATE TABLE funder (
    funder_id     VARCHAR(100)  NOT NULL PRIMARY KEY,
    name          VARCHAR(1000) NOT NULL,
    contact_email VARCHAR(2000),
    source_file   VARCHAR(1000) NOT NULL
);

CREATE TABLE funder_grant (
    grant_id            VARCHAR(100)   NOT NULL PRIMARY KEY,
    funder_id           VARCHAR(100)   NOT NULL,
    title               VARCHAR(1000)  NOT NULL,
    currency            CHAR(3)        NOT NULL,
    amount              DECIMAL(19, 2) NOT NULL,
    award_date          DATE           NOT NULL,
    start_date          DATE           NOT NULL,
    end_date            DATE           NOT NULL,
    regrant_pool_amount DECIMAL(19, 2) NOT NULL,
    source_file         VARCHAR(1000)  NOT NULL
);

CREATE TABLE grant_payment (
    payment_id    VARCHAR(100)   NOT NULL PRIMARY KEY,
    grant_id      VARCHAR(100)   NOT NULL,
    due_date      DATE           NOT NULL,
    amount        DECIMAL(19, 2) NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    paid_date     DATE,
    source_file   VARCHAR(1000)  NOT NULL
);

CREATE TABLE member (
    member_id     VARCHAR(100)  NOT NULL PRIMARY KEY,
    name          VARCHAR(1000) NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    state         CHAR(2)       NOT NULL,
    region        VARCHAR(200),
    source_file   VARCHAR(1000) NOT NULL
);

CREATE TABLE regrant (
    regrant_id    VARCHAR(100)   NOT NULL PRIMARY KEY,
    grant_id      VARCHAR(100)   NOT NULL,
    member_id     VARCHAR(100)   NOT NULL,
    currency      CHAR(3)        NOT NULL,
    amount        DECIMAL(19, 2) NOT NULL,
    award_date    DATE           NOT NULL,
    start_date    DATE           NOT NULL,
    end_date      DATE           NOT NULL,
    regrant_type  VARCHAR(10),
    source_file   VARCHAR(1000)  NOT NULL
);

CREATE TABLE disbursement (
    disbursement_id   VARCHAR(100)   NOT NULL PRIMARY KEY,
    regrant_id        VARCHAR(100)   NOT NULL,
    disbursement_date DATE           NOT NULL,
    amount            DECIMAL(19, 2) NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    source_file       VARCHAR(1000)  NOT NULL
);

-- Aggregate counts, from milestones files and from youth-level files (aggregated while streaming).
-- A NULL count is missing: numerator_note / denominator_note say why ('suppressed' at source, or 'missing').
CREATE TABLE milestone (
    member_id        VARCHAR(100)  NOT NULL,
    outcome          VARCHAR(40)   NOT NULL,
    data_year        INT           NOT NULL,
    dimension        VARCHAR(40)   NOT NULL,
    subgroup         VARCHAR(60)   NOT NULL,
    numerator        BIGINT,
    denominator      BIGINT,
    numerator_note   VARCHAR(20),
    denominator_note VARCHAR(20),
    source_file      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (member_id, outcome, data_year, dimension, subgroup)
);

CREATE TABLE target (
    scope          VARCHAR(100)   NOT NULL,
    outcome        VARCHAR(40)    NOT NULL,
    baseline_year  INT            NOT NULL,
    baseline_rate  DECIMAL(12, 10) NOT NULL,
    target_year    INT            NOT NULL,
    target_rate    DECIMAL(12, 10) NOT NULL,
    source_file    VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (scope, outcome)
);

CREATE INDEX plan_source ON plan (source_file);
CREATE INDEX funder_source ON funder (source_file);
CREATE INDEX funder_grant_source ON funder_grant (source_file);
CREATE INDEX grant_payment_source ON grant_payment (source_file);
CREATE INDEX member_source ON member (source_file);
CREATE INDEX regrant_source ON regrant (source_file);
CREATE INDEX disbursement_source ON disbursement (source_file);
CREATE INDEX milestone_source ON milestone (source_file);
CREATE INDEX target_source ON target (source_file);
