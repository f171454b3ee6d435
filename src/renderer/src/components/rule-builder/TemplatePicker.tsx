import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleTemplateInfo, SegmentRule } from '../../../../shared/segments';

/** The dataset's ready-made rule sets, by group: picking one replaces the rules. */
export function TemplatePicker({
  templates,
  onRules,
}: {
  templates: RuleTemplateInfo[];
  onRules(rules: SegmentRule[]): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <Select
      showSearch
      optionFilterProp="label"
      style={{ minWidth: 300 }}
      placeholder={t('rules.fromTemplate')}
      value={null}
      onChange={(key: string) => {
        const chosen = templates.find((x) => x.key === key);
        if (chosen) onRules(chosen.rules);
      }}
      options={templates.map((x) => ({
        value: x.key,
        label: `${t(`segments.group_${x.group}`)} · ${x.name[lang]}`,
      }))}
      notFoundContent={t('segments.noTemplates')}
      data-testid="run-template"
    />
  );
}
