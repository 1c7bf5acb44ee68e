package org.sahelsim.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents and bounds one numeric parameter (a record component). The scenario loader enforces
 * the range, the JSON schema is generated from it and the ODD tables must list it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Param {
    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** Unit, e.g. "fighters", "cells/week", "1" for a dimensionless share. */
    String unit() default "1";

    /** One-line meaning. */
    String doc() default "";

    /**
     * Default value as it would be written in YAML (e.g. "0.5", "true", "small-arms"). Empty means
     * the key is required (records, lists and maps may always be omitted: see the loader).
     */
    String def() default "";

    /** Where the value comes from: the brief, a paper from the modelling guide, or "assumption: why". */
    String source() default "";

    /** When true the key may be omitted and is then null. */
    boolean nullable() default false;
}
