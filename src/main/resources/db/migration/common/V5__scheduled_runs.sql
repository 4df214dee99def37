-- One row per nightly run the scheduler started: the day is the key, so a day runs once
-- even when daylight saving repeats the hour, and a server that restarts knows what it missed.
CREATE TABLE scheduled_run (
    run_date     DATE         NOT NULL PRIMARY KEY,
    due_at       VARCHAR(40)  NOT NULL,
    run_id       BIGINT,
    outcome      VARCHAR(500),
    updated_at   TIMESTAMP    NOT NULL
);
