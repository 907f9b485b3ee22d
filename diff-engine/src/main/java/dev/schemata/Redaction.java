package dev.schemata;

import java.util.regex.Pattern;

/** Removes secrets from text that may reach a log, a report or an exception message. */
public final class Redaction {
    // password=, sslpassword=, PASSWORD= ... up to the next parameter
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;\\s]*");
    // user:password@ before the host; the last @ before the path ends it, since a password may hold an @
    private static final Pattern URL_USERINFO = Pattern.compile("(//[^/:@\\s]+:)[^/\\s]*@");

    private Redaction() {}

    /** A JDBC URL with any password parameter or user-info password replaced by {@code ****}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = URL_PASSWORD.matcher(url).replaceAll("$1****");
        return URL_USERINFO.matcher(masked).replaceAll("$1****@");
    }

    /** Text with every occurrence of the given secret replaced by {@code ****}. */
    public static String text(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "****");
    }
}
