INSERT INTO %s (started_at, finished_at, duration_ms, outcome, message, vcs_commit, ci_job, current_fingerprint,
    desired_fingerprint, statement_count, statements)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
