-- The new application code reads display_name and no longer knows name.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    display_name text NOT NULL DEFAULT '',
    email text
);
CREATE INDEX users_email_idx ON users (email);
