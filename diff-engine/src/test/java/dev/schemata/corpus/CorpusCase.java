package dev.schemata.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One folder of a peer corpus: {@code from.sql}, {@code to.sql} and {@code case.json}. */
record CorpusCase(String corpus, String name, Path folder) {
    /** The key used in the known-failures list: {@code corpus/name}. */
    String key() {
        return corpus + "/" + name;
    }

    String fromSql() throws IOException {
        return Files.readString(folder.resolve("from.sql"));
    }

    Path toSql() {
        return folder.resolve("to.sql");
    }

    String caseJson() throws IOException {
        Path json = folder.resolve("case.json");
        return Files.isRegularFile(json) ? Files.readString(json) : "{}";
    }
}
