package dev.schemata.maven;

import dev.schemata.Redaction;
import dev.schemata.SchemataRequest;
import dev.schemata.TargetDatabase;
import dev.schemata.apply.ApplyOptions;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.plan.PlanOptions;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The goals that work on a target database: where it is, how to log in, what may be dropped, and how an apply
 * runs. Each connection setting is chosen by precedence: the plugin parameter ({@code -D} or
 * {@code <configuration>}), then the settings.xml server ({@code serverId}), then libpq's environment variables.
 */
abstract class AbstractTargetMojo extends AbstractSchemaMojo {
    static final String NO_TARGET = "No target database: set schema.url, for example"
            + " -Dschema.url=jdbc:postgresql://host:5432/db (log in with schema.user and schema.password,"
            + " schema.serverId for a <server> in settings.xml, or PGUSER/PGPASSWORD/~/.pgpass), or <url> in the"
            + " plugin's <configuration>, or PGHOST/PGPORT/PGDATABASE as for psql. To try things out on a local"
            + " embedded PostgreSQL, use -Dschema.url=embedded:<name>.";

    /**
     * The database to plan against and change: a JDBC URL ({@code jdbc:postgresql://host:5432/db}), or
     * {@code embedded:<name>} for a local embedded PostgreSQL kept in Schemata's cache. Default: built from
     * {@code PGHOST}, {@code PGPORT} and {@code PGDATABASE} when any is set; they are ignored when this is set.
     */
    @Parameter(property = "schema.url")
    String url;

    /** The user for {@code url}; default: the settings.xml server's, else {@code PGUSER}, else the driver's. */
    @Parameter(property = "schema.user")
    String user;

    /**
     * The password for {@code url}; default: the settings.xml server's, else {@code PGPASSWORD}, else the
     * password file ({@code PGPASSFILE} or {@code ~/.pgpass}). Never logged.
     */
    @Parameter(property = "schema.password")
    String password;

    /** The id of a {@code <server>} in settings.xml whose username and (possibly encrypted) password are used. */
    @Parameter(property = "schema.serverId")
    String serverId;

    /**
     * Runs statements that delete data (dropping a table, column, schema, sequence, or an enum, domain or
     * composite type); without it they are shown as skipped and withheld.
     */
    @Parameter(property = "schema.allowDrop", defaultValue = "false")
    boolean allowDrop;

    /**
     * How long a statement of {@code apply} waits for a lock before it fails ({@code lock_timeout}), so that it
     * does not queue every other session behind it: {@code 500ms}, {@code 5s}, {@code 2m}; 0 waits forever.
     */
    @Parameter(property = "schema.lockTimeout", defaultValue = "5s")
    String lockTimeout;

    /** How long a statement of {@code apply} may run ({@code statement_timeout}); 0, the default, for no limit. */
    @Parameter(property = "schema.statementTimeout", defaultValue = "0")
    String statementTimeout;

    /** How long a statement that builds an index or validates a constraint may run; 0, the default, for no limit. */
    @Parameter(property = "schema.indexStatementTimeout", defaultValue = "0")
    String indexStatementTimeout;

    /**
     * How many times {@code apply} runs a statement again (with the rest of its transaction) that failed only
     * because it could not get its lock within {@code lockTimeout}; pauses of 1 s, 2 s, 4 s... in between.
     */
    @Parameter(property = "schema.retries", defaultValue = "3")
    int retries;

    /** How long {@code apply} waits for another apply on the same database to finish before it fails. */
    @Parameter(property = "schema.lockWait", defaultValue = "60s")
    String lockWait;

    /**
     * A table ({@code schema.table}) where {@code apply} records each run: times, database user, CI commit and
     * job, the plan's fingerprints and statements, and the outcome. Created on first use; never planned. Default:
     * none.
     */
    @Parameter(property = "schema.historyTable")
    String historyTable;

    /**
     * The roles whose privileges and ownerships Schemata manages, comma separated ({@code PUBLIC} for PUBLIC's
     * grants), for example {@code app_reader,app_writer,PUBLIC}. Grants and default privileges to these roles
     * are granted and revoked to match the schema files, grants to other roles are left alone, and an object's
     * owner is set where the files make one of these roles its owner. Schemata does not create roles: each one
     * the files name must exist on the target. Default: none, so privileges and owners are not compared.
     */
    @Parameter(property = "schema.managedRoles")
    String managedRoles;

