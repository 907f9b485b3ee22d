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
