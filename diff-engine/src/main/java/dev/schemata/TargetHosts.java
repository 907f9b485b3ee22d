package dev.schemata;

import java.util.Locale;

/**
 * Where a JDBC URL's hosts are, as far as the URL tells without a name lookup. pgjdbc's forms:
 * {@code jdbc:postgresql:db} and {@code jdbc:postgresql:///db} (localhost), {@code jdbc:postgresql://h1:5432,h2/db},
 * {@code jdbc:postgresql://[::1]:5432/db}.
 */
final class TargetHosts {
    private static final String PREFIX = "jdbc:postgresql:";

    private TargetHosts() {}

    /**
     * Whether every host of the URL is this machine's loopback: {@code localhost}, an address in 127.0.0.0/8 or
     * {@code ::1}. A name that only resolves to one (say, the machine's own name) does not count.
     */
    static boolean loopbackOnly(String url) {
        if (!url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        String location = url.substring(PREFIX.length());
        if (!location.startsWith("//")) {
            return true; // no host: pgjdbc connects to localhost
        }
        int end = location.length();
        for (char stop : new char[] {'/', '?'}) {
            int at = location.indexOf(stop, 2);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        for (String host : location.substring(2, end).split(",", -1)) {
            if (!isLoopback(withoutPort(host.strip()))) {
                return false;
            }
        }
        return true;
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(1, close);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.isEmpty() || name.equals("localhost") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
