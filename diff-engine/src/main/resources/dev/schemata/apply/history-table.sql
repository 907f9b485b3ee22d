-- One row per schema:apply, under the name given by the history table option. Its schema is created beforehand when missing.
CREATE TABLE IF NOT EXISTS %s (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    duration_ms bigint NOT NULL,
    database_user name NOT NULL DEFAULT current_user,
    outcome text NOT NULL CHECK (outcome IN ('success', 'failed')),
    message text,
    vcs_commit text,
    ci_job text,
    current_fingerprint text,
    desired_fingerprint text,
    statement_count integer NOT NULL,
    statements text NOT NULL
)
