import { BranchesOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleFieldInfo, RuleGroup } from '../../../../shared/segments';
import { ConditionEditor } from './ConditionEditor';
import { partsOf, type RulePath, type RulesAction } from './rules-reducer';

interface GroupEditorProps {
  group: RuleGroup;
  /** Where the group stands in the rules: its depth is the path's length less one. */
  path: RulePath;
  fields: RuleFieldInfo[];
  fieldLabel(name: string): string;
  dispatch(action: RulesAction): void;
}

/** Conditions that must all hold (AND) or of which one must (OR); a group may hold a group. */
export function GroupEditor({ group, path, fields, fieldLabel, dispatch }: GroupEditorProps) {
  const { t } = useTranslation();
  const depth = path.length - 1;
  return (
    <Flex vertical gap={8} className={depth > 0 ? 'rule-group-nested' : undefined} data-testid="rule-group">
      <Flex gap={8} align="center">
        <Segmented
          size="small"
          value={'all' in group ? 'all' : 'any'}
          onChange={(v) => dispatch({ type: 'setJoin', group: path, join: v === 'all' ? 'all' : 'any' })}
          options={[
            { value: 'all', label: t('rules.all') },
            { value: 'any', label: t('rules.any') },
          ]}
          data-testid="rule-join"
        />
        {depth > 0 && (
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={() => dispatch({ type: 'removePart', at: path })}
            aria-label={t('rules.removeGroup')}
          />
        )}
      </Flex>
      {partsOf(group).map((part, k) =>
        'op' in part ? (
          <ConditionEditor
            key={k}
            condition={part}
            fields={fields}
            fieldLabel={fieldLabel}
            onChange={(condition) => dispatch({ type: 'setCondition', at: [...path, k], condition })}
            onRemove={() => dispatch({ type: 'removePart', at: [...path, k] })}
          />
        ) : (
          <GroupEditor
            key={k}
            group={part}
            path={[...path, k]}
            fields={fields}
            fieldLabel={fieldLabel}
            dispatch={dispatch}
          />
        ),
      )}
      <Flex gap={8}>
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => dispatch({ type: 'addCondition', group: path })}
          data-testid="rule-add-condition"
        >
          {t('rules.addCondition')}
        </Button>
        {depth < 2 && (
          <Button
            size="small"
            type="dashed"
            icon={<BranchesOutlined />}
            onClick={() => dispatch({ type: 'addGroup', group: path })}
            data-testid="rule-add-group"
          >
            {t('rules.addGroup')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
