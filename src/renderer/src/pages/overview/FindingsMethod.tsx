import { Collapse } from 'antd';
import { findingsMethod } from '../../../../shared/findings-method';
import { useUiLanguage } from '../../hooks/useUiLanguage';

/** How the findings are found (each rule and its threshold), folded under the list. */
export function FindingsMethod() {
  const lang = useUiLanguage();
  const method = findingsMethod(lang);
  return (
    <Collapse
      ghost
      size="small"
      style={{ marginTop: 8 }}
      data-testid="findings-method"
      items={[
        {
          key: 'method',
          label: method.heading,
          children: method.lines.map((line) => (
            <p key={line} style={{ margin: '0 0 6px' }}>
              {line}
            </p>
          )),
        },
      ]}
    />
  );
}
