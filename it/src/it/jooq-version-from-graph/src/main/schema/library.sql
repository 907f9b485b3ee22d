CREATE TYPE genre AS ENUM ('fiction', 'history', 'poetry');

CREATE DOMAIN isbn AS text CHECK (VALUE ~ '^[0-9]{13}$');

CREATE TABLE authors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES authors (id),
    title text NOT NULL,
    isbn isbn NOT NULL UNIQUE,
    genre genre NOT NULL
);
