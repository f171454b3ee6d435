import { Empty, Flex, List, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleTemplateInfo } from '../../../shared/segments';
import { call } from '../api';
import { useFormat } from '../hooks/useFormat';

/** Picks a ready-made rule set the dataset can carry, showing how many customers each rule would take. */
export function TemplatePicker({ datasetId, onChange, onError }: { datasetId: number; onChange(template: RuleTemplateInfo | null): void; onError(err: unknown): void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [templates, setTemplates] = useState<RuleTemplateInfo[] | null>(null);
  const [chosen, setChosen] = useState<RuleTemplateInfo | null>(null);
  const [counts, setCounts] = useState<{ counts: number[]; others: number } | null>(null);

  useEffect(() => {
    let live = true;
    setTemplates(null);
    setChosen(null);
    onChange(null);
    call('rules:fields', { datasetId })
      .then((r) => {
        if (!live) return;
        setTemplates(r.templates);
        const first = r.templates[0] ?? null;
        setChosen(first);
        onChange(first);
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [datasetId]);

  useEffect(() => {
    let live = true;
    setCounts(null);
    if (chosen) call('rules:counts', { datasetId, rules: chosen.rules }).then((c) => live && setCounts(c), onError);
    return () => {
      live = false;
    };
  }, [chosen?.key, datasetId]);

  if (templates === null) return <Spin />;
  if (templates.length === 0) return <Empty description={t('segments.noTemplates')} />;
  return (
    <Flex vertical gap={8}>
      <Select
        value={chosen?.key}
        onChange={(key: string) => {
          const next = templates.find((x) => x.key === key) ?? null;
          setChosen(next);
          onChange(next);
        }}
        options={templates.map((x) => ({ value: x.key, label: `${t(`segments.group_${x.group}`)} · ${x.name[lang]}` }))}
        data-testid="run-template"
      />
      {chosen && (
        <List
          size="small"
          bordered
          data-testid="template-counts"
          dataSource={[...chosen.rules.map((r, i) => ({ key: r.key, name: r.name[lang], n: counts?.counts[i] })), { key: 'others', name: t('segments.others'), n: counts?.others }]}
          renderItem={(row) => (
            <List.Item>
              <Typography.Text>{row.name}</Typography.Text>
              <Typography.Text type="secondary">{row.n === undefined ? '…' : t('segments.membersTotal', { count: row.n, n: fmt.int(row.n) })}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
