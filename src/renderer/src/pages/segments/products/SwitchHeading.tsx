import { Flex, Segmented, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A part's heading with a small switch at its end (top by revenue or customers, the last 90 or 180 days). */
export function SwitchHeading<T extends string | number>({
  title,
  label,
  testId,
  value,
  onChange,
  options,
  extra,
}: {
  title: string;
  /** The switch's accessible name. */
  label: string;
  testId: string;
  value: T;
  onChange(value: NoInfer<T>): void;
  options: { value: T; label: string }[];
  /** Shown between the title and the switch (an action on the items). */
  extra?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16, marginBottom: 4 }}>
      <Typography.Text strong>{title}</Typography.Text>
      {extra}
      <Segmented<T>
        size="small"
        aria-label={label}
        data-testid={testId}
        value={value}
        onChange={onChange}
        options={options}
      />
    </Flex>
  );
}
