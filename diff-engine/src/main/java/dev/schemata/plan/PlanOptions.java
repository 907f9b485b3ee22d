package dev.schemata.plan;

/**
 * How to plan. Build with {@link #builder()}; each option has a default, so callers name only what they change.
 *
 * @param allowDrop whether statements that drop objects run; when false they are kept in the plan as skipped
 */
public record PlanOptions(boolean allowDrop) {
    public static PlanOptions defaults() {
        return builder().build();
    }

    /** The defaults with drops allowed: what a test or a verification pass plans with. */
    public static PlanOptions allowingDrops() {
        return builder().allowDrop(true).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().allowDrop(allowDrop);
    }

    /** Collects options; every one starts at its default. */
    public static final class Builder {
        private boolean allowDrop;

        private Builder() {}

        public Builder allowDrop(boolean allowDrop) {
            this.allowDrop = allowDrop;
            return this;
        }

        public PlanOptions build() {
            return new PlanOptions(allowDrop);
        }
    }
}
