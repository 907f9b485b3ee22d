package dev.schemata.load;

/**
 * One statement of a schema file.
 *
 * @param source the file it comes from
 * @param offset where its first token starts in the file
 * @param sql its text, from its first token to its last, without the semicolon; psql meta-command lines
 *     inside it are blanked with spaces so that every character keeps its offset
 */
record SqlStatement(SourceText source, int offset, String sql) {

    int line() {
        return source.line(offset);
    }

    int column() {
        return source.column(offset);
    }

    /** Where {@code file:line} of the statement, for warnings. */
    String where() {
        return source.file() + ":" + line();
    }

    /** The first line of the statement, shortened, to name it in messages. */
    String firstLine() {
        String first = sql.lines().findFirst().orElse("").strip();
        return first.length() <= 100 ? first : first.substring(0, 97) + "...";
    }

    /** An error located at the character {@code index} of {@link #sql()}. */
    SchemaFileException errorAt(int index, String message, Throwable cause) {
        return source.error(offset + Math.max(0, Math.min(index, sql.length())), message, cause);
    }
}
