package dev.schemata.load;

import java.nio.file.Path;
import java.util.Arrays;

/** The text of one schema file, able to turn a character offset into a 1-based line and column. */
record SourceText(Path file, String text, int[] lineStarts) {

    static SourceText of(Path file, String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new SourceText(file, text, Arrays.copyOf(starts, count));
    }

    /** The 1-based line holding the character at {@code offset}. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column, counted in characters (code points) as editors and PostgreSQL count them. */
    int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    SchemaFileException error(int offset, String message, Throwable cause) {
        return new SchemaFileException(file, line(offset), column(offset), message, cause);
    }
}
