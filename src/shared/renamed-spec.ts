import type { DatasetChangeRecord } from './dataset-changes';
import type { ModelSpec, RuleGroup } from './segments';

/** The name a column has now, after the renames recorded since (oldest first). */
function follow(name: string, renames: readonly { from: string; to: string }[]): string {
  let now = name;
  for (const r of renames) if (r.from === now) now = r.to;
  return now;
}

function renameGroup(group: RuleGroup, renames: readonly { from: string; to: string }[]): RuleGroup {
  const items = 'all' in group ? group.all : group.any;
  const mapped = items.map((item) =>
    'field' in item ? { ...item, field: follow(item.field, renames) } : renameGroup(item, renames),
  );
  return 'all' in group ? { all: mapped } : { any: mapped };
}

/**
 * A run's spec with the columns it names (rule fields, clustering fields) under the names they
 * were given by the dataset's renames made after `since` (an ISO time; all of them when null):
 * what a run made before a rename needs to run again on today's dataset.
 */
export function renamedSpec<S extends ModelSpec>(
  spec: S,
  changes: readonly DatasetChangeRecord[],
  since: string | null,
): S {
  const renames = changes
    .filter((c) => since === null || c.at > since)
    .flatMap((c) => (c.change.type === 'rename' ? [{ from: c.change.from, to: c.change.to }] : []));
  if (renames.length === 0) return spec;
  if (spec.model === 'rules')
    return { ...spec, rules: spec.rules.map((r) => ({ ...r, when: renameGroup(r.when, renames) })) };
  if (spec.model === 'kmeans' || spec.model === 'kprototypes')
    return {
      ...spec,
      features: spec.features.map((f) => ({ ...f, field: follow(f.field, renames) })),
      categories: spec.categories.map((c) => follow(c, renames)),
    };
  return spec;
}
