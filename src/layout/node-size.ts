// One definition of a node's drawn size, shared by the layout (overlap removal must know how big
// a node will be drawn) and the explorer (which draws it). Importance = how many claims touch it.
import type { AbstractGraph } from "graphology-types";

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 18;

/** Size in screen pixels at zoom 1: grows with the square root of the degree, then caps. */
export function sizeForDegree(degree: number): number {
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 2.6 * Math.sqrt(Math.max(0, degree)));
}

export function nodeSize(graph: AbstractGraph, node: string): number {
  return sizeForDegree(graph.degree(node));
}
