package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * A function or procedure (not an aggregate or window function, not one an extension brings).
 *
 * @param name the schema-qualified name; overloads share it
 * @param argumentTypes the input argument types as {@code oidvectortypes(proargtypes)} prints them, for example
 *     {@code integer, app.citext}: with the name, the identity (PostgreSQL allows one routine per name and
 *     input types)
 * @param identityArguments the arguments as {@code pg_get_function_identity_arguments} prints them, with
 *     modes and names but no defaults, for example {@code a integer, OUT b text}: what {@code DROP FUNCTION},
 *     {@code COMMENT ON FUNCTION} and {@code ALTER FUNCTION} take between the parentheses
 * @param arguments the full argument list as {@code pg_get_function_arguments} prints it, defaults included,
 *     for example {@code a integer, b integer DEFAULT 1}
 * @param kind function or procedure
 * @param language the language name, for example {@code sql} or {@code plpgsql}
 * @param result the result as {@code pg_get_function_result} prints it (for example {@code integer},
 *     {@code SETOF text}, {@code TABLE(id integer)}, {@code trigger}), or null for a procedure
 * @param definition the whole statement as {@code pg_get_functiondef} prints it with an empty search path,
 *     without trailing blanks: {@code CREATE OR REPLACE FUNCTION app.f(...) RETURNS ... LANGUAGE ...
 *     [volatility, strictness, security, cost, rows, SET options] AS $function$...$function$}
 *     (or {@code BEGIN ATOMIC ... END} / {@code RETURN ...} for a SQL-standard body); runnable as it is
 * @param comment the comment, or null
 */
public record Routine(
        QualifiedName name,
        String argumentTypes,
        String identityArguments,
        String arguments,
        Kind kind,
        String language,
        String result,
        String definition,
        String comment) {

    /** Sorts routines by name, then argument types. */
    public static final Comparator<Routine> ORDER =
            Comparator.comparing(Routine::name).thenComparing(Routine::argumentTypes);

    /** What kind of routine, with the SQL key word that names it in DDL. */
    public enum Kind {
        FUNCTION,
        PROCEDURE;

        public String sql() {
            return name();
        }
    }

    public Routine {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(argumentTypes, "argumentTypes == null");
        Objects.requireNonNull(identityArguments, "identityArguments == null");
        Objects.requireNonNull(arguments, "arguments == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(definition, "definition == null");
    }

    /** The identity as text, for example {@code app.add(integer, integer)}. */
    public String signature() {
        return name + "(" + argumentTypes + ")";
    }

    /** The routine as SQL names it in DROP, ALTER and COMMENT, for example {@code app.add(a integer, b integer)}. */
    public String sqlSignature() {
        return name.sql() + "(" + identityArguments + ")";
    }
}
