/**
 * Normalization: canonical compositions and units, text clean-up, synthesis extraction, label
 * denoising and material linking. Per-record logic is plain Java; Dataset functions sit beside it.
 */
package dev.anneal.normalize;
