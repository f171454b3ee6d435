import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreRule } from '../../../shared/rfm-schemes';
import { newSegmentKey, typedName } from '../../../shared/segments';
import { RowActions } from './RowActions';

export interface ScoreTableEditorProps {
  /** Scores go 1..bins. */
  bins: number;
  value: ScoreRule[];
  onChange(rows: ScoreRule[]): void;
}

type Dim = 'r' | 'f' | 'm';

/** The RFM score table: segment names and the R, F, M score ranges each takes, applied first match in order. */
export function ScoreTableEditor({ bins, value, onChange }: ScoreTableEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const setRow = (i: number, row: ScoreRule) => onChange(value.map((r, k) => (k === i ? row : r)));
  const move = (i: number, by: number) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  const range = (dim: Dim) => ({
    title: t(`rules.score_${dim}`),
    key: dim,
    width: 150,
    render: (_: unknown, row: ScoreRule, i: number) => {
      return (
        <ScoreRange dim={dim} bins={bins} range={row[dim]} onChange={(next) => setRow(i, { ...row, [dim]: next })} />
      );
    },
  });
  const addRow = () => {
    onChange([...value, { ...newSegmentKey(value.map((r) => r.key)), r: [1, bins], f: [1, bins], m: [1, bins] }]);
  };
  return (
    <Flex vertical gap={8} data-testid="score-table">
      <Typography.Text type="secondary">{t('rules.scoreTableHint', { bins })}</Typography.Text>
      <Table<ScoreRule>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={value}
        columns={[
          {
            title: t('segments.segment'),
            key: 'name',
            render: (_: unknown, row, i) => (
              <Input
                size="small"
                value={row.name[lang]}
                maxLength={80}
                onChange={(e) => setRow(i, { ...row, name: typedName(row.name, lang, e.target.value) })}
                data-testid="score-name"
              />
            ),
          },
          range('r'),
          range('f'),
          range('m'),
          {
            key: 'actions',
            width: 100,
            render: (_: unknown, __, i) => (
              <Flex>
                <RowActions
                  index={i}
                  count={value.length}
                  onMove={(by) => move(i, by)}
                  onRemove={() => onChange(value.filter((_, k) => k !== i))}
                  removeDisabled={value.length === 1}
                />
              </Flex>
            ),
          },
        ]}
      />
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={addRow} style={{ alignSelf: 'flex-start' }}>
        {t('rules.addSegment')}
      </Button>
    </Flex>
  );
}

interface ScoreRangeProps {
  dim: Dim;
  bins: number;
  range: [number, number];
  onChange(range: [number, number]): void;
}

/** From and to scores of one dimension; each end pushes the other so the range stays in order. */
function ScoreRange({ dim, bins, range: [lo, hi], onChange }: ScoreRangeProps) {
  return (
    <Flex gap={4} align="center">
      <InputNumber
        size="small"
        min={1}
        max={bins}
        value={lo}
        onChange={(v) => v !== null && onChange([v, Math.max(v, hi)])}
        style={{ width: 56 }}
        aria-label={`${dim} from`}
        data-testid={`score-${dim}-lo`}
      />
      <Typography.Text type="secondary">–</Typography.Text>
      <InputNumber
        size="small"
        min={1}
        max={bins}
        value={hi}
        onChange={(v) => v !== null && onChange([Math.min(lo, v), v])}
        style={{ width: 56 }}
        aria-label={`${dim} to`}
        data-testid={`score-${dim}-hi`}
      />
    </Flex>
  );
}
