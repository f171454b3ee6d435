import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildMonthOfYearOption, buildWeekdayHourOption } from '../../../../shared/charts/build-when-options';
import type { Overview } from '../../../../shared/overview';
import { ChartCard } from '../../components/ChartCard';
import { useFormat } from '../../hooks/useFormat';

/** Names of the days from Monday and of the months from January in a language (a UTC week and year, so no time zone shifts them). */
function calendarNames(locale: string) {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return {
    weekdays: Array.from({ length: 7 }, (_, i) => day.format(Date.UTC(2024, 0, 1 + i))),
    months: Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2024, i, 1))),
  };
}

/** When orders are placed: weekday × hour when the order dates carry times (else a note that they do not), and by month of the year. */
export function WhenPanel({ when, name }: { when: Overview['when']; name: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { weekdays, months } = calendarNames(i18n.language);
  const orders = t('overview.when.orders');
  const hourTitle = t('overview.when.weekdayHour');
  const monthTitle = t('overview.when.monthOfYear');
  return (
    <div className="overview-pair">
      {when.weekdayHour ? (
        <ChartCard
          title={hourTitle}
          name={`${name} · ${hourTitle}`}
          testId="weekday-hour-chart"
          height={280}
          format={fmt.int}
          option={buildWeekdayHourOption(when.weekdayHour, {
            weekdays,
            hour: t('overview.when.hour'),
            weekday: t('overview.when.weekday'),
            orders,
            int: fmt.int,
          })}
        />
      ) : null}
      <ChartCard
        title={monthTitle}
        name={`${name} · ${monthTitle}`}
        testId="month-of-year-chart"
        height={280}
        format={fmt.int}
        option={buildMonthOfYearOption(when.monthOfYear, { months, orders })}
      >
        {!when.weekdayHour && (
          <Typography.Text type="secondary" data-testid="no-times">
            {t('overview.when.noTimes')}
          </Typography.Text>
        )}
      </ChartCard>
    </div>
  );
}
