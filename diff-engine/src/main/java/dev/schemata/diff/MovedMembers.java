package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.QualifiedName;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rewrites a catalog as it reads after an extension's members moved from one schema to another: every
 * {@code old.member} in its texts (column types, defaults, keys, indexes, views, routine signatures, ...) becomes
 * {@code new.member}, {@code OPERATOR(old.op)} becomes {@code OPERATOR(new.op)}, and a qualified name that refers
 * to a member (a trigger's function) follows it. It walks all the catalog's records rather than kind by kind, so
 * that no kind is forgotten, now or when one is added. Left alone: comments and enum labels (free text, not SQL),
 * the objects' own names (no catalog object is a member), and the extensions themselves.
 */
final class MovedMembers {
    private static final Set<String> FREE_TEXT = Set.of("comment", "labels");

    private final String from;
    private final String to;
    private final Set<String> members;

    MovedMembers(String from, String to, List<String> members) {
        this.from = from;
        this.to = to;
        this.members = Set.copyOf(members);
    }

    Catalog catalog(Catalog c) {
        return (Catalog) record(c);
    }

    /** The objects whose definitions name a member: "kind name" of each, at most five. */
    List<String> users(Catalog c) {
        List<String> users = new ArrayList<>();
        for (RecordComponent component : Catalog.class.getRecordComponents()) {
            if (component.getName().equals("extensions")) {
                continue;
            }
            for (Object object : (List<?>) read(component, c)) {
                if (!object.equals(value("", object)) && users.size() < 5) {
                    users.add(component.getName() + " " + describe(object));
                }
            }
        }
        return users;
    }

    private Object value(String component, Object value) {
        if (value == null || value instanceof Extension) {
            return value;
        }
        if (value instanceof String s) {
            return FREE_TEXT.contains(component) || component.equals("name") ? s : text(s);
        }
        if (value instanceof QualifiedName q) {
            return qualified(component, q);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> value(component, v)).toList();
        }
        if (value instanceof Record r) {
            return record(r);
        }
        return value; // enums, numbers, booleans, option maps
    }

    private Record record(Record r) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object old = read(components[i], r);
            values[i] = value(components[i].getName(), old);
            types[i] = components[i].getType();
            changed |= !Objects.equals(old, values[i]);
        }
        if (!changed) {
            return r;
        }
        try {
            Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + r.getClass().getSimpleName(), e);
        }
    }

    /**
     * An object's own name stays: no catalog object is an extension member (a user function may share a
     * member's name). A name without a schema holds text (a cast's {@code (source AS target)}).
     */
    private Object qualified(String component, QualifiedName q) {
        if (q.schema().isEmpty()) {
            return QualifiedName.of(q.schema(), text(q.name()));
        }
        boolean member = !component.equals("name") && q.schema().equals(from) && members.contains(q.name());
        return member ? QualifiedName.of(to, q.name()) : q;
    }

    String text(String text) {
        String operators = text;
        if (text.contains("OPERATOR(")) {
            String prefix = "OPERATOR(" + Identifiers.quote(from) + ".";
            for (String member : members) {
                operators = operators.replace(prefix + member + ")", "OPERATOR(" + Identifiers.quote(to) + "."
                        + member + ")");
            }
        }
        return NameText.rewrite(operators, false, parts -> {
            int n = parts.size();
            if (n >= 2 && parts.get(n - 2).equals(from) && members.contains(parts.get(n - 1))) {
                List<String> moved = new ArrayList<>(parts);
                moved.set(n - 2, to);
                return moved;
            }
            return parts;
        });
    }

    private static Object read(RecordComponent component, Record r) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String describe(Object object) {
        for (RecordComponent component : object.getClass().getRecordComponents()) {
            if (component.getName().equals("name") || component.getName().equals("table")) {
                return String.valueOf(read(component, (Record) object));
            }
        }
        return String.valueOf(object);
    }
}
