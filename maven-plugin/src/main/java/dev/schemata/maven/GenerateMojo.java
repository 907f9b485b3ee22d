package dev.schemata.maven;

import dev.schemata.Redaction;
import dev.schemata.Schemata;
import dev.schemata.catalog.Catalog;
import dev.schemata.codegen.CodegenOptions;
import dev.schemata.codegen.EntityGenerator;
import dev.schemata.codegen.GeneratedSources;
import dev.schemata.codegen.WriteReport;
import dev.schemata.load.SchemaSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Generates Java entity classes from the schema files: loads them into an embedded shadow PostgreSQL
 * (no database to set up) and writes one class per table and enum. The output directory is added to
 * the compile source roots even when the goal is skipped or fails, so IDEs and the compiler see it.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, requiresProject = true, threadSafe = true)
public class GenerateMojo extends AbstractSchemaMojo {
    /** The Java package of the generated classes; tables of other schemas go to subpackages. */
    @Parameter(property = "schema.packageName", defaultValue = CodegenOptions.DEFAULT_PACKAGE, required = true)
    String packageName;

    /** {@code RECORD} (immutable records) or {@code BEAN} (fields, getters and setters, as JPA providers need). */
    @Parameter(property = "schema.style", defaultValue = "RECORD", required = true)
    CodegenOptions.Style style;

    /** Adds {@code jakarta.persistence} annotations; the project then needs {@code jakarta.persistence-api}. */
    @Parameter(property = "schema.jpa", defaultValue = "true")
    boolean jpa;

    /** Adds {@code jakarta.validation} constraints; the project then needs {@code jakarta.validation-api}. */
    @Parameter(property = "schema.validation", defaultValue = "true")
    boolean validation;

    /**
     * Adds Hibernate's {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} to enum columns whose labels equal their
     * Java constant names, so they bind as PostgreSQL enums (the project then needs Hibernate 6).
     */
    @Parameter(property = "schema.hibernate", defaultValue = "false")
    boolean hibernate;

    /** How composite primary keys are mapped: {@code ID_CLASS} ({@code @IdClass}) or {@code EMBEDDED_ID}. */
    @Parameter(property = "schema.keyStyle", defaultValue = "ID_CLASS")
    CodegenOptions.KeyStyle keyStyle;

    /** Maps foreign keys to {@code @ManyToOne(fetch = LAZY)} associations ({@code BEAN} style only). */
    @Parameter(property = "schema.relations", defaultValue = "false")
    boolean relations;

    /** With {@code relations}: also the inverse {@code @OneToMany(mappedBy)} lists on the referenced entity. */
    @Parameter(property = "schema.inverseRelations", defaultValue = "false")
    boolean inverseRelations;

    /** A regular expression on column names that get {@code @Version}; empty for none. */
    @Parameter(property = "schema.versionColumns", defaultValue = CodegenOptions.DEFAULT_VERSION_COLUMNS)
    String versionColumns;

    /**
     * Java types chosen by hand: keys are {@code schema.table.column} or a PostgreSQL type name
     * ({@code inet}), values fully qualified Java classes.
     */
    @Parameter
    java.util.Map<String, String> typeOverrides;

    /** Where the generated sources go; files of earlier runs that are no longer generated are deleted. */
    @Parameter(property = "schema.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/schema", required = true)
    File outputDirectory;

    /**
     * Regenerates even when the inputs (schema files, configuration, plugin version) are those of the last
     * run, which otherwise is skipped with "Generated sources are up to date".
     */
    @Parameter(property = "schema.force", defaultValue = "false")
    boolean force;

    /** Where the hash of the last generation's inputs is kept, to skip a build that changed none of them. */
    @Parameter(defaultValue = "${project.build.directory}/schema/generate.sha256", required = true)
    File inputHashFile;

    /**
     * What to generate: {@code entities} (the classes above), {@code jooq} (jOOQ's own code generator, of the
     * version the project depends on, run against the shadow database) or {@code both}.
     */
    @Parameter(property = "schema.generator", defaultValue = "entities")
    String generator;

