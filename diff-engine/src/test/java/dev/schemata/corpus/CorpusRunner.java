package dev.schemata.corpus;

import dev.schemata.SchemaFilter;
import dev.schemata.apply.PlanExecutor;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.load.SchemaFileException;
import dev.schemata.load.SchemaLoader;
import dev.schemata.load.SchemaSource;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import dev.schemata.shadow.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs one corpus case by the corpora's contract: load {@code from.sql}, plan to {@code to.sql} with drops
 * allowed, apply, and require that planning again from the result gives nothing.
 */
final class CorpusRunner {
    /** How a case that PostgreSQL cannot load on an older major than the default is reported. */
    static final String NOT_APPLICABLE = "not applicable: ";

    private final EmbeddedPostgres server;
    private final boolean olderThanDefault;
    private int databases;

    /** {@code olderThanDefault}: whether the server is older than the corpus was written for. */
    CorpusRunner(EmbeddedPostgres server, boolean olderThanDefault) {
        this.server = server;
        this.olderThanDefault = olderThanDefault;
    }

    /** Runs the case; returns null when it converges, else what went wrong. */
    String run(CorpusCase corpusCase) throws Exception {
        CaseSettings settings = settings(corpusCase);
        createRoles(settings.roles());
        List<String> databases = new java.util.ArrayList<>(List.of(newDatabase(), newDatabase()));
        try (Connection current = connect(databases.get(0)); Connection desired = connect(databases.get(1))) {
            try (Statement s = current.createStatement()) {
                s.execute(corpusCase.fromSql());
            } catch (SQLException e) {
                return doesNotLoad("from.sql", e.getMessage());
            }
            try {
                SchemaLoader.load(new SchemaSource(List.of(corpusCase.toSql()), true), desired);
            } catch (SchemaFileException e) {
                return doesNotLoad("to.sql", e.getMessage());
            }
            if (settings.expectedSchemaSql() == null) {
                return converge(current, desired, desired);
            }
            databases.add(newDatabase());
            try (Connection expected = connect(databases.get(2))) {
                // the peer expects a normalized form of to.sql: compare with that, loaded the same way
                Path sql = Files.writeString(Files.createTempFile("expected-", ".sql"), settings.expectedSchemaSql());
                try {
                    SchemaLoader.load(new SchemaSource(List.of(sql), true), expected);
                } finally {
                    Files.delete(sql);
                }
                return converge(current, desired, expected);
            }
        } finally {
            for (String database : databases) {
                dropDatabase(database);
            }
        }
    }

    /**
     * A case whose own SQL an older PostgreSQL refuses (NULLS NOT DISTINCT, say, before 15) tests nothing of
     * ours there; on the default major and newer it is a failure like any other.
     */
    private String doesNotLoad(String file, String message) {
        return (olderThanDefault ? NOT_APPLICABLE : "") + file + " does not load: " + message;
    }

    private String converge(Connection current, Connection desired, Connection expected) {
        SchemaFilter all = SchemaFilter.allUserSchemas();
        Plan plan = Planner.plan(CatalogReader.read(current, all), CatalogReader.read(desired, all), PlanOptions.allowingDrops());
        PlanExecutor.execute(current, plan, line -> {});
        Plan again = Planner.plan(CatalogReader.read(current, all), CatalogReader.read(expected, all), PlanOptions.allowingDrops());
        if (!again.isEmpty()) {
            return "planning again is not empty:\n" + again.toSql() + "\nfirst plan was:\n" + plan.toSql();
        }
        return null;
    }

    private CaseSettings settings(CorpusCase corpusCase) throws Exception {
        // PostgreSQL reads the case's JSON: no JSON library needed.
        try (Connection c = connect("postgres");
                PreparedStatement ps = c.prepareStatement("select coalesce(array(select jsonb_array_elements_text("
                        + "coalesce(j->'roles', '[]'))), '{}'), j->>'expected_db_schema_sql' from (select ?::jsonb j) x")) {
            ps.setString(1, corpusCase.caseJson());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Array roles = rs.getArray(1);
                return new CaseSettings(List.of((String[]) roles.getArray()), rs.getString(2));
            }
        }
    }

    private void createRoles(List<String> roles) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            for (String role : roles) {
                try {
                    // the corpora give each role as it appears in SQL, already quoted where needed
                    s.execute("create role " + role);
                } catch (SQLException e) {
                    if (!"42710".equals(e.getSQLState())) throw e; // exists already: roles are cluster-wide
                }
            }
        }
    }

    private String newDatabase() throws SQLException {
        String name = "corpus_" + (++databases);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return name;
    }

    private void dropDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }

    private Connection connect(String database) throws SQLException {
        Connection c = server.connect(database);
        try (Statement s = c.createStatement()) {
            s.execute("set statement_timeout = '60s'");
        }
        return c;
    }

    private record CaseSettings(List<String> roles, String expectedSchemaSql) {}
}
