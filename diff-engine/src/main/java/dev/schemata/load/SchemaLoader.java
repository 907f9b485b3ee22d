package dev.schemata.load;

import dev.schemata.SchemataException;
import dev.schemata.diff.RenameHint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs schema files into a shadow database, statement by statement, refusing statements that change
 * data and reporting failures with {@code file:line:column}.
 */
public final class SchemaLoader {
    private SchemaLoader() {}

    /**
     * Loads every file of {@code source} into {@code shadow} (a connection to a throwaway database). A role
     * the files name but the server lacks is reported, not created: use {@link #load(SchemaSource, ShadowDatabase)}
     * to have an embedded shadow create it.
     *
     * @return warnings to show the user (for example skipped data statements)
     * @throws SchemaFileException when a statement is refused or fails
     */
    public static List<String> load(SchemaSource source, Connection shadow) {
        return load(source, shadow, false);
    }

    /**
     * Loads every file of {@code source} into the shadow database. On an embedded shadow, roles the files
     * name (the owners and grantees of a pg_dump) are created as they are needed.
     *
     * @return warnings to show the user (for example skipped data statements)
     * @throws SchemaFileException when a statement is refused or fails
     */
    public static List<String> load(SchemaSource source, ShadowDatabase shadow) {
        return load(source, shadow.connection(), shadow.isEmbedded());
    }

    /**
     * Starts reading, splitting and classifying the files of {@code source} on a thread of its own, so that it
     * happens while the shadow database starts; {@link #load(Prepared, ShadowDatabase)} runs them once it is up.
     */
    public static Prepared prepare(SchemaSource source) {
        CompletableFuture<Statements> statements = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                statements.complete(statements(source));
            } catch (RuntimeException | Error e) {
                statements.completeExceptionally(e);
            }
        }, "schemata-schema-files");
        thread.setDaemon(true); // never holds up the JVM's exit, should the shadow fail to start meanwhile
        thread.start();
        return new Prepared(statements);
    }

    /**
     * Loads the prepared files into the shadow database, as {@link #load(SchemaSource, ShadowDatabase)} does.
     *
     * @throws SchemaFileException when a statement is refused or fails, or a file cannot be read
     */
    public static List<String> load(Prepared prepared, ShadowDatabase shadow) {
        Statements statements = prepared.get();
        new StatementRunner(shadow.connection(), shadow.isEmbedded()).runAll(statements.toRun());
        return statements.warnings();
    }

    /**
     * @param embedded whether the shadow runs on an embedded server started for it, where missing roles may be
     *     created and where a missing extension means "use schema.shadowUrl"
     */
    static List<String> load(SchemaSource source, Connection shadow, boolean embedded) {
        Statements statements = statements(source);
        new StatementRunner(shadow, embedded).runAll(statements.toRun());
        return statements.warnings();
    }

    /** The statements to run, in order, and the warnings for those skipped; a refusal when data is not skipped. */
    private static Statements statements(SchemaSource source) {
        List<SqlStatement> toRun = new ArrayList<>();
        List<SqlStatement> data = new ArrayList<>();
        for (Path file : source.files()) {
            for (SqlStatement statement : StatementSplitter.split(SourceText.of(file, read(file)))) {
                switch (StatementClassifier.classify(statement.sql())) {
                    case STRUCTURE -> toRun.add(statement);
                    case DATA -> data.add(statement);
                    case CLIENT_ENCODING -> { } // files are read as UTF-8; see StatementKind
                }
            }
        }
        if (!data.isEmpty() && !source.skipDataStatements()) {
            throw refusal(data);
        }
        return new Statements(List.copyOf(toRun), data.stream()
                .map(s -> s.where() + ": skipped data statement (schema.skipDataStatements=true): " + s.firstLine())
                .toList());
    }

    private record Statements(List<SqlStatement> toRun, List<String> warnings) {}

    /** Schema files being read and split by {@link #prepare}; what went wrong there is thrown where they load. */
    public static final class Prepared {
        private final CompletableFuture<Statements> statements;

        private Prepared(CompletableFuture<Statements> statements) {
            this.statements = statements;
        }

        private Statements get() {
            try {
                return statements.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) throw runtime;
                if (e.getCause() instanceof Error error) throw error;
                throw e;
            }
        }
    }

    /**
     * The rename annotations ({@code -- @renamed from=old}) of the schema files, in load order. Reads the files
     * without running them.
     *
     * @throws SchemaFileException when an annotation stands on a line that declares nothing it can rename, or
     *     does not say the old name readably
     */
    public static List<RenameHint> renameHints(SchemaSource source) {
        List<RenameHint> hints = new ArrayList<>();
        for (Path file : source.files()) {
            String text = read(file);
            if (RenameAnnotations.mayHoldOne(text)) { // most files hold none: splitting them again would be waste
                SourceText parsed = SourceText.of(file, text);
                hints.addAll(RenameAnnotations.of(parsed, StatementSplitter.split(parsed)));
            }
        }
        return List.copyOf(hints);
    }

    private static SchemaFileException refusal(List<SqlStatement> data) {
        SqlStatement first = data.get(0);
        String others = data.size() == 1 ? ""
                : "\n" + (data.size() - 1) + " more data statement(s) follow, the next at " + data.get(1).where() + ".";
        return first.errorAt(0, "a data statement in a schema file: " + first.firstLine()
                + "\nSchema files declare structure. Schemata runs them only in a throwaway shadow database, so rows"
                + " they insert, update or delete would be silently lost: nothing is run until this is resolved."
                + "\nRemove the statement, or, when the file comes with such statements (for example the"
                + " schema_migrations INSERTs at the end of a Rails structure.sql), set schema.skipDataStatements=true"
                + " to skip them with a warning." + others, null);
    }

    /** Files are read as UTF-8, strictly: a file in another encoding is an error, not mojibake in the catalog. */
    private static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema file " + file, e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SchemataException("The schema file " + file + " is not valid UTF-8. Schemata reads schema files"
                    + " as UTF-8: convert it (for example: iconv -f LATIN1 -t UTF-8).", e);
        }
    }
}
