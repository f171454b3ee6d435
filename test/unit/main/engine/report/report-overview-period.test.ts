import { describe, expect, it } from 'vitest';
import { reportOverviewPeriod } from '../../../../../src/main/engine/report/report-overview-period';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('the Overview period of a run’s report', () => {
  it('is the Overview’s own auto period when the run counts every order (analysis date after the last, or none)', () => {
    const data = { from: day('2010-12-01'), until: day('2011-12-09') };
    expect(reportOverviewPeriod(data, '2011-12-10')).toEqual({ kind: 'auto' });
    expect(reportOverviewPeriod(data, '2012-03-01')).toEqual({ kind: 'auto' });
    expect(reportOverviewPeriod(data, '')).toEqual({ kind: 'auto' });
  });

  it('ends the day before an earlier analysis date: the 12 months to it when the data cover the 12 before, else all up to it', () => {
    // Orders 2009-01-05 … 2011-12-09, analysed on 2011-06-01: the last day counted is 2011-05-31; the 12 months
    // 2010-06-01 … 2011-05-31 and the 12 before (2009-06-01 …) are in the data.
    const long = { from: day('2009-01-05'), until: day('2011-12-09') };
    expect(reportOverviewPeriod(long, '2011-06-01')).toEqual({
      kind: 'range',
      from: '2010-06-01',
      until: '2011-05-31',
    });
    // From 2009-12-01 the 12 months before 2010-06-01 are not all there: everything up to 2011-05-31.
    const short = { from: day('2009-12-01'), until: day('2011-12-09') };
    expect(reportOverviewPeriod(short, '2011-06-01')).toEqual({
      kind: 'range',
      from: '2009-12-01',
      until: '2011-05-31',
    });
  });
});
