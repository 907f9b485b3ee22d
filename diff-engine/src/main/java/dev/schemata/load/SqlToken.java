package dev.schemata.load;

/** One lexical token of PostgreSQL text: its kind and where it is ({@code start} inclusive, {@code end} exclusive). */
record SqlToken(Kind kind, int start, int end, String text) {
    enum Kind {
        /** A key word or unquoted identifier. */
        WORD,
        NUMBER,
        /** Any string constant: '...', E'...' or $tag$...$tag$. */
        STRING,
        QUOTED_IDENTIFIER,
        /** A psql meta-command such as {@code \connect db}, up to the end of its line. */
        META_COMMAND,
        /** Any other character: punctuation and operators, one character each. */
        SYMBOL,
        /** A comment, {@code -- ...} or {@code /* ... *}{@code /}: only listed by {@link SqlLexer#comments()}. */
        COMMENT
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    /** The lower-case text of a word, or null for other tokens. */
    String word() {
        return kind == Kind.WORD ? text.toLowerCase(java.util.Locale.ROOT) : null;
    }
}
