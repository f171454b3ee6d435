import { describe, expect, it } from 'vitest';
import { cliErrorText, cliLanguage } from '../../../src/main/cli/cli-error-text';
import { campaignColumnDetails, missingRoleError, missingRolesOf } from '../../../src/shared/missing-role';

describe('a missing role in words', () => {
  it('names the roles as the import wizard does, in both languages, in the message and the details', () => {
    const err = missingRoleError(['customerId']);
    expect(err.code).toBe('E_MISSING_ROLE');
    expect(err.message).toBe('Map a column to: Customer ID.');
    expect(err.details).toEqual({ roles: ['customerId'], names: { en: ['Customer ID'], 'zh-CN': ['客户ID'] } });
    const rfm = missingRoleError(['recency', 'orderCount', 'revenue'], 'RFM needs them.');
    expect(rfm.message).toBe('RFM needs them. Map a column to: Recency (days), Number of orders, Total revenue.');
    expect(missingRolesOf(rfm.toData())?.names['zh-CN']).toEqual(['最近消费间隔（天）', '订单数', '消费总额']);
  });

  it('tells a campaign file’s missing column from a dataset’s meaning, and other errors from both', () => {
    expect(campaignColumnDetails('responded')).toEqual({
      roles: ['responded'],
      names: { en: ['responded (1 / 0)'], 'zh-CN': ['是否转化（1 / 0）'] },
      source: 'campaignFile',
    });
    expect(missingRolesOf({ code: 'E_MISSING_ROLE', details: { roles: ['amount'] } })).toBeNull();
    expect(missingRolesOf({ code: 'E_BAD_SPEC', details: missingRoleError(['amount']).details })).toBeNull();
  });

  it('prints it in the CLI’s --lang', () => {
    expect(cliLanguage(['run', '--lang', 'zh-CN'])).toBe('zh-CN');
    expect(cliLanguage(['run', '--lang=en'])).toBe('en');
    expect(cliLanguage(['run', '--lang', 'fr'])).toBeNull();
    const data = missingRoleError(['orderDate']).toData();
    expect(cliErrorText(data, 'zh-CN')).toBe(
      '还没有哪一列表示下单时间。请用以下命令指定：segmentdesk dataset set-role --column <列名> --role orderDate',
    );
    expect(cliErrorText(data, 'en')).toBe('Map a column to: Order date.');
    const file = {
      code: 'E_MISSING_ROLE' as const,
      message: 'no responded',
      details: campaignColumnDetails('responded'),
    };
    expect(cliErrorText(file, 'zh-CN')).toBe('no responded');
  });
});
