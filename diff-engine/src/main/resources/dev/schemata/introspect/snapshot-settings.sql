-- Settings for the catalog transaction only (SET LOCAL ends with it). They fix how pg_get_expr,
-- pg_get_constraintdef, pg_get_indexdef and format_type print, so that a target database and a shadow
-- database print the same schema the same way, whatever their server or session settings:
-- an empty search path schema-qualifies every user name (pg_catalog stays implicitly visible), and
-- constants in defaults and checks print in one date, time zone, interval, float and bytea format.
SET LOCAL search_path = '';
SET LOCAL DateStyle = 'ISO, MDY';
SET LOCAL IntervalStyle = 'postgres';
SET LOCAL TimeZone = 'UTC';
SET LOCAL extra_float_digits = 3;
SET LOCAL bytea_output = 'hex';
-- The catalog queries run without JIT compilation: on a server built with LLVM, the larger queries pass
-- jit_above_cost at a few thousand tables, and compiling them cost more than it saved (a read of 5000 tables on
-- Debian's PostgreSQL 15 with JIT: 2.40 to 2.58 s, without: 2.16 to 2.30 s). Parallel workers stay as the server
-- has them: without them a read of 1000 tables was faster and one of 5000 slower (see the README).
SET LOCAL jit = off;
-- Sorts and hashes in memory: at 1000 tables the columns query's sort spilled 3.7 MB to a temporary file at the
-- default work_mem (4MB), which made it a sixth slower; the larger catalog queries gained 5 to 20% each. Catalog
-- rows are small: even 5000 tables stay well under this, per sort, on each of the read's two connections.
SET LOCAL work_mem = '64MB';
