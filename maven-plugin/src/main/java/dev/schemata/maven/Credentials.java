package dev.schemata.maven;

import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The user and password for the target database. {@link #toString()} never shows the password.
 *
 * @param user the user, or null to let the URL or the driver decide
 * @param password the password, or null
 */
record Credentials(String user, String password) {

    /**
     * Chooses each value by precedence: an explicit parameter wins, then the settings.xml server's, then the
     * environment's ({@code PGUSER}, {@code PGPASSWORD}). Without a password from any of them, the driver looks in
     * the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}) as libpq does.
     *
     * @param server the decrypted settings.xml server, or null
     * @param environment the process environment
     */
    static Credentials choose(String user, String password, Server server, Map<String, String> environment) {
        String chosenUser = firstNonBlank(user, server == null ? null : server.getUsername(), environment.get("PGUSER"));
        String chosenPassword = firstNonBlank(password, server == null ? null : server.getPassword(),
                environment.get("PGPASSWORD"));
        return new Credentials(chosenUser, chosenPassword);
    }

    /** The settings.xml server with this id, its password decrypted, or null when no id is given. */
    static Server server(Settings settings, SettingsDecrypter decrypter, String serverId) throws MojoFailureException {
        if (serverId == null || serverId.isBlank()) {
            return null;
        }
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new MojoFailureException("schema.serverId is '" + serverId + "' but settings.xml has no <server> with"
                    + " that <id>: add <server><id>" + serverId + "</id><username>...</username><password>...</password>"
                    + "</server> to ~/.m2/settings.xml, or set schema.user and schema.password");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("Cannot decrypt the password of settings.xml server '" + serverId + "': "
                        + problem.getMessage() + "; check ~/.m2/settings-security.xml (mvn --encrypt-master-password)");
            }
        }
        return result.getServer();
    }

    static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
    }
}
