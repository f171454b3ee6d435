import { describe, expect, it } from 'vitest';
import { isoOfUtcDay, proposeHoldout, utcDayOfIso } from '../../../src/shared/propose-holdout';

describe('the holdout proposed without one', () => {
  it('holds back the last third of CDNOW master: 1997-01-01 to 1998-06-30 is 546 days, the first 364 end on 1997-12-30', () => {
    expect(proposeHoldout(utcDayOfIso('1997-01-01'), utcDayOfIso('1998-06-30'))).toEqual({
      calibrationEnd: '1997-12-30',
      holdoutEnd: '1998-06-30',
    });
  });

  it('proposes none for a history shorter than 90 days', () => {
    const first = utcDayOfIso('2011-01-01');
    expect(proposeHoldout(first, first + 88)).toBeNull();
    // 90 days: the first 60 learn, the last 30 check.
    expect(proposeHoldout(first, first + 89)).toEqual({ calibrationEnd: '2011-03-01', holdoutEnd: '2011-03-31' });
  });

  it('reads and writes days in UTC', () => {
    expect(isoOfUtcDay(utcDayOfIso('2024-02-29'))).toBe('2024-02-29');
    expect(utcDayOfIso('1970-01-02')).toBe(1);
  });
});
