/**
 * Spark side of label denoising: groups {@code raw/measurements} by material, property and
 * condition bucket, learns source reliability (CRH truth discovery) with joins and aggregations,
 * and cross-checks experimental formation enthalpies against DFT formation energies.
 */
package dev.anneal.normalize.label.spark;
