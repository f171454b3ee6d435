import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/** An empty state that says what is missing and what to do next. */
export function EmptyState({
  title,
  hint,
  action,
  testId,
}: {
  title: string;
  hint: string;
  action?: ReactNode;
  testId?: string;
}) {
  return (
    <Empty
      data-testid={testId}
      style={{ marginTop: 72 }}
      description={
        <>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {title}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 520, margin: '0 auto 16px' }}>
            {hint}
          </Typography.Paragraph>
        </>
      }
    >
      {action}
    </Empty>
  );
}