    /**
     * For {@code generator} {@code jooq} or {@code both}: what goes into jOOQ's {@code <configuration>} apart
     * from {@code <jdbc>}, shaped as for jOOQ's Maven plugin ({@code <generator><database>...}). Defaults:
     * {@code PostgresDatabase}, input schema {@code public}, package {@code packageName.jooq}, directory
     * {@code outputDirectory}.
     */
    @Parameter
    PlexusConfiguration jooq;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            super.execute();
        } finally {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        CodegenOptions options = options();
        Generator choice = Generator.parse(generator);
        JooqConfiguration.Element jooqSettings = JooqConfiguration.fromPlexus(jooq);
        Dependency jooqDependency = choice.jooq() ? jooqDependency() : null;
        SchemaSource source = source();
        Map<String, String> configuration = configuration(options, choice, jooqDependency, jooqSettings);
        Optional<String> attributes = GenerateInputs.attributesHash(dir.toPath(), source.files(), configuration);
        GeneratedState state = new GeneratedState(inputHashFile.toPath(), outputDirectory.toPath());
        FileDigests digests;
        String inputHash;
        try {
            boolean outputPresent = (jooqDependency == null || Files.isDirectory(
                    JooqConfiguration.packageDirectory(jooqSettings, packageName, outputDirectory.toPath())))
                    && (!choice.entities() || state.outputsPresent());
            if (!force && outputPresent && attributes.isPresent() && state.attributesMatch(attributes.get())) {
                logUpToDate(); // no file's name, size or time changed: none is read
                return;
            }
            digests = FileDigests.rememberedIn(fileDigestsFile());
            inputHash = GenerateInputs.hash(dir.toPath(), source.files(), configuration, digests);
            if (!force && outputPresent && state.hashMatches(inputHash)) {
                rememberAttributes(state, inputHash, attributes); // touched, not changed: next time no file is read
                rememberDigests(digests);
                logUpToDate();
                return;
            }
            state.forget();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot check whether " + outputDirectory + " is up to date (from "
                    + inputHashFile + " and the manifest " + GeneratedState.MANIFEST + "): " + e.getMessage(), e);
        }
        JooqCodegen codegen = jooqDependency == null ? null
                : JooqCodegen.resolve(jooqDependency, JooqCodegen.driverDependency(project.getDependencies()),
                        repositorySystem, repositorySession, remoteRepositories);
        generate(options, source, choice, codegen, jooqSettings);
        try {
            state.remember(inputHash, attributes);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + inputHashFile, e);
        }
        rememberDigests(digests);
    }

    private void logUpToDate() {
        getLog().info("Generated sources are up to date (" + outputDirectory
                + "): no schema file, setting or plugin version changed; -Dschema.force=true regenerates");
    }

    private void rememberAttributes(GeneratedState state, String inputHash, Optional<String> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        try {
            state.remember(inputHash, attributes);
        } catch (IOException e) {
            getLog().warn("Cannot write " + inputHashFile + " (" + e.getMessage() + "): the next build reads the"
                    + " schema files' digests again to see whether they changed");
        }
    }

    /** Next to the input hash: each schema file's digest, size and time (see {@link FileDigests}). */
    private Path fileDigestsFile() {
        return inputHashFile.toPath().resolveSibling(inputHashFile.getName() + ".files");
    }

    private void rememberDigests(FileDigests digests) {
        if (!digests.changed()) {
            return;
        }
        try {
            digests.remember(fileDigestsFile());
        } catch (IOException e) {
            getLog().warn("Cannot write " + fileDigestsFile() + " (" + e.getMessage() + "): the next build reads and"
                    + " hashes every schema file again to see whether they changed");
        }
    }

    CodegenOptions options() throws MojoFailureException {
        try {
            return CodegenOptions.builder()
                    .packageName(packageName)
                    .style(style)
                    .jpa(jpa)
                    .validation(validation)
                    .hibernate(hibernate)
                    .keyStyle(keyStyle)
                    .relations(relations)
                    .inverseRelations(inverseRelations)
                    .versionColumns(versionColumns == null ? "" : versionColumns)
                    .typeOverrides(typeOverrides == null ? java.util.Map.of() : typeOverrides)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid schema:generate configuration: " + e.getMessage());
        }
    }

    /** The hash of everything generation reads; passwords are left out (a URL's is masked). */
    String inputHash(CodegenOptions options, SchemaSource source, Generator choice, Dependency jooqDependency,
            JooqConfiguration.Element jooqSettings) {
        return GenerateInputs.hash(dir.toPath(), source.files(),
                configuration(options, choice, jooqDependency, jooqSettings), FileDigests.none());
    }

    /** Every setting that changes what generation writes, by name; passwords are left out (a URL's is masked). */
    private Map<String, String> configuration(CodegenOptions options, Generator choice, Dependency jooqDependency,
            JooqConfiguration.Element jooqSettings) {
        Map<String, String> configuration = new TreeMap<>();
        configuration.put("generator", choice.name());
        if (jooqDependency != null) {
            configuration.put("jooqVersion", JooqCodegen.codegenCoordinates(jooqDependency));
            configuration.put("jooqDriver", JooqCodegen.driverDependency(project == null ? List.of()
                    : project.getDependencies()).map(Dependency::getVersion).orElse("plugin"));
            configuration.put("jooq", JooqConfiguration.settings(jooqSettings, packageName, outputDirectory.toPath()));
        }
        configuration.put("codegen", RecordText.of(options)); // the record's text names every option
        configuration.put("schemas", RecordText.of(filter()));
        configuration.put("skipDataStatements", String.valueOf(skipDataStatements));
        configuration.put("postgresVersion", String.valueOf(postgresVersion));
        configuration.put("shadowUrl", shadowUrl == null ? "" : Redaction.url(shadowUrl));
        configuration.put("shadowUser", String.valueOf(shadowUser));
        configuration.put("outputDirectory", outputDirectory.getAbsolutePath());
        configuration.put("plugin", pluginVersion());
        return configuration;
    }

    /**
     * The plugin's version; for a snapshot also its jar's size and time, as a rebuilt snapshot may generate
     * differently under the same version.
     */
    private String pluginVersion() {
        if (plugin == null) {
            return "unknown";
        }
        String version = plugin.getVersion();
        File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        if (version != null && version.endsWith("-SNAPSHOT") && jar != null && jar.isFile()) {
            return version + " " + jar.length() + " " + jar.lastModified();
        }
        return version;
    }

    /** The project's jOOQ, whose version the code generator must match. */
    private Dependency jooqDependency() throws MojoFailureException {
        return ProjectDependencies.find(project, JooqCodegen::isJooq, repositorySystem, repositorySession,
                remoteRepositories).orElseThrow(() -> new MojoFailureException(
                "schema:generate with generator=" + generator + " runs jOOQ's code generator of the version the"
                + " project uses, but the project has no org.jooq:jooq dependency, declared or transitive. Add org.jooq:jooq"
                + " to the project's <dependencies>, or set generator to entities."));
    }

    private void generate(CodegenOptions options, SchemaSource source, Generator choice, JooqCodegen codegen,
            JooqConfiguration.Element jooqSettings) throws MojoExecutionException, MojoFailureException {
        if (codegen == null) {
            // entities read the catalog alone: one this build loaded already from the same files will do
            writeEntities(Schemata.loadDesired(source, shadow(), 0, filter(), log(), memo()), options);
            return;
        }
        getLog().info("Loading " + dir + " into " + (shadowUrl == null || shadowUrl.isBlank()
                ? "an embedded PostgreSQL " + postgresVersion : "a temporary database on " + Redaction.url(shadowUrl)));
        // the lambda cannot throw Maven's checked exceptions: it returns the one entity generation raised
        MojoException failure = Schemata.withDesired(source, shadow(), 0, filter(), log(), memo(), (catalog, shadow) -> {
            if (choice.entities()) {
                try {
                    writeEntities(catalog, options);
                } catch (MojoExecutionException | MojoFailureException e) {
                    return new MojoException(e);
                }
            }
            if (codegen != null) {
                getLog().info("Running jOOQ's code generator " + codegen.coordinates() + " against the shadow database "
                        + Redaction.url(shadow.url()));
                codegen.generate(JooqConfiguration.document(jooqSettings, packageName, outputDirectory.toPath(),
                        shadow.url(), shadow.user(), shadow.password()), getLog());
            }
            return null;
        });
        if (failure != null) {
            failure.rethrow();
        }
    }

    private void writeEntities(Catalog catalog, CodegenOptions options)
            throws MojoExecutionException, MojoFailureException {
        GeneratedSources sources;
        try {
            sources = EntityGenerator.generate(catalog, options);
        } catch (IllegalArgumentException e) {
            // a comment tag or an override the user wrote: the message names the object and the fix
            throw new MojoFailureException(e.getMessage(), e);
        }
        try {
            WriteReport report = sources.writeTo(outputDirectory.toPath());
            getLog().info("Generated sources in " + outputDirectory + ": " + report.written().size() + " written, "
                    + report.unchanged().size() + " unchanged, " + report.deleted().size() + " deleted");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the generated sources to " + outputDirectory, e);
        }
    }

    /** What {@code generator} names. */
    enum Generator {
        ENTITIES, JOOQ, BOTH;

        static Generator parse(String text) throws MojoFailureException {
            String value = text == null || text.isBlank() ? "entities" : text.strip();
            for (Generator g : values()) {
                if (g.name().equalsIgnoreCase(value)) return g;
            }
            throw new MojoFailureException("Invalid schema:generate configuration: generator is '" + value
                    + "'; use entities, jooq or both.");
        }

        boolean entities() {
            return this != JOOQ;
        }

        boolean jooq() {
            return this != ENTITIES;
        }
    }

    /** A checked failure of the work done while the shadow is open, carried out of the lambda. */
    private record MojoException(Exception cause) {
        void rethrow() throws MojoExecutionException, MojoFailureException {
            if (cause instanceof MojoFailureException f) throw f;
            throw (MojoExecutionException) cause;
        }
    }
}
