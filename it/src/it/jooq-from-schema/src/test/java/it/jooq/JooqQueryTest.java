package it.jooq;

import static it.library.db.jooq.Tables.AUTHORS;
import static it.library.db.jooq.Tables.BOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import it.library.db.jooq.enums.Genre;
import it.library.db.jooq.tables.records.BooksRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The jOOQ classes generated from the schema files, against a database that ran the same files. */
class JooqQueryTest {

    @Test
    void theGeneratedClassesInsertAndQueryTheEnumTheDomainAndTheForeignKey() throws Exception {
        PostgresBinaries binaries = PostgresBinaries.fromClassPath().orElseThrow();
        try (EmbeddedPostgres server = EmbeddedPostgres.startTemporary(binaries);
                Connection connection = server.connect("postgres")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(Files.readString(Path.of(System.getProperty("it.schema"))));
            }
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            long author = db.insertInto(AUTHORS, AUTHORS.NAME).values("Ovid").returning(AUTHORS.ID).fetchOne()
                    .getId();
            db.insertInto(BOOKS, BOOKS.AUTHOR_ID, BOOKS.TITLE, BOOKS.ISBN, BOOKS.GENRE)
                    .values(author, "Metamorphoses", "9780140447897", Genre.poetry)
                    .execute();

            List<BooksRecord> poetry = db.selectFrom(BOOKS).where(BOOKS.GENRE.eq(Genre.poetry)).fetch();
            assertEquals(1, poetry.size());
            assertEquals("9780140447897", poetry.get(0).getIsbn());
            assertEquals("Ovid", db.select(AUTHORS.NAME).from(BOOKS).join(AUTHORS).on(BOOKS.AUTHOR_ID.eq(AUTHORS.ID))
                    .where(BOOKS.TITLE.eq("Metamorphoses")).fetchOne(AUTHORS.NAME));
        }
    }
}
