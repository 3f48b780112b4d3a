/**
 * The pipeline's stages: each reads Parquet under {@code OUT/}, calls the owning module's
 * Dataset functions, writes Parquet, and reports its counts. Stages only wire.
 */
package dev.anneal.jobs.stage;
