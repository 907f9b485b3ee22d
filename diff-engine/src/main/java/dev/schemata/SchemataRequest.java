package dev.schemata;

import dev.schemata.load.SchemaSource;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.ShadowOptions;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything one plan or apply needs.
 *
 * @param target the database to change
 * @param source the declared schema files
 * @param shadow where the declared schema is loaded
 * @param filter the schemas managed
 * @param planOptions how to plan
 * @param log receives progress and warnings, one line each; never a secret
 */
public record SchemataRequest(
        TargetDatabase target,
        SchemaSource source,
        ShadowOptions shadow,
        SchemaFilter filter,
        PlanOptions planOptions,
        Consumer<String> log) {

    public SchemataRequest {
        Objects.requireNonNull(target, "target == null");
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(shadow, "shadow == null");
        Objects.requireNonNull(filter, "filter == null");
        Objects.requireNonNull(planOptions, "planOptions == null");
        Objects.requireNonNull(log, "log == null");
    }
}
