import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { runLabels, type LabelledRun } from './run-labels';
import { useFormat } from '../hooks/useFormat';

/** A saved campaign (or anything else with an id, a name and a making time). */
interface Made {
  id: number;
  name: string;
  createdAt: string;
}

export interface RunSelectProps {
  /** Runs (shown by model and analysis day), or campaigns (by name and when they were made). */
  runs: readonly ((LabelledRun & { id: number }) | Made)[];
  value: number | undefined;
  onChange(id: number): void;
  /** The accessible name; also the placeholder when `placeholder` is set. */
  label: string;
  placeholder?: boolean;
  testId: string;
  minWidth: number;
}

const isRun = (r: RunSelectProps['runs'][number]): r is LabelledRun & { id: number } => 'model' in r;

/** A select of runs (named by model and analysis day) or of saved campaigns (name and when it was made). */
export function RunSelect({ runs, value, onChange, label, placeholder, testId, minWidth }: RunSelectProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const asRuns = runs.filter(isRun);
  const options =
    asRuns.length === runs.length
      ? runLabels(asRuns, t).map((text, i) => ({ value: asRuns[i].id, label: text }))
      : fmt.runOptions(runs as Made[]);
  return (
    <Select
      style={{ minWidth }}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={placeholder ? label : undefined}
      aria-label={label}
      data-testid={testId}
    />
  );
}
