import { chooseOption } from './choose-option';
import { expect, test } from './harness';
import { openImportWizard } from './open-import-wizard';

const LABELS = {
  en: { contact: 'How to reach the customer', email: 'E-mail', done: 'Imported 4,906 rows from rfm_data_orders.csv.' },
  'zh-CN': { contact: '联系方式', email: '邮箱', done: '已从 rfm_data_orders.csv 导入 4,906 行。' },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ systemLocale: lang === 'en' ? 'en-US' : 'zh-CN' });

    test(`contact roles of rfm_data_orders: suggested in the wizard's own group, settable after import (${lang})`, async ({
      app,
    }) => {
      const { page } = app;
      const words = LABELS[lang];
      await openImportWizard(app, 'rfm_data_orders.csv');
      await page.getByTestId('wizard-next').click();
      // customer_id holds a person's name and stays the customer id; the names and e-mail are contact columns.
      await expect(page.getByTestId('role-customerId')).toContainText('customer_id');
      const contact = page.getByTestId('role-group-contactRoles');
      await expect(contact).toContainText(words.contact);
      await expect(contact.getByTestId('role-email')).toContainText('email');
      await expect(contact.getByTestId('role-firstName')).toContainText('first_name');
      await expect(contact.getByTestId('role-lastName')).toContainText('last_name');
      await expect(page.getByTestId('role-group-dataRoles').getByTestId('role-email')).toHaveCount(0);
      await app.screenshot(`import-contact-roles-${lang}`);

      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-import').click();
      await expect(page.getByText(words.done)).toBeVisible();
      expect(app.service.current()!.datasets[0].roles).toMatchObject({
        customerId: 'customer_id',
        firstName: 'first_name',
        lastName: 'last_name',
        email: 'email',
      });

      // After import: the e-mail column means nothing, then E-mail again, from the Meanings tab's contact group.
      await page.getByTestId('nav-data').click();
      await page.getByTestId('meanings-tab').click();
      await expect(page.getByTestId('meanings-panel')).toBeVisible();
      await chooseOption(page, page.getByTestId('meaning-role-email'), lang === 'en' ? 'nothing' : '无', {
        exact: true,
      });
      await expect.poll(() => app.service.current()!.datasets[0].roles.email).toBeUndefined();
      await chooseOption(page, page.getByTestId('meaning-role-email'), words.email, { exact: true });
      await expect.poll(() => app.service.current()!.datasets[0].roles.email).toBe('email');
      await page.getByTestId('meaning-role-email').click();
      await expect(page.locator('.ant-select-item-group', { hasText: words.contact })).toBeVisible();
      await app.screenshot(`meanings-contact-roles-${lang}`);
    });
  });
}
