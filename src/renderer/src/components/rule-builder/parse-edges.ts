/**
 * The band edges the user typed ("18, 26, 36" — commas, semicolons, full-width ones or spaces
 * between them), or null unless they are at least one finite number, each above the one before.
 */
export function parseEdges(text: string | undefined): number[] | null {
  const edges = (text ?? '')
    .split(/[\s,;，；]+/)
    .filter(Boolean)
    .map(Number);
  return edges.length > 0 && edges.every((e, i) => Number.isFinite(e) && (i === 0 || e > edges[i - 1])) ? edges : null;
}
