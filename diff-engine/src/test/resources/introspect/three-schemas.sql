CREATE SCHEMA alpha;
CREATE SCHEMA beta;
CREATE SCHEMA gamma;
CREATE TABLE alpha.a (id integer PRIMARY KEY);
CREATE TABLE beta.b (id integer PRIMARY KEY, a_id integer REFERENCES alpha.a (id));
CREATE TABLE gamma.g (id integer PRIMARY KEY);
CREATE TYPE beta.kind AS ENUM ('x');
CREATE SEQUENCE gamma.counter;
