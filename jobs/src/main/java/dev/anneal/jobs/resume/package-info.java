/**
 * Resumable runs: stage manifests (inputs with fingerprints, configuration hash, counts), the
 * atomic commit of a stage's staged outputs, and the decision to skip an unchanged stage.
 */
package dev.anneal.jobs.resume;
