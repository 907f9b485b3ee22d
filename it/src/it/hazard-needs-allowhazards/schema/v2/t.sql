CREATE TABLE orders (id integer PRIMARY KEY, quantity bigint, note text);
CREATE INDEX orders_note_idx ON orders (note);
