-- Portable SQL: runs on H2 and PostgreSQL 15.
-- Reporting requirements (contract.md section 2, domain.md 3.7): the report each grant agreement
-- asks for, on its period, due on a date, perhaps holding back a grant payment.
CREATE TABLE requirement (
    requirement_id VARCHAR(100)  NOT NULL PRIMARY KEY,
    grant_id       VARCHAR(100)  NOT NULL,
    type           VARCHAR(20)   NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    due_date       DATE          NOT NULL,
    submitted_date DATE,
    payment_id     VARCHAR(100),
    source_file    VARCHAR(1000) NOT NULL
);

CREATE INDEX requirement_source ON requirement (source_file);
CREATE INDEX requirement_grant ON requirement (grant_id);

-- Submissions Pathway knows of besides the input's submitted_date: its own delivery of the
-- requirement's report was accepted by the mail server, or a person recorded one made elsewhere
-- ('submit ID --date D'). Kept when the input files change.
CREATE TABLE requirement_submission (
    requirement_id VARCHAR(100)  NOT NULL PRIMARY KEY,
    submitted_date DATE          NOT NULL,
    recorded_by    VARCHAR(200)  NOT NULL,
    delivery_id    BIGINT,
    recorded_at    TIMESTAMP     NOT NULL
);

-- Staff's narrative for one report: narrative-<requirement_id or funder_id>.md, as Markdown text.
CREATE TABLE narrative (
    target_id   VARCHAR(100)  NOT NULL PRIMARY KEY,
    markdown    VARCHAR(1000000) NOT NULL,
    source_file VARCHAR(1000) NOT NULL
);

CREATE INDEX narrative_source ON narrative (source_file);

-- A delivery of a requirement's report records which requirement it submits when sent.
ALTER TABLE delivery ADD COLUMN requirement_id VARCHAR(100);
