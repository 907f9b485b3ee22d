package dev.schemata;

import dev.schemata.apply.ApplyOptions;
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
 * @param applyOptions how to apply: timeouts, retries, the lock wait, the history table (whose table is also left
 *     out of plans)
 * @param memo where a declared schema loaded before may be found, and this one remembered
 */
public record SchemataRequest(
        TargetDatabase target,
        SchemaSource source,
        ShadowOptions shadow,
        SchemaFilter filter,
        PlanOptions planOptions,
        Consumer<String> log,
        ApplyOptions applyOptions,
        DeclaredSchemaMemo memo) {

    public SchemataRequest {
        Objects.requireNonNull(target, "target == null");
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(shadow, "shadow == null");
        Objects.requireNonNull(filter, "filter == null");
        Objects.requireNonNull(planOptions, "planOptions == null");
        Objects.requireNonNull(log, "log == null");
        Objects.requireNonNull(applyOptions, "applyOptions == null");
        Objects.requireNonNull(memo, "memo == null");
    }

    /** A request that loads its schema files every time. */
    public SchemataRequest(TargetDatabase target, SchemaSource source, ShadowOptions shadow, SchemaFilter filter,
            PlanOptions planOptions, Consumer<String> log, ApplyOptions applyOptions) {
        this(target, source, shadow, filter, planOptions, log, applyOptions, DeclaredSchemaMemo.none());
    }

    /** A request with the default apply options, that loads its schema files every time. */
    public SchemataRequest(TargetDatabase target, SchemaSource source, ShadowOptions shadow, SchemaFilter filter,
            PlanOptions planOptions, Consumer<String> log) {
        this(target, source, shadow, filter, planOptions, log, ApplyOptions.defaults());
    }

    /** This request with other plan options. */
    public SchemataRequest withPlanOptions(PlanOptions options) {
        return new SchemataRequest(target, source, shadow, filter, options, log, applyOptions, memo);
    }

    /** This request, reusing a declared schema {@code memo} remembers and remembering its own there. */
    public SchemataRequest withMemo(DeclaredSchemaMemo memo) {
        return new SchemataRequest(target, source, shadow, filter, planOptions, log, applyOptions, memo);
    }
}
