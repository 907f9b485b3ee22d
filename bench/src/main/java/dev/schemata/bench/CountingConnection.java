package dev.schemata.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDBC connection that counts the statements executed through it: the catalog queries of one read. */
final class CountingConnection {
    private final AtomicInteger executed = new AtomicInteger();
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

    /** Wraps the connection and the statements it creates; counts every execute call of a statement. */
    private <T> T proxy(Class<T> type, T target) {
        Object wrapper = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            Object result = invoke(method, target, args);
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
