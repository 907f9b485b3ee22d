package dev.schemata.planfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemata.SchemataException;
import dev.schemata.plan.Hazard;
import dev.schemata.plan.HazardType;
import dev.schemata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code plan.json}: a {@link SavedPlan} as JSON with a fixed member order, two-space indents and {@code \n}
 * line ends, so that the same plan always prints the same bytes. Reading checks every member and names the
 * one that is missing or wrong.
 */
final class PlanJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(INDENT).withArrayIndenter(INDENT);

    private PlanJson() {}

    static String write(SavedPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", SavedPlan.FORMAT);
        root.put("engineVersion", plan.engineVersion());
        ObjectNode options = root.putObject("options");
        plan.options().forEach((name, json) -> options.set(name, parse(json)));
        ObjectNode target = root.putObject("target");
        target.put("database", plan.database());
        target.put("postgresMajor", plan.postgresMajor());
        target.put("fingerprint", plan.currentFingerprint());
        ObjectNode desired = root.putObject("desired");
        desired.put("fingerprint", plan.desiredFingerprint());
        desired.put("schemaFilesHash", plan.schemaFilesHash());
        ArrayNode statements = root.putArray("statements");
        plan.statements().forEach(s -> statements.add(statement(s)));
        ObjectNode objects = root.putObject("targetObjects");
        plan.currentObjects().forEach(objects::put);
        try {
            return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always prints", e);
        }
    }

    private static ObjectNode statement(PlannedStatement s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("sql", s.sql());
        node.put("transactional", s.transactional());
        ArrayNode hazards = node.putArray("hazards");
        s.hazards().forEach(h -> hazards.addObject().put("type", h.type().name()).put("message", h.message()));
        if (s.skipped()) node.put("skipped", s.skippedReason());
        return node;
    }

    /** An option value as JSON text, map keys and record components sorted: what {@link SavedPlan#options()} holds. */
    static String toJsonText(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an option value always prints", e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("option values are written by toJsonText", e);
        }
    }

    /** Reads a plan.json; {@code where} names the file in error messages. */
    static SavedPlan read(String text, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid(where, "it is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + withoutSource(e.getOriginalMessage()));
        }
        Reader r = new Reader(where);
        if (root == null || !root.isObject()) throw invalid(where, "it does not hold a JSON object");
        int format = r.integer(root, "format");
        if (format != SavedPlan.FORMAT) {
            throw invalid(where, "it has format " + format + " but this Schemata reads format " + SavedPlan.FORMAT
                    + " only; make the plan again with this version");
        }
        JsonNode target = r.object(root, "target");
        JsonNode desired = r.object(root, "desired");
        SortedMap<String, String> options = new TreeMap<>();
        r.object(root, "options").properties().forEach(e -> options.put(e.getKey(), e.getValue().toString()));
        SortedMap<String, String> objects = new TreeMap<>();
        r.object(root, "targetObjects").properties().forEach(e -> objects.put(e.getKey(), e.getValue().asText()));
        List<PlannedStatement> statements = new ArrayList<>();
        JsonNode list = r.member(root, "statements");
        if (!list.isArray()) throw invalid(where, "\"statements\" is not an array");
        for (int i = 0; i < list.size(); i++) {
            statements.add(r.statement(list.get(i), "statements[" + i + "]"));
        }
        return new SavedPlan(r.text(root, "engineVersion"), r.text(target, "database"), r.integer(target, "postgresMajor"),
                options, r.text(desired, "schemaFilesHash"), r.text(target, "fingerprint"),
                r.text(desired, "fingerprint"), objects, statements);
    }

    /** Jackson's message without its note on where the input came from, which says nothing here. */
    private static String withoutSource(String message) {
        return message.replaceAll("(?s)\\s*\\(start marker at \\[Source:.*", "").replaceAll("(?s)\\s*at \\[Source:.*", "");
    }

    static SchemataException invalid(String where, String what) {
        return new SchemataException("The plan file " + where + " cannot be applied: " + what
                + ".\nMake a new plan with schema:plan and apply the plan.json it writes, unedited.");
    }

    /** Typed access to members, failing with the member's name. */
    private record Reader(String where) {
        JsonNode member(JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) throw invalid(where, "the member \"" + name + "\" is missing");
            return value;
        }

        JsonNode object(JsonNode node, String name) {
            JsonNode value = member(node, name);
            if (!value.isObject()) throw invalid(where, "\"" + name + "\" is not an object");
            return value;
        }

        String text(JsonNode node, String name) {
            JsonNode value = member(node, name);
            if (!value.isTextual()) throw invalid(where, "\"" + name + "\" is not a string");
            return value.asText();
        }

        int integer(JsonNode node, String name) {
            JsonNode value = member(node, name);
            if (!value.isInt()) throw invalid(where, "\"" + name + "\" is not a whole number");
            return value.asInt();
        }

        PlannedStatement statement(JsonNode node, String path) {
            if (node == null || !node.isObject()) throw invalid(where, path + " is not an object");
            Reader in = new Reader(where);
            JsonNode transactional = in.member(node, "transactional");
            if (!transactional.isBoolean()) throw invalid(where, path + ".transactional is not true or false");
            JsonNode hazards = in.member(node, "hazards");
            if (!hazards.isArray()) throw invalid(where, path + ".hazards is not an array");
            List<Hazard> list = new ArrayList<>();
            for (JsonNode h : hazards) {
                if (!h.isObject()) throw invalid(where, path + ".hazards holds something other than an object");
                list.add(new Hazard(hazardType(in.text(h, "type"), path), in.text(h, "message")));
            }
            JsonNode skipped = node.get("skipped");
            boolean runs = skipped == null || skipped.isNull();
            if (!runs && !skipped.isTextual()) throw invalid(where, path + ".skipped is not a string");
            return new PlannedStatement(in.text(node, "sql"), list, runs ? null : skipped.asText(),
                    transactional.asBoolean());
        }

        private HazardType hazardType(String name, String path) {
            try {
                return HazardType.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw invalid(where, path + " has the unknown hazard type " + name + " (known: "
                        + Arrays.toString(HazardType.values()) + ")");
            }
        }
    }
}