    /**
     * The hazards a statement may carry for {@code schema:apply} to run the plan, as comma-separated names;
     * the list replaces the default {@code INDEX_BUILD,INDEX_DROPPED,VALIDATION_SCAN,NOT_TRANSACTIONAL,
     * UNTRACKABLE_DEPENDENCY,AUTHORIZATION}. Others ({@code DELETES_DATA}, {@code TABLE_REWRITE}, {@code ACCESS_EXCLUSIVE_LOCK},
     * {@code EXTENSION_UPGRADE}) make apply refuse the plan, changing nothing. The data loss of a drop is
     * allowed by {@code allowDrop} alone.
     */
    @Parameter(property = "schema.allowHazards")
    String allowHazards;

    /**
     * Changes existing tables without blocking their readers and writers for long: indexes built and dropped
     * CONCURRENTLY, foreign keys and checks added NOT VALID and validated apart, NOT NULL proven by a validated
     * check first, unique and primary keys added on an index built concurrently. Such statements run outside
     * the plan's transaction. {@code false} puts everything in one transaction.
     */
    @Parameter(property = "schema.online", defaultValue = "true")
    boolean online;

    /**
     * {@code expand} runs only the changes the running application survives (deploy it before the new code);
     * {@code contract} runs what expand held back (after the new code is out). Unset: every change.
     */
    @Parameter(property = "schema.phase")
    String phase;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    @Component
    SettingsDecrypter decrypter;

    private Credentials credentials;

    /** The request for the engine; fails with a hint when no target is configured. */
    final SchemataRequest request() throws MojoFailureException {
        Map<String, String> environment = environment();
        return new SchemataRequest(target(environment), source(), shadow(), filter(), planOptions(), log(),
                applyOptions(environment), memo());
    }

    /** The target database with its credentials; fails with a hint when none is configured. */
    final TargetDatabase target() throws MojoFailureException {
        return target(environment());
    }

    private TargetDatabase target(Map<String, String> environment) throws MojoFailureException {
        credentials = Credentials.choose(user, password, Credentials.server(settings, decrypter, serverId), environment);
        String target = TargetUrl.choose(url, environment, credentials.user());
        if (target == null) {
            throw new MojoFailureException(NO_TARGET);
        }
        if (TargetUrl.overridden(url, environment)) {
            getLog().info("schema.url is set: PGHOST, PGPORT and PGDATABASE are ignored");
        }
        getLog().info("Target: " + Redaction.url(target) + (credentials.user() == null ? "" : " as " + credentials.user()));
        return new TargetDatabase(target, credentials.user(), credentials.password());
    }

    /** The plan options from the parameters; a bad hazard or phase name fails with the valid ones. */
    final PlanOptions planOptions() throws MojoFailureException {
        try {
            PlanOptions.Builder options = PlanOptions.builder().allowDrop(allowDrop).online(online).phase(phase)
                    .managedRoles(managedRoles == null ? List.of() : List.of(managedRoles.split(",")));
            if (allowHazards != null) {
                options.allowHazards(allowHazards);
            }
            return options.build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    final ApplyOptions applyOptions(Map<String, String> environment) throws MojoFailureException {
        if (retries < 0) {
            throw new MojoFailureException("schema.retries = " + retries + " is negative: use 0 for no retries");
        }
        CiRun ci = CiRun.from(environment);
        return ApplyOptions.builder()
                .lockTimeout(DurationParameter.parse("schema.lockTimeout", lockTimeout))
                .statementTimeout(DurationParameter.parse("schema.statementTimeout", statementTimeout))
                .indexStatementTimeout(DurationParameter.parse("schema.indexStatementTimeout", indexStatementTimeout))
                .retries(retries)
                .lockWait(DurationParameter.parse("schema.lockWait", lockWait))
                .historyTable(historyTable())
                .commit(ci.commit())
                .job(ci.job())
                .build();
    }

    private QualifiedName historyTable() throws MojoFailureException {
        if (historyTable == null || historyTable.isBlank()) {
            return null;
        }
        String[] parts = historyTable.trim().split("\\.");
        if (parts.length != 2 || !parts[0].matches("[a-z_][a-z0-9_$]*") || !parts[1].matches("[a-z_][a-z0-9_$]*")) {
            throw new MojoFailureException("schema.historyTable = '" + historyTable + "' is not a schema-qualified table"
                    + " name in lower case: write for example schemata.apply_history");
        }
        return QualifiedName.of(parts[0], parts[1]);
    }

    /** The process environment; a test overrides it. */
    Map<String, String> environment() {
        return System.getenv();
    }

    @Override
    List<String> secrets() {
        List<String> secrets = super.secrets();
        secrets.add(password);
        if (credentials != null) {
            secrets.add(credentials.password());
        }
        return secrets;
    }
}
