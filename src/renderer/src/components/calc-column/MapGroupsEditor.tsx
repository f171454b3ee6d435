import { Form, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAP_PRESETS, type MapPreset } from '../../../../shared/calc/calculated-column';
import { presetGroup } from '../../../../shared/calc/preset-group';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import type { CalcDraft } from './calc-draft';

/**
 * Values → groups: a ready-made map (Chinese provinces → regions, countries → continents) fills
 * in the column's most common values; the user edits any group, and names the group of the rest.
 */
export function MapGroupsEditor({
  dataset,
  draft,
  onChange,
}: {
  dataset: DatasetInfo;
  draft: CalcDraft;
  onChange(patch: Partial<CalcDraft>): void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { data: stats } = useCall(() => call('dataset:stats', { datasetId: dataset.id }), [dataset.id]);
  const index = dataset.columns.findIndex((c) => c.name === draft.column);
  const values = (index >= 0 ? stats?.columns[index]?.top : undefined)?.map((v) => v.value) ?? [];
  const shown = (value: string) =>
    draft.groups[value] ?? (draft.preset ? presetGroup(draft.preset, value, language) : null) ?? '';
  const setGroup = (value: string, group: string) => {
    const groups = { ...draft.groups };
    if (group.trim() === '') delete groups[value];
    else groups[value] = group;
    onChange({ groups });
  };
  return (
    <>
      <Form.Item label={t('calc.preset')}>
        <Select
          value={draft.preset ?? 'none'}
          options={[
            { value: 'none', label: t('calc.presetNone') },
            ...MAP_PRESETS.map((p) => ({ value: p, label: t(`calc.presets.${p}`) })),
          ]}
          onChange={(v: string) => onChange({ preset: v === 'none' ? null : (v as MapPreset) })}
          aria-label={t('calc.preset')}
          data-testid="calc-preset"
        />
      </Form.Item>
      <Table
        size="small"
        pagination={false}
        rowKey="value"
        dataSource={values.map((value) => ({ value }))}
        columns={[
          { title: t('calc.value'), dataIndex: 'value' },
          {
            title: t('calc.group'),
            render: (_: unknown, row: { value: string }) => (
              <Input
                size="small"
                value={shown(row.value)}
                placeholder={draft.other}
                onChange={(e) => setGroup(row.value, e.target.value)}
                aria-label={`${t('calc.group')}: ${row.value}`}
              />
            ),
          },
        ]}
        data-testid="calc-groups"
      />
      <Form.Item label={t('calc.other')} style={{ marginTop: 12 }}>
        <Input
          value={draft.other}
          onChange={(e) => onChange({ other: e.target.value })}
          aria-label={t('calc.other')}
          data-testid="calc-other"
        />
      </Form.Item>
    </>
  );
}
