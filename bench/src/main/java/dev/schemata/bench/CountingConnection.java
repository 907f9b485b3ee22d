package dev.schemata.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDBC connection that counts the statements executed through it: the catalog queries of one read. */
final class CountingConnection {
    private final AtomicInteger executed = new AtomicInteger();
    private final Map<Object, String> sql = new IdentityHashMap<>();
    private final Map<String, Double> millis = new HashMap<>();
    private final Connection connection;

    CountingConnection(Connection target) {
        this.connection = proxy(Connection.class, target);
    }

    Connection connection() {
        return connection;
    }

    int executed() {
        return executed.get();
    }

    /** The slowest statements executed, with their time in milliseconds: where a read spends its time. */
    String slowest(int count) {
        StringBuilder out = new StringBuilder();
        millis.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(count)
                .forEach(e -> out.append(String.format("  %7.1f ms  %s%n", e.getValue(),
                        e.getKey().strip().lines().filter(l -> !l.isBlank() && !l.strip().startsWith("--"))
                                .findFirst().orElse("").strip() + " [" + e.getKey().length() + " chars]")));
        return out.toString();
    }

    /** Wraps the connection and the statements it creates; counts every execute call of a statement. */
    private <T> T proxy(Class<T> type, T target) {
        Object wrapper = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            boolean execute = target instanceof Statement && method.getName().startsWith("execute");
            long started = System.nanoTime();
            Object result = invoke(method, target, args);
            if (execute) {
                executed.incrementAndGet();
                millis.merge(sql.getOrDefault(target, args != null && args.length > 0 ? String.valueOf(args[0]) : "?"),
                        (System.nanoTime() - started) / 1e6, Double::sum);
            }
            if (result instanceof Statement && args != null && args.length > 0 && args[0] instanceof String text) {
                sql.put(result, text);
            }
            if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return wrapStatement(method.getReturnType(), result);
            }
            return result;
        });
        return type.cast(wrapper);
    }

    @SuppressWarnings("unchecked")
    private <T> T wrapStatement(Class<T> type, Object statement) {
        return proxy(type, (T) statement);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
