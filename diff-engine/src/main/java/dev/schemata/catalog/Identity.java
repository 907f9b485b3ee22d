package dev.schemata.catalog;

/**
 * An identity column: how it generates values and the options of its implicit sequence.
 */
public record Identity(Generation generation, SequenceOptions options) {
    public enum Generation {
        ALWAYS,
        BY_DEFAULT;

        public String sql() {
            return this == ALWAYS ? "ALWAYS" : "BY DEFAULT";
        }
    }
}
