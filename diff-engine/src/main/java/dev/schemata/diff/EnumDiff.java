package dev.schemata.diff;

import dev.schemata.catalog.EnumType;
import dev.schemata.diff.Change.AddEnumValue;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compares the labels of an enum that exists on both sides. */
final class EnumDiff {
    private EnumDiff() {}

    static void compare(EnumType from, EnumType to, List<Change> out) {
        CommentTarget target = CommentTarget.of(Kind.TYPE, to.name());
        if (from.labels().equals(to.labels()) || isSubsequence(from.labels(), to.labels())) {
            addLabels(from, to, out);
            Comments.compare(target, from.comment(), to.comment(), out);
        } else {
            out.add(new Change.RecreateEnum(from, to));
            Comments.added(target, to.comment(), out);
        }
    }

    /**
     * Adds the new labels left to right, each after its left neighbour (which exists by then: it is either
     * old or added just before); a new first label goes before the first old one, a new last one at the end.
     */
    private static void addLabels(EnumType from, EnumType to, List<Change> out) {
        Set<String> existing = new HashSet<>(from.labels());
        List<String> labels = to.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (existing.contains(label)) {
                continue;
            }
            if (i == labels.size() - 1) {
                out.add(new AddEnumValue(to.name(), label, null, null));
            } else if (i == 0) {
                String firstOld = labels.stream().filter(existing::contains).findFirst().orElse(null);
                out.add(new AddEnumValue(to.name(), label, firstOld, null));
            } else {
                out.add(new AddEnumValue(to.name(), label, null, labels.get(i - 1)));
            }
        }
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int next = 0;
        for (String label : whole) {
            if (next < part.size() && part.get(next).equals(label)) {
                next++;
            }
        }
        return next == part.size();
    }
}
