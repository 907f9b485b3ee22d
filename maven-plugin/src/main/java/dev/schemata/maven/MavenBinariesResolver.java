package dev.schemata.maven;

import dev.schemata.SchemataException;
import dev.schemata.shadow.BinariesResolver;
import dev.schemata.shadow.PostgresBinaries;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Resolves zonky's PostgreSQL binaries jar for this machine with Maven's own resolver, so any supported
 * major is downloaded on first use into the local repository, through the project's repositories and
 * mirrors.
 */
final class MavenBinariesResolver implements BinariesResolver {
    private static final String GROUP_ID = "io.zonky.test.postgres";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenBinariesResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    @Override
    public PostgresBinaries resolve(int major) {
        String version = BinariesResolver.versionFor(major);
        String coordinates = GROUP_ID + ":" + PostgresBinaries.artifactId() + ":jar:" + version;
        ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), repositories, null);
        try {
            ArtifactResult result = system.resolveArtifact(session, request);
            return new PostgresBinaries(version, result.getArtifact().getFile().toPath());
        } catch (ArtifactResolutionException e) {
            throw new SchemataException("Cannot get the PostgreSQL " + major + " binaries " + coordinates + ": "
                    + e.getMessage() + "\nThey come from Maven Central: check the network, your mirrors in"
                    + " settings.xml, or run once without -o (offline) to download them.", e);
        }
    }
}
