package dev.schemata.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs catalog queries on one connection, mapping each row, and counts how many it ran. */
final class QueryRunner {
    /** Maps the current row of a result set to one value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private int serverMajor;
    private int executed;

    QueryRunner(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The server's major version, as the driver learnt it when connecting: asking costs no query. */
    int serverMajor() throws SQLException {
        if (serverMajor == 0) {
            serverMajor = connection.getMetaData().getDatabaseMajorVersion();
        }
        return serverMajor;
    }

    /** How many catalog queries this runner has run: it must not depend on the number of tables. */
    int executed() {
        return executed;
    }

    /** Runs a query without parameters. */
    <T> List<T> list(CatalogQuery query, RowMapper<T> mapper) throws SQLException {
        return list(query, null, mapper);
    }

    /** Runs a query whose one parameter is the array of schema names in scope. */
    <T> List<T> list(CatalogQuery query, List<String> schemas, RowMapper<T> mapper) throws SQLException {
        executed++;
        try (PreparedStatement statement = connection.prepareStatement(query.sql(serverMajor()))) {
            if (schemas != null) {
                Array array = connection.createArrayOf("text", schemas.toArray(String[]::new));
                statement.setArray(1, array);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new SQLException("catalog query " + query.resource() + " failed: " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
