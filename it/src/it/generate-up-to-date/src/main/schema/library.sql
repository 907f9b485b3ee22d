CREATE TYPE genre AS ENUM ('fiction', 'non_fiction');

CREATE TABLE books (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    genre genre NOT NULL,
    pages integer CHECK (pages > 0)
);

COMMENT ON TABLE books IS 'Books on the shelf';
