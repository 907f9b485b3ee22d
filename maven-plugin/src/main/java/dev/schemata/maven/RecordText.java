package dev.schemata.maven;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * A record's text, exactly as its own {@code toString} gives it, but made by reflection. The first call of a
 * record's generated {@code toString} costs a fresh JVM 30 to 40 ms to bootstrap (measured inside Maven), and the
 * no-change {@code schema:generate} pays that in every build. Like {@code toString}, it names every component, so
 * an option added to a record can never be left out of the inputs' hash.
 */
final class RecordText {
    private RecordText() {}

    static String of(Record record) {
        StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                    .append(valueText(value(record, components[i])));
        }
        return text.append(']').toString();
    }

    private static String valueText(Object value) {
        return value instanceof Record nested ? of(nested) : String.valueOf(value);
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("The record " + record.getClass().getName() + " is not public", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The accessor " + component.getName() + " of "
                    + record.getClass().getName() + " failed", e.getCause());
        }
    }
}
