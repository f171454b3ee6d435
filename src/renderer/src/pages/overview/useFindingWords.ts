import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/overview';
import { useFormat } from '../../hooks/useFormat';

export interface FindingWords {
  title: string;
  why: string;
  /** The button's label (none for a finding without a next step). */
  action: string | null;
}

/**
 * A finding in the UI language: what, why it matters, and the button.
 * PLACEHOLDER until the findings' shared text function lands (branch ov-findings): the texts
 * are looked up under `findings.<key>` with the values written for people, else the key.
 */
export function useFindingWords(currency: string): (finding: Finding) => FindingWords {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (finding) => {
    const values = Object.fromEntries(
      Object.entries(finding.values).map(([name, { kind, value }]) => {
        if (typeof value === 'string') return [name, value];
        if (kind === 'pct') return [name, fmt.pct(value)];
        if (kind === 'money') return [name, fmt.money(value, currency)];
        if (kind === 'points' || kind === 'times') return [name, fmt.dec1(value)];
        return [name, fmt.int(value)];
      }),
    );
    const action = finding.action;
    return {
      title: t(`findings.${finding.key}.title`, { ...values, defaultValue: finding.key }),
      why: t(`findings.${finding.key}.why`, { ...values, defaultValue: '' }),
      action:
        action === null
          ? null
          : action.kind === 'rfm'
            ? t('overview.findGroups')
            : action.kind === 'rules'
              ? t('overview.seeThem')
              : t('overview.playbook.open'),
    };
  };
}
