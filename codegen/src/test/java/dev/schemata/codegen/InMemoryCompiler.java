package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources, held in memory, against the test class path (the jakarta APIs). */
final class InMemoryCompiler {
    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    private InMemoryCompiler() {}

    /** Compiles into {@code classes} and fails the test with every diagnostic when there is an error. */
    static void compile(GeneratedSources sources, Path classes) throws IOException {
        List<JavaFileObject> units = sources.files().stream().map(InMemoryCompiler::source).toList();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = COMPILER.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-proc:none", "-Xlint:all", "-Xdoclint:all,-missing");
            boolean ok = COMPILER.getTask(null, files, diagnostics, options, null, units).call();
            List<Diagnostic<? extends JavaFileObject>> problems = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .toList();
            if (!ok || !problems.isEmpty()) {
                fail("generated sources do not compile cleanly:\n" + problems.stream()
                        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName())
                                + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                        .collect(Collectors.joining("\n")));
            }
        }
    }

    static URLClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InMemoryCompiler.class.getClassLoader());
    }

    private static JavaFileObject source(GeneratedFile file) {
        return new SimpleJavaFileObject(URI.create("string:///" + file.relativePath()), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return file.content();
            }
        };
    }
}
