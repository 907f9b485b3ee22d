package dev.schemata.maven;

import dev.schemata.Redaction;
import dev.schemata.SchemataRequest;
import dev.schemata.TargetDatabase;
import dev.schemata.plan.PlanOptions;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The goals that work on a target database: where it is, how to log in, and what may be dropped. */
abstract class AbstractTargetMojo extends AbstractSchemaMojo {
    static final String NO_TARGET = "No target database: set schema.url, for example"
            + " -Dschema.url=jdbc:postgresql://host:5432/db (log in with schema.user and schema.password,"
            + " schema.serverId for a <server> in settings.xml, or PGPASSWORD), or <url> in the plugin's"
            + " <configuration>. To try things out on a local embedded PostgreSQL, use -Dschema.url=embedded:<name>.";

    /**
     * The database to plan against and change: a JDBC URL ({@code jdbc:postgresql://host:5432/db}), or
     * {@code embedded:<name>} for a local embedded PostgreSQL kept in Schemata's cache. No default.
     */
    @Parameter(property = "schema.url")
    String url;

    /** The user for {@code url}; default: the settings.xml server's, else the driver's. */
    @Parameter(property = "schema.user")
    String user;

    /** The password for {@code url}; default: the settings.xml server's, else {@code PGPASSWORD}. Never logged. */
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
     * The hazards a statement may carry for {@code schema:apply} to run the plan, as comma-separated names;
     * the list replaces the default {@code INDEX_BUILD,INDEX_DROPPED,VALIDATION_SCAN,NOT_TRANSACTIONAL,
     * UNTRACKABLE_DEPENDENCY}. Others ({@code DELETES_DATA}, {@code TABLE_REWRITE}, {@code ACCESS_EXCLUSIVE_LOCK},
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
        if (url == null || url.isBlank()) {
            throw new MojoFailureException(NO_TARGET);
        }
        credentials = Credentials.choose(user, password, Credentials.server(settings, decrypter, serverId),
                System.getenv("PGPASSWORD"));
        getLog().info("Target: " + Redaction.url(url) + (credentials.user() == null ? "" : " as " + credentials.user()));
        TargetDatabase target = new TargetDatabase(url, credentials.user(), credentials.password());
        return new SchemataRequest(target, source(), shadow(), filter(), planOptions(), log());
    }

    /** The plan options from the parameters; a bad hazard or phase name fails with the valid ones. */
    final PlanOptions planOptions() throws MojoFailureException {
        try {
            PlanOptions.Builder options = PlanOptions.builder().allowDrop(allowDrop).online(online).phase(phase);
            if (allowHazards != null) {
                options.allowHazards(allowHazards);
            }
            return options.build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
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
