package dev.schemata.codegen;

import java.util.List;

/**
 * What {@link GeneratedSources#writeTo} did, each list holding relative paths in sorted order.
 *
 * @param written files created or rewritten because their content changed
 * @param unchanged files left alone because they already held the generated content
 * @param deleted files of an earlier run that are no longer generated
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> deleted) {
    public WriteReport {
        written = written.stream().sorted().toList();
        unchanged = unchanged.stream().sorted().toList();
        deleted = deleted.stream().sorted().toList();
    }

    public boolean changedAnything() {
        return !written.isEmpty() || !deleted.isEmpty();
    }
}
