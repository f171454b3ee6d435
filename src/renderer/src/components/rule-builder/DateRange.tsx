import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { RuleCondition } from '../../../../shared/segments';

type Range = Extract<RuleCondition, { op: 'range' }>;

const DAY = 86_400_000;
/** A calendar day (UTC ms) as the day the date picker shows, and back: no time zone moves it. */
const toDay = (ms: number): Dayjs => dayjs(new Date(ms).toISOString().slice(0, 10));
const fromDay = (d: Dayjs): number => Date.UTC(d.year(), d.month(), d.date());

/** A range of calendar days on a date field: the condition's max is the day after the last one picked. */
export function DateRange({ condition, onChange }: { condition: Range; onChange(condition: Range): void }) {
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      value={[
        condition.min === null ? null : toDay(condition.min),
        condition.max === null ? null : toDay(condition.max - DAY),
      ]}
      onChange={(days) =>
        onChange({
          ...condition,
          min: days?.[0] ? fromDay(days[0]) : null,
          max: days?.[1] ? fromDay(days[1]) + DAY : null,
        })
      }
      data-testid="rule-dates"
    />
  );
}
