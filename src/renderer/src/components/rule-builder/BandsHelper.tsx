import { ScissorOutlined } from '@ant-design/icons';
import { Button, Form, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleFieldInfo, SegmentRule } from '../../../../shared/segments';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { BandsForm, type BandsValues } from './BandsForm';
import { parseEdges } from './parse-edges';

interface BandsHelperProps {
  fields: RuleFieldInfo[];
  fieldLabel(name: string): string;
  datasetId: number;
  analysisDate?: string;
  onRules(rules: SegmentRule[]): void;
}

/** Segments from bands of one number field: equal width, quantiles, or the user's edges (age 18, 26, 36, 46, 56). */
export function BandsHelper({ fields, fieldLabel, datasetId, analysisDate, onRules }: BandsHelperProps) {
  const { t } = useTranslation();
  const showError = useShowError();
  const numbers = fields.filter((f) => f.kind === 'number');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<BandsValues>();
  const make = async () => {
    const v = await form.validateFields();
    const edges = v.method === 'edges' ? (parseEdges(v.edges) ?? undefined) : undefined;
    try {
      const { rules } = await call('rules:bands', {
        datasetId,
        bands: { field: v.field, method: v.method, bins: v.bins, ...(edges ? { edges } : {}) },
        ...(analysisDate ? { analysisDate } : {}),
      });
      onRules(rules);
      setOpen(false);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={<BandsForm form={form} numbers={numbers} fieldLabel={fieldLabel} onMake={() => void make()} />}
      title={t('rules.bandsTitle')}
      destroyOnHidden
    >
      <Button icon={<ScissorOutlined />} disabled={numbers.length === 0} data-testid="rule-bands">
        {t('rules.bands')}
      </Button>
    </Popover>
  );
}
