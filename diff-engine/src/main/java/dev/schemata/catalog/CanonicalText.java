package dev.schemata.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** Prints a catalog one fact per line, in identity order, so that equal catalogs print equal text. */
final class CanonicalText {
    private final StringBuilder out = new StringBuilder();

    private CanonicalText() {}

    static String of(Catalog catalog) {
        CanonicalText text = new CanonicalText();
        catalog.schemas().forEach(s -> text.line(0, "schema " + s.name() + comment(s.comment())));
        catalog.extensions().forEach(e -> text.line(0, "extension " + e.name() + " schema " + e.schema()
                + " version " + e.version() + comment(e.comment())));
        catalog.enums().forEach(e -> text.line(0, "enum " + e.name() + " " + e.labels() + comment(e.comment())));
        catalog.sequences().forEach(text::sequence);
        catalog.tables().forEach(text::table);
        return text.out.toString();
    }

    static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void sequence(Sequence s) {
        line(0, "sequence " + s.name() + " " + options(s.options())
                + (s.ownedBy() == null ? "" : " owned by " + s.ownedBy()) + comment(s.comment()));
    }

    private void table(Table t) {
        line(0, "table " + t.name() + comment(t.comment()));
        for (Column c : t.columns()) {
            StringBuilder l = new StringBuilder("column ").append(c.name()).append(' ').append(c.type());
            if (c.notNull()) l.append(" not null");
            if (c.collation() != null) l.append(" collate ").append(c.collation());
            if (c.defaultExpression() != null) l.append(" default ").append(c.defaultExpression());
            if (c.identity() != null) {
                l.append(" identity ").append(c.identity().generation()).append(' ')
                        .append(options(c.identity().options()));
            }
            if (c.generatedExpression() != null) l.append(" generated ").append(c.generatedExpression());
            line(1, l + comment(c.comment()));
        }
        for (Constraint c : t.constraints()) {
            line(1, "constraint " + c.name() + " " + c.definition()
                    + (c.validated() ? "" : " not validated") + comment(c.comment()));
        }
        for (Index i : t.indexes()) {
            line(1, "index " + i.name() + " " + i.definition() + comment(i.comment()));
        }
    }

    private static String options(SequenceOptions o) {
        return Objects.toString(o.dataType()) + " start " + o.start() + " increment " + o.increment()
                + " min " + o.minValue() + " max " + o.maxValue() + " cache " + o.cache() + (o.cycle() ? " cycle" : "");
    }

    private static String comment(String comment) {
        return comment == null ? "" : " -- " + comment.replace("\n", "\\n");
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
