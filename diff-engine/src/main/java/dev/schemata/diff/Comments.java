package dev.schemata.diff;

import dev.schemata.diff.Change.SetComment;
import java.util.List;
import java.util.Objects;

/** Comment changes: one rule for every kind of object. */
final class Comments {
    private Comments() {}

    /** A new (or recreated) object starts without a comment. */
    static void added(CommentTarget target, String comment, List<Change> out) {
        if (comment != null) {
            out.add(new SetComment(target, comment));
        }
    }

    static void compare(CommentTarget target, String from, String to, List<Change> out) {
        if (!Objects.equals(from, to)) {
            out.add(new SetComment(target, to));
        }
    }
}
