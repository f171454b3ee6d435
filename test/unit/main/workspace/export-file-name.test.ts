import { describe, expect, it } from 'vitest';
import { exportFileName, withExtension } from '../../../../src/main/workspace/export-file-name';

describe('exportFileName', () => {
  it('names a file after the run and the suffix, with the kind as extension', () => {
    expect(exportFileName('RFM 2024-06', 'members', 'csv')).toBe('RFM 2024-06 members.csv');
    expect(exportFileName('六月 RFM', '客户名单', 'xlsx')).toBe('六月 RFM 客户名单.xlsx');
  });

  it('replaces what no file system takes (path and wildcard signs, quotes, control characters) and folds spaces', () => {
    expect(exportFileName('a/b\\c:d*e?f"g<h>i|j', 'x', 'pdf')).toBe('a_b_c_d_e_f_g_h_i_j x.pdf');
    expect(exportFileName('tab\there\nnew\u0000nul', 'x', 'csv')).toBe('tab_here_new_nul x.csv');
    expect(exportFileName('  two   spaces  ', '', 'png')).toBe('two spaces.png');
  });

  it('keeps the name to 150 characters before the extension', () => {
    expect(exportFileName('r'.repeat(200), 'members', 'csv')).toBe(`${'r'.repeat(150)}.csv`);
  });
});

describe('withExtension', () => {
  it("adds the kind's extension only when the chosen path lacks it (any case)", () => {
    expect(withExtension('/tmp/list', 'csv')).toBe('/tmp/list.csv');
    expect(withExtension('/tmp/list.CSV', 'csv')).toBe('/tmp/list.CSV');
    expect(withExtension('/tmp/list.csv', 'xlsx')).toBe('/tmp/list.csv.xlsx');
  });
});
