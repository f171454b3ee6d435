import type { WorkspaceService } from '../../src/main/workspace/workspace-service';

/** A run's members by customer id: each one's values and scores as the workspace keeps them, as one line. */
export function memberLines(service: WorkspaceService, runId: number): Map<string, string> {
  const table = service.runMembers(runId);
  const names = table.schema.fields.map((f) => f.name).filter((n) => n !== 'customerId');
  const ids = table.getChild('customerId')!;
  const out = new Map<string, string>();
  for (let i = 0; i < table.numRows; i++)
    out.set(String(ids.get(i)), names.map((n) => `${n}=${table.getChild(n)!.get(i)}`).join(' '));
  return out;
}
