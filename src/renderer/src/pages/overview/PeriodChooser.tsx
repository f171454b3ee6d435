import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DayRange, OverviewPeriod } from '../../../../shared/overview';

const KINDS: readonly OverviewPeriod['kind'][] = ['auto', 'all', 'last12', 'range'];

/**
 * The period the Overview looks at: automatic, all, the last 12 months, or a range of days
 * (YYYY-MM-DD, calendar days: the picker's day is the day sent). A range starts from the
 * period on screen (`shown`); `data` bounds what can be picked.
 */
export function PeriodChooser({
  period,
  shown,
  data,
  onChange,
}: {
  period: OverviewPeriod;
  shown: DayRange | null;
  data: DayRange | null;
  onChange(period: OverviewPeriod): void;
}) {
  const { t } = useTranslation();
  const choose = (kind: OverviewPeriod['kind']) =>
    onChange(kind === 'range' ? { kind, from: shown?.from ?? null, until: shown?.until ?? null } : { kind });
  const outside = (d: dayjs.Dayjs) =>
    data !== null && (d.isBefore(dayjs(data.from), 'day') || d.isAfter(dayjs(data.until), 'day'));
  return (
    <Flex gap={8} align="center" wrap>
      <Select
        style={{ minWidth: 160 }}
        value={period.kind}
        onChange={choose}
        options={KINDS.map((k) => ({ value: k, label: t(`overview.periods.${k}`) }))}
        aria-label={t('overview.period')}
        data-testid="overview-period"
      />
      {period.kind === 'range' && (
        <span data-testid="overview-range">
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[period.from ? dayjs(period.from) : null, period.until ? dayjs(period.until) : null]}
            disabledDate={outside}
            onChange={(days) =>
              onChange({
                kind: 'range',
                from: days?.[0] ? days[0].format('YYYY-MM-DD') : null,
                until: days?.[1] ? days[1].format('YYYY-MM-DD') : null,
              })
            }
            aria-label={t('overview.rangeLabel')}
          />
        </span>
      )}
    </Flex>
  );
}
