package dev.schemata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementBatchesTest {
    private static List<List<String>> batches(String text) {
        return StatementBatches.of(StatementSplitter.split(SourceText.of(Path.of("t.sql"), text))).stream()
                .map(batch -> batch.stream().map(SqlStatement::sql).toList())
                .toList();
    }

    @Test
    void consecutiveDdlSharesABatchAndEverythingElseRunsAlone() {
        assertEquals(List.of(
                        List.of("SET search_path = app"),
                        List.of("CREATE TABLE a (id int)", "ALTER TABLE a ADD b int", "COMMENT ON TABLE a IS 'x'",
                                "GRANT SELECT ON a TO PUBLIC", "REVOKE ALL ON a FROM PUBLIC"),
                        List.of("SELECT pg_catalog.set_config('search_path', '', false)"),
                        List.of("DO $$ BEGIN END $$"),
                        List.of("create index on a (b)"),
                        List.of("BEGIN"),
                        List.of("CREATE TABLE c (id int)"),
                        List.of("COMMIT")),
                batches("SET search_path = app;\nCREATE TABLE a (id int);\nALTER TABLE a ADD b int;\n"
                        + "COMMENT ON TABLE a IS 'x';\nGRANT SELECT ON a TO PUBLIC;\nREVOKE ALL ON a FROM PUBLIC;\n"
                        + "SELECT pg_catalog.set_config('search_path', '', false);\nDO $$ BEGIN END $$;\n"
                        + "create index on a (b);\nBEGIN;\nCREATE TABLE c (id int);\nCOMMIT;\n"));
    }

    @Test
    void aBatchHoldsAtMostTwentyStatements() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 45; i++) {
            text.append("CREATE TABLE t").append(i).append(" (id int);\n");
        }
        assertEquals(List.of(20, 20, 5), batches(text.toString()).stream().map(List::size).toList());
    }
}
