package dev.schemata.maven;

import dev.schemata.SchemataException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Finds an artifact among the project's dependencies: the declared ones first (no resolution needed, so the
 * goal stays fast), then the whole dependency graph, as Maven mediates it, for a jOOQ that comes through a
 * starter or a BOM-managed library. The graph is only collected (poms), never downloaded.
 */
final class ProjectDependencies {
    private ProjectDependencies() {}

    /** The first declared dependency that matches, else the mediated one of the project's dependency graph. */
    static Optional<Dependency> find(MavenProject project, Predicate<Dependency> matches, RepositorySystem system,
            RepositorySystemSession session, List<RemoteRepository> repositories) {
        Optional<Dependency> declared = project.getDependencies().stream()
                .filter(d -> d.getVersion() != null).filter(matches).findFirst();
        if (declared.isPresent() || system == null) {
            return declared;
        }
        CollectRequest request = new CollectRequest();
        request.setRepositories(repositories);
        project.getDependencies().forEach(d -> request.addDependency(aether(d)));
        if (project.getDependencyManagement() != null) {
            project.getDependencyManagement().getDependencies().forEach(d -> request.addManagedDependency(aether(d)));
        }
        DependencyNode root;
        try {
            root = system.collectDependencies(session, request).getRoot();
        } catch (DependencyCollectionException e) {
            throw new SchemataException("Cannot read the project's dependency graph to find its jOOQ version: "
                    + e.getMessage() + "\nDeclare org.jooq:jooq directly in <dependencies> to skip this step.", e);
        }
        Deque<DependencyNode> pending = new ArrayDeque<>(root.getChildren());
        while (!pending.isEmpty()) {
            DependencyNode node = pending.removeFirst();
            if (node.getArtifact() != null) {
                Dependency candidate = model(node.getArtifact());
                if (matches.test(candidate)) {
                    return Optional.of(candidate);
                }
            }
            pending.addAll(node.getChildren());
        }
        return Optional.empty();
    }

    private static org.eclipse.aether.graph.Dependency aether(Dependency d) {
        String extension = d.getType() == null || "test-jar".equals(d.getType()) ? "jar" : d.getType();
        return new org.eclipse.aether.graph.Dependency(new DefaultArtifact(d.getGroupId(), d.getArtifactId(),
                d.getClassifier(), extension, d.getVersion()), d.getScope());
    }

    private static Dependency model(Artifact artifact) {
        Dependency d = new Dependency();
        d.setGroupId(artifact.getGroupId());
        d.setArtifactId(artifact.getArtifactId());
        d.setVersion(artifact.getVersion());
        return d;
    }
}
