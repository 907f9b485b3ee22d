package it.library;

import it.library.db.Books;
import it.library.db.Genre;

/** Compiles only if schema:generate wrote the entities of library.sql into a compile source root. */
public final class Shelf {
    private Shelf() {}

    public static String describe(Books book) {
        return book.title() + (book.genre() == Genre.NON_FICTION ? " (non-fiction)" : " (fiction)");
    }
}
