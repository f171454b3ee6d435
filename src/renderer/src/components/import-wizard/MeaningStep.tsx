import { Alert, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { kindWhy } from '../../../../shared/kind-why';
import { requiredRoles, roleGroups, type DatasetKind, type Role } from '../../../../shared/roles';
import type { StepProps } from './step-props';

/** One group of role pickers: a select of the file's columns per role. */
function RolePickers({
  roles,
  result,
  setRole,
  id,
}: {
  roles: readonly Role[];
  result: StepProps['result'];
  setRole(role: Role, column: string | undefined): void;
  id: string;
}) {
  const { t } = useTranslation();
  const required = requiredRoles(result.kind);
  return (
    <Flex wrap gap={12}>
      {roles.map((role) => (
        <Form.Item
          key={role}
          label={t(`roles.${role}`)}
          htmlFor={`${id}-role-${role}`}
          required={required.includes(role)}
          style={{ width: 240, margin: 0 }}
        >
          <Select
            id={`${id}-role-${role}`}
            allowClear
            data-testid={`role-${role}`}
            value={result.roles[role]}
            placeholder={t('import.unmapped')}
            onChange={(column?: string) => setRole(role, column)}
            options={result.columns.map((c) => ({ value: c.name, label: c.name }))}
          />
        </Form.Item>
      ))}
    </Flex>
  );
}

/** Step 2: the dataset's name, what a row is (an order or a customer), and which column plays which role. */
export function MeaningStep({
  result,
  update,
  name,
  setName,
  missing,
}: StepProps & { name: string; setName(n: string): void; missing: Role[] }) {
  const { t } = useTranslation();
  const id = useId();
  const setRole = (role: Role, column: string | undefined) => {
    const roles = { ...result.roles };
    if (column) roles[role] = column;
    else delete roles[role];
    update({ roles });
  };
  return (
    <Form layout="vertical">
      <Form.Item label={t('import.name')} htmlFor={`${id}-name`}>
        <Input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          style={{ maxWidth: 420 }}
          data-testid="dataset-name"
        />
      </Form.Item>
      <Form.Item label={t('import.rowKind')}>
        <Radio.Group
          aria-label={t('import.rowKind')}
          value={result.kind}
          onChange={(e) => update({ kind: e.target.value as DatasetKind, roles: undefined })}
        >
          <Radio value="transactions">{t('import.transactions')}</Radio>
          <Radio value="customers">{t('import.customers')}</Radio>
        </Radio.Group>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="kind-why">
          {kindWhy(result.why, t)}
        </Typography.Paragraph>
      </Form.Item>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('import.roles')}
      </Typography.Title>
      {roleGroups(result.kind).map((group) => (
        <section key={group.key} aria-label={t(`contacts.${group.key}`)} data-testid={`role-group-${group.key}`}>
          {group.key === 'contactRoles' && (
            <>
              <Typography.Title level={4} style={{ fontSize: 14, margin: '16px 0 4px' }}>
                {t('contacts.contactRoles')}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px', maxWidth: 760 }}>
                {t('contacts.contactHint')}
              </Typography.Paragraph>
            </>
          )}
          <RolePickers roles={group.roles} result={result} setRole={setRole} id={id} />
        </section>
      ))}
      {missing.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          title={t('import.missingRoles', { roles: missing.map((r) => t(`roles.${r}`)).join(', ') })}
        />
      )}
      {result.kind === 'transactions' && !result.roles.customerId && missing.length === 0 && (
        <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('import.ordersOnly')} />
      )}
    </Form>
  );
}
