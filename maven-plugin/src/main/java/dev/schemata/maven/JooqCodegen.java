package dev.schemata.maven;

import dev.schemata.SchemataException;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Runs jOOQ's own code generator, of the version the project depends on, in a class loader of its own
 * (jOOQ's code generator and its dependencies, resolved by Maven, plus the PostgreSQL driver), so that the
 * plugin needs no jOOQ at all unless asked to.
 */
final class JooqCodegen {
    private final String coordinates;
    private final List<URL> classPath;

    private JooqCodegen(String coordinates, List<URL> classPath) {
        this.coordinates = coordinates;
        this.classPath = List.copyOf(classPath);
    }

    /** The code generator's Maven coordinates, for the log. */
    String coordinates() {
        return coordinates;
    }

    /** The jOOQ artifact of the project ({@code org.jooq:jooq}, or a commercial {@code org.jooq.pro*:jooq}). */
    static Optional<Dependency> jooqDependency(List<Dependency> dependencies) {
        return dependencies.stream().filter(d -> d.getVersion() != null).filter(JooqCodegen::isJooq).findFirst();
    }

    static boolean isJooq(Dependency d) {
        return d.getGroupId().startsWith("org.jooq") && "jooq".equals(d.getArtifactId());
    }

    /**
     * The project's PostgreSQL driver, which jOOQ's code generator then uses too: jOOQ versions read driver
     * metadata differently (3.19.15 fails on pgjdbc 42.7.5 and later), and the project's pair is the tested one.
     */
    static Optional<Dependency> driverDependency(List<Dependency> dependencies) {
        return dependencies.stream()
                .filter(d -> "org.postgresql".equals(d.getGroupId()) && "postgresql".equals(d.getArtifactId()))
                .filter(d -> d.getVersion() != null)
                .findFirst();
    }

    /** The coordinates of the code generator matching the project's jOOQ. */
    static String codegenCoordinates(Dependency jooq) {
        return jooq.getGroupId() + ":jooq-codegen:jar:" + jooq.getVersion();
    }

    /**
     * Resolves the code generator and everything it needs, through the project's repositories, with the
     * project's PostgreSQL driver if it has one and the plugin's otherwise.
     */
    static JooqCodegen resolve(Dependency jooq, Optional<Dependency> driver, RepositorySystem system,
            RepositorySystemSession session, List<RemoteRepository> repositories) {
        String coordinates = codegenCoordinates(jooq);
        CollectRequest collect = new CollectRequest();
        collect.setRepositories(repositories);
        collect.addDependency(new org.eclipse.aether.graph.Dependency(new DefaultArtifact(coordinates), "runtime"));
        driver.ifPresent(d -> collect.addDependency(new org.eclipse.aether.graph.Dependency(
                new DefaultArtifact("org.postgresql:postgresql:jar:" + d.getVersion()), "runtime")));
        List<URL> classPath = new ArrayList<>();
        try {
            for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, null))
                    .getArtifactResults()) {
                classPath.add(url(result.getArtifact().getFile()));
            }
        } catch (DependencyResolutionException e) {
            throw new SchemataException("Cannot get jOOQ's code generator " + coordinates + " (the version of the"
                    + " project's " + jooq.getGroupId() + ":jooq): " + e.getMessage() + "\nIt comes from the project's"
                    + " repositories: check the network and your mirrors, or run once without -o (offline).", e);
        }
        if (driver.isEmpty()) {
            classPath.add(postgresDriver());
        }
        return new JooqCodegen(coordinates, classPath);
    }

    /**
     * Runs {@code GenerationTool.generate(xml)}, with jOOQ's log in {@code log}; {@code document} holds the
     * shadow's password, if any. An error jOOQ only logs fails the generation too: its output is then incomplete.
     */
    void generate(String document, Log log) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPath.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader()); JooqLogBridge jooqLog = JooqLogBridge.install(log)) {
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> tool = loader.loadClass("org.jooq.codegen.GenerationTool");
            tool.getMethod("generate", String.class).invoke(null, document);
            if (!jooqLog.errors().isEmpty()) {
                throw new SchemataException("jOOQ's code generator reported " + jooqLog.errors().size()
                        + " error(s), so its output is incomplete:\n  " + String.join("\n  ", jooqLog.errors())
                        + "\nCheck the <jooq> configuration of schema:generate (its <generator> is jOOQ's own).", null);
            }
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new SchemataException("jOOQ's code generator failed: " + cause
                    + (cause.getCause() == null ? "" : "\nCaused by: " + cause.getCause())
                    + "\nCheck the <jooq> configuration of schema:generate (its <generator> is jOOQ's own).", null);
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("Cannot run jOOQ's code generator from " + classPath, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The jar of the PostgreSQL driver the plugin itself uses, for jOOQ to connect to the shadow. */
    private static URL postgresDriver() {
        try {
            return Class.forName("org.postgresql.Driver").getProtectionDomain().getCodeSource().getLocation();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The plugin's PostgreSQL driver is missing", e);
        }
    }

    private static URL url(File file) {
        try {
            return file.toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Not a jar path: " + file, e);
        }
    }
}
