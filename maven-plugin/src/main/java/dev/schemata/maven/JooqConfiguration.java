package dev.schemata.maven;

import dev.schemata.SchemataException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * The XML document handed to jOOQ's {@code GenerationTool}: the user's {@code <jooq>} block (what goes into
 * jOOQ's own {@code <configuration>}: {@code <generator>}, {@code <logging>}, ...) completed with defaults,
 * and a {@code <jdbc>} that points at the shadow database.
 */
final class JooqConfiguration {
    /** jOOQ normalises any {@code jooq-codegen-x.y.z.xsd} namespace to its own, so one form serves every 3.x. */
    static final String NAMESPACE = "http://www.jooq.org/xsd/jooq-codegen-3.19.0.xsd";
    static final String DEFAULT_DATABASE = "org.jooq.meta.postgres.PostgresDatabase";

    /** An element of the configuration: name, attributes, text (for a leaf) and children, in document order. */
    record Element(String name, Map<String, String> attributes, String text, List<Element> children) {
        Element {
            attributes = Map.copyOf(attributes);
            children = List.copyOf(children);
        }

        static Element leaf(String name, String text) {
            return new Element(name, Map.of(), text, List.of());
        }

        Element child(String name) {
            return children.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }

        Element withDefault(Element child) {
            if (child(child.name()) != null) {
                return this;
            }
            List<Element> more = new ArrayList<>(children);
            more.add(child);
            return new Element(name, attributes, text, more);
        }

        Element replacing(Element child) {
            List<Element> replaced = new ArrayList<>(children.stream().map(c -> c.name().equals(child.name()) ? child : c).toList());
            return new Element(name, attributes, text, replaced);
        }
    }

    private JooqConfiguration() {}

    /** The user's block as an element tree; null stays null. */
    static Element fromPlexus(PlexusConfiguration configuration) {
        if (configuration == null) {
            return null;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String attribute : configuration.getAttributeNames()) {
            attributes.put(attribute, configuration.getAttribute(attribute));
        }
        List<Element> children = new ArrayList<>();
        for (PlexusConfiguration child : configuration.getChildren()) {
            children.add(fromPlexus(child));
        }
        return new Element(configuration.getName(), attributes, children.isEmpty() ? configuration.getValue() : null,
                children);
    }

    /**
     * The user's settings with defaults filled in, without {@code <jdbc>}: what decides the generated code,
     * and so what the up-to-date check hashes.
     */
    static String settings(Element user, String packageName, Path outputDirectory) {
        StringBuilder xml = new StringBuilder();
        for (Element child : completed(user, packageName, outputDirectory).children()) {
            write(child, 1, xml);
        }
        return xml.toString();
    }

    /**
     * Where jOOQ writes its classes (the target directory and package), so that a build whose inputs are
     * unchanged still regenerates when they were deleted.
     */
    static Path packageDirectory(Element user, String packageName, Path outputDirectory) {
        Element target = completed(user, packageName, outputDirectory).child("generator").child("target");
        Path directory = Path.of(target.child("directory").text().strip());
        return directory.resolve(target.child("packageName").text().strip().replace('.', '/'));
    }

    /** The whole document for {@code GenerationTool.generate(String)}; it holds the password, so never log it. */
    static String document(Element user, String packageName, Path outputDirectory, String url, String login,
            String password) {
        List<Element> jdbc = new ArrayList<>();
        jdbc.add(Element.leaf("driver", "org.postgresql.Driver"));
        jdbc.add(Element.leaf("url", url));
        if (login != null) jdbc.add(Element.leaf("user", login));
        if (password != null) jdbc.add(Element.leaf("password", password));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<configuration xmlns=\"").append(NAMESPACE).append("\">\n");
        write(new Element("jdbc", Map.of(), null, jdbc), 1, xml);
        xml.append(settings(user, packageName, outputDirectory));
        return xml.append("</configuration>\n").toString();
    }

    private static Element completed(Element user, String packageName, Path outputDirectory) {
        Element root = user == null ? new Element("jooq", Map.of(), null, List.of()) : user;
        if (root.child("jdbc") != null) {
            throw new SchemataException("<jooq><jdbc> is not allowed in the schema:generate configuration: jOOQ reads"
                    + " the shadow database Schemata loads the schema files into. Remove the <jdbc> element.", null);
        }
        Element generator = root.child("generator") == null ? new Element("generator", Map.of(), null, List.of())
                : root.child("generator");
        Element database = generator.child("database") == null ? new Element("database", Map.of(), null, List.of())
                : generator.child("database");
        database = database.withDefault(Element.leaf("name", DEFAULT_DATABASE));
        if (database.child("schemata") == null && database.child("catalogs") == null) {
            database = database.withDefault(Element.leaf("inputSchema", "public"));
        }
        Element target = generator.child("target") == null ? new Element("target", Map.of(), null, List.of())
                : generator.child("target");
        target = target.withDefault(Element.leaf("packageName", packageName + ".jooq"))
                .withDefault(Element.leaf("directory", outputDirectory.toAbsolutePath().toString()));
        generator = generator.withDefault(database).replacing(database).withDefault(target).replacing(target);
        return root.withDefault(generator).replacing(generator);
    }

    private static void write(Element element, int depth, StringBuilder xml) {
        String indent = "  ".repeat(depth);
        xml.append(indent).append('<').append(element.name());
        element.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(a ->
                xml.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue())).append('"'));
        if (element.children().isEmpty()) {
            String text = element.text() == null ? "" : element.text().strip();
            xml.append('>').append(escape(text)).append("</").append(element.name()).append(">\n");
            return;
        }
        xml.append(">\n");
        for (Element child : element.children()) {
            write(child, depth + 1, xml);
        }
        xml.append(indent).append("</").append(element.name()).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
