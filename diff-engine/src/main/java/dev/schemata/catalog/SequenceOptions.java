package dev.schemata.catalog;

/** The options every sequence has, whether standalone, serial or behind an identity column. */
public record SequenceOptions(
        String dataType, long start, long increment, long minValue, long maxValue, long cache, boolean cycle) {}
