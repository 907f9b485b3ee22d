package dev.schemata.maven;

import dev.schemata.DeclaredSchemaMemo;
import dev.schemata.Redaction;
import dev.schemata.SchemaFilter;
import dev.schemata.Schemata;
import dev.schemata.SchemataException;
import dev.schemata.load.SchemaFiles;
import dev.schemata.load.SchemaSource;
import dev.schemata.shadow.ShadowOptions;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.SessionData;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * What every goal shares: the schema files, the shadow database they are loaded into, and how the
 * engine's errors reach Maven (user-fixable ones as a build failure, faults with their cause).
 */
abstract class AbstractSchemaMojo extends AbstractMojo {
    /** The folder of schema files: every {@code *.sql} file below it, run in lexical order of path. */
    @Parameter(property = "schema.dir", defaultValue = "${project.basedir}/src/main/schema", required = true)
    File dir;

    /** Skips the goal. */
    @Parameter(property = "schema.skip", defaultValue = "false")
    boolean skip;

    /**
     * Skips data statements (INSERT, UPDATE, DELETE, COPY, ...) in the schema files with a warning
     * instead of refusing them, for example the {@code schema_migrations} inserts of a Rails structure.sql.
     */
    @Parameter(property = "schema.skipDataStatements", defaultValue = "false")
    boolean skipDataStatements;

    /** The schemas to manage (comma-separated on the command line); empty means every user schema. */
    @Parameter(property = "schema.includeSchemas")
    List<String> includeSchemas;

    /** Schemas never managed, even when listed in {@code includeSchemas}. */
    @Parameter(property = "schema.excludeSchemas")
    List<String> excludeSchemas;

    /**
     * Tables never managed: neither compared nor planned, with their indexes, constraints, triggers and
     * privileges. Globs, comma-separated on the command line: {@code audit_*} matches a table name in any schema,
     * {@code app.tmp_*} one in schema {@code app}; {@code *} matches any run of characters, {@code ?} one.
     */
    @Parameter(property = "schema.excludeTables")
    List<String> excludeTables;

    /**
     * JDBC URL of a PostgreSQL server on which a temporary shadow database may be created and dropped, for
     * schemas that need extensions the embedded server lacks; empty means an embedded server.
     */
    @Parameter(property = "schema.shadowUrl")
    String shadowUrl;

    /** User for {@code shadowUrl}. */
    @Parameter(property = "schema.shadowUser")
    String shadowUser;

    /** Password for {@code shadowUrl}; never logged. */
    @Parameter(property = "schema.shadowPassword")
    String shadowPassword;

    /**
     * PostgreSQL major version (13 to 18) of embedded servers when there is no target to match: the
     * shadow of {@code generate}, and an {@code embedded:} target. Binaries are downloaded on first use.
     */
    @Parameter(property = "schema.postgresVersion", defaultValue = "17")
    int postgresVersion;

    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    List<RemoteRepository> remoteRepositories;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped: schema.skip is true");
            return;
        }
        try {
            run();
        } catch (SchemataException e) {
            throw new MojoFailureException(redact(e.getMessage()));
        } catch (RuntimeException e) {
            throw new MojoExecutionException(redact(e.toString()), e);
        }
    }

    /** The goal's work, with the engine's exceptions left to {@link #execute()}. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The passwords this goal knows, to be masked in every line it logs or throws. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(shadowPassword);
        return secrets;
    }

    /** The text with every known secret masked, and any password written into a URL. */
    final String redact(String text) {
        String masked = Redaction.url(text);
        for (String secret : secrets()) {
            masked = Redaction.text(masked, secret);
        }
        return masked;
    }

    final Consumer<String> log() {
        return line -> {
            if (line.startsWith(Schemata.WARNING)) {
                getLog().warn(redact(line.substring(Schemata.WARNING.length())));
            } else {
                getLog().info(redact(line));
            }
        };
    }

    final Consumer<String> warn() {
        return line -> getLog().warn(redact(line));
    }

    /**
     * The memo of the declared schema last loaded in this build, kept in Maven's session: the goals of one build
     * that load the same files the same way ({@code schema:plan schema:apply compile}) load them once. A new build
     * loads them again, also under mvnd, which keeps plugins loaded between builds. The key is this class as this
     * plugin's class loader sees it, so another version of the plugin in the same build keeps its own memo.
     */
    final DeclaredSchemaMemo memo() {
        if (repositorySession == null) {
            return DeclaredSchemaMemo.none(); // not run by Maven
        }
        SessionData data = repositorySession.getData();
        data.set(DeclaredSchemaMemo.class, null, DeclaredSchemaMemo.lastLoaded()); // only when there is none yet
        return (DeclaredSchemaMemo) data.get(DeclaredSchemaMemo.class);
    }

    final SchemaSource source() {
        return SchemaFiles.inDirectory(dir.toPath(), skipDataStatements);
    }

    final SchemaFilter filter() {
        return new SchemaFilter(includeSchemas == null ? List.of() : includeSchemas,
                excludeSchemas == null ? List.of() : excludeSchemas, excludeTables == null ? List.of() : excludeTables);
    }

    final ShadowOptions shadow() {
        return new ShadowOptions(shadowUrl, shadowUser, shadowPassword,
                new MavenBinariesResolver(repositorySystem, repositorySession, remoteRepositories), postgresVersion);
    }
}
