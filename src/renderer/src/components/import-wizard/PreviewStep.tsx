import { Flex, Select, Table, Tag, Typography } from 'antd';
import { tableFromIPC } from 'apache-arrow';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_KINDS, isPercent, type ColumnKind } from '../../../../shared/column-spec';
import { useFormat } from '../../hooks/useFormat';
import { useScrollRegion } from '../../hooks/useScrollRegion';
import { isNumericKind, KIND_COLORS, renderCell } from '../renderCell';
import { ReadSettings } from './ReadSettings';
import type { StepProps } from './step-props';

/** Each preview column's width: fixed, so the virtual table can place rows without measuring them. */
const PREVIEW_COLUMN_WIDTH = 160;

/** Step 1: how the file is read (encoding, delimiter, sheet, rows to skip, header) and its first rows, with each column's type. */
export function PreviewStep({ result, settings, update }: StepProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const box = useRef<HTMLDivElement>(null);
  useScrollRegion(box, t('import.stepPreview'));
  const rows = useMemo(() => {
    const table = tableFromIPC(result.preview);
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < table.numRows; i++) out.push({ __key: i, ...table.get(i)?.toJSON() });
    return out;
  }, [result.preview]);
  /** The user names a column (column_1 of a file without a header): its chosen type and role follow it. */
  const rename = (from: string, text: string) => {
    const to = text.trim();
    if (to === '' || to === from) return;
    const read = Object.entries(settings.names ?? {}).find(([, given]) => given === from)?.[0] ?? from;
    const follow = (name: string) => (name === from ? to : name);
    update({
      names: { ...settings.names, [read]: to },
      types: settings.types && Object.fromEntries(Object.entries(settings.types).map(([n, k]) => [follow(n), k])),
      roles: settings.roles && Object.fromEntries(Object.entries(settings.roles).map(([r, n]) => [r, follow(n)])),
    });
  };
  const columns = result.columns.map((c) => ({
    key: c.name,
    dataIndex: c.name,
    title: (
      <Flex vertical gap={4}>
        <Typography.Text
          data-testid={`column-name-${c.name}`}
          editable={{
            text: c.name,
            tooltip: t('import.renameColumn'),
            onChange: (text) => rename(c.name, text),
            maxLength: 200,
          }}
        >
          {c.name}
        </Typography.Text>
        <Select
          size="small"
          variant="borderless"
          value={c.spec.kind}
          popupMatchSelectWidth={false}
          aria-label={t('a11y.columnType', { column: c.name })}
          data-testid={`type-${c.name}`}
          onChange={(kind: ColumnKind) => update({ types: { ...settings.types, [c.name]: kind } })}
          options={COLUMN_KINDS.map((k) => ({ value: k, label: <Tag color={KIND_COLORS[k]}>{t(`kinds.${k}`)}</Tag> }))}
        />
      </Flex>
    ),
    align: isNumericKind(c.spec.kind) ? ('right' as const) : ('left' as const),
    width: PREVIEW_COLUMN_WIDTH,
    ellipsis: true,
    render: (v: unknown) => renderCell(v, c.spec.kind, fmt, t, isPercent(c.spec)),
  }));
  return (
    <>
      <ReadSettings result={result} settings={settings} update={update} />
      <Typography.Paragraph type="secondary">
        {t(result.header ? 'import.previewNote' : 'import.previewNoHeader', { rows: fmt.int(rows.length) })}
      </Typography.Paragraph>
      <div ref={box}>
        {/* Virtual: only the rows in view are rendered (1,000 rows at once held the page for ≈ 200 ms). */}
        <Table
          size="small"
          virtual
          rowKey="__key"
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: Math.max(1000, columns.length * PREVIEW_COLUMN_WIDTH), y: 360 }}
          data-testid="wizard-preview"
        />
      </div>
    </>
  );
}
