/**
 * Materials: the canonical identity (reduced formula, refined by space group) that structures,
 * documents and measurements are grouped and linked under.
 */
package dev.anneal.normalize.material;
