/**
 * Material linking, per record and free of Spark: reading formulas as written (doped and
 * variable compositions with their parent), finding formula mentions and phase hints in text,
 * and choosing the polymorph a record is about. The Spark joins live in {@code link.spark}.
 */
package dev.anneal.normalize.link;
