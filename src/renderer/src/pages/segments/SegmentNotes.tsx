import { App, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { WriteAction } from '../../components/WriteAction';
import { useShowError } from '../../errors/ErrorProvider';

/** A segment's strategy notes, saved when the field loses the focus (if they changed). */
export function SegmentNotes({
  runId,
  segmentKey,
  label,
  notes,
  onSaved,
}: {
  runId: number;
  segmentKey: string;
  /** The segment's name, for the field's accessible name. */
  label: string;
  notes: Record<string, string>;
  onSaved(runId: number, notes: Record<string, string>): void;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const { message } = App.useApp();
  const save = async (text: string) => {
    if ((notes[segmentKey] ?? '') === text) return;
    try {
      const saved = await call('run:setNote', { runId, segmentKey, notes: text });
      onSaved(runId, saved.notes);
      void message.success(t('segments.noteSaved'));
    } catch (err) {
      showError(err);
    }
  };
  return (
    <WriteAction>
      <Input.TextArea
        key={`${runId}-${segmentKey}`}
        defaultValue={notes[segmentKey] ?? ''}
        placeholder={t('segments.notesPlaceholder')}
        autoSize={{ minRows: 1, maxRows: 6 }}
        maxLength={4000}
        onBlur={(e) => void save(e.target.value)}
        aria-label={t('a11y.notesOf', { name: label })}
        data-testid="segment-notes"
      />
    </WriteAction>
  );
}
