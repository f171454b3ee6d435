import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RenameColumnProps {
  /** The column being renamed; null while the dialog is closed. */
  column: string | null;
  onCancel(): void;
  onRename(column: string, name: string): void;
}

/** The dialog that gives a dataset's column another name. */
export function RenameColumn({ column, onCancel, onRename }: RenameColumnProps) {
  const { t } = useTranslation();
  const [name, setName] = useState<{ of: string; text: string } | null>(null);
  const text = name && name.of === column ? name.text : (column ?? '');
  return (
    <Modal
      open={column !== null}
      title={column && t('meanings.renameTitle', { column })}
      okButtonProps={{ disabled: !text.trim(), 'data-testid': 'meaning-rename-ok' } as never}
      onCancel={onCancel}
      onOk={() => column && onRename(column, text)}
      destroyOnHidden
    >
      <Input
        autoFocus
        aria-label={t('meanings.newName')}
        data-testid="meaning-rename-input"
        value={text}
        onChange={(e) => column && setName({ of: column, text: e.target.value })}
      />
    </Modal>
  );
}
