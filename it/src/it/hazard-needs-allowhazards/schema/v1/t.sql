CREATE TABLE orders (id integer PRIMARY KEY, quantity integer, note text);
