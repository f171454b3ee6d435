import { Select } from 'antd';
import { useFormat } from '../hooks/useFormat';

export interface RunSelectProps {
  /** Runs, or campaigns: anything with an id, a name and a making time. */
  runs: readonly { id: number; name: string; createdAt: string }[];
  value: number | undefined;
  onChange(id: number): void;
  /** The accessible name; also the placeholder when `placeholder` is set. */
  label: string;
  placeholder?: boolean;
  testId: string;
  minWidth: number;
}

/** A select of runs (or saved campaigns), each shown as its name and when it was made. */
export function RunSelect({ runs, value, onChange, label, placeholder, testId, minWidth }: RunSelectProps) {
  const fmt = useFormat();
  return (
    <Select
      style={{ minWidth }}
      value={value}
      onChange={onChange}
      options={fmt.runOptions(runs)}
      placeholder={placeholder ? label : undefined}
      aria-label={label}
      data-testid={testId}
    />
  );
}
