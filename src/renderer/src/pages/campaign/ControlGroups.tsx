import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlDraw } from '../../../../shared/presets';
import type { RunResult } from '../../../../shared/segments';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { useFormat } from '../../hooks/useFormat';

interface Props {
  runId: number | undefined;
  run: RunResult | null;
  /** The last draw saved for this run (its test group can be sent through a preset). */
  drawn: ControlDraw | undefined;
  onDrawn(draw: ControlDraw): void;
  /** Opens the customer-list dialog on a preset for the draw's segments, its control group left out. */
  onSendTest(draw: ControlDraw): void;
}

/**
 * Splits chosen segments (all, by default) into test and control groups at random (seeded), saved
 * as a file; the test group of the last draw can then go out through an export preset.
 */
export function ControlGroups({ runId, run, drawn, onDrawn, onSendTest }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const id = useId();
  const showError = useShowError();
  const { message } = App.useApp();
  const [pick, setPick] = useState<Pick>({
    segments: [],
    share: 50,
    seed: 42,
  });
  const pickGroups = async () => {
    if (runId === undefined || !run) return;
    const segments = pick.segments.length
      ? pick.segments
      : run.segments.filter((x) => x.customers > 0).map((x) => x.key);
    try {
      const saved = await call('campaign:pickGroups', {
        runId,
        segments,
        share: pick.share / 100,
        seed: pick.seed,
        lang,
      });
      if (!saved) return;
      message.success(t('export.savedFile', { file: saved.fileName }));
      onDrawn({ segments, share: pick.share / 100, seed: pick.seed });
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Card size="small" title={t('campaign.groupsTitle')} style={{ maxWidth: 760, marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('campaign.groupsHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('campaign.groupsSegments')} htmlFor={`${id}-groups`}>
          <SegmentPicker
            id={`${id}-groups`}
            run={run}
            value={pick.segments}
            onChange={(segments) => setPick({ ...pick, segments })}
          />
        </Form.Item>
        <Flex gap={16} wrap align="end">
          <DrawNumbers id={id} pick={pick} onPick={setPick} />
          <Form.Item>
            <Button
              icon={<DownloadOutlined />}
              disabled={runId === undefined || !run}
              onClick={() => void pickGroups()}
              data-testid="groups-save"
            >
              {t('campaign.groupsSave')}
            </Button>
          </Form.Item>
          {drawn && (
            <Form.Item>
              <Button
                icon={<SendOutlined />}
                title={t('presetUi.sendTestHint')}
                onClick={() => onSendTest(drawn)}
                data-testid="groups-send-preset"
              >
                {t('presetUi.sendTest')}
              </Button>
            </Form.Item>
          )}
        </Flex>
      </Form>
    </Card>
  );
}

type Pick = { segments: string[]; share: number; seed: number };

/** The control group's share (%) and the draw's seed. */
function DrawNumbers({ id, pick, onPick }: { id: string; pick: Pick; onPick(p: Pick): void }) {
  const { t } = useTranslation();
  const setPick = onPick;
  return (
    <>
      <Form.Item label={t('campaign.groupsShare')} htmlFor={`${id}-share`}>
        <InputNumber
          id={`${id}-share`}
          min={1}
          max={99}
          value={pick.share}
          addonAfter="%"
          onChange={(v) => setPick({ ...pick, share: v ?? 50 })}
          style={{ width: 120 }}
          data-testid="groups-share"
        />
      </Form.Item>
      <Form.Item label={t('campaign.groupsSeed')} htmlFor={`${id}-seed`}>
        <InputNumber
          id={`${id}-seed`}
          min={0}
          max={2147483647}
          value={pick.seed}
          onChange={(v) => setPick({ ...pick, seed: v ?? 42 })}
          style={{ width: 140 }}
          data-testid="groups-seed"
        />
      </Form.Item>
    </>
  );
}

interface SegmentPickerProps {
  id: string;
  run: RunResult | null;
  value: string[];
  onChange(segments: string[]): void;
}

/** The run's segments that have customers, with their counts; none chosen means all. */
function SegmentPicker({ id, run, value, onChange }: SegmentPickerProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const fmt = useFormat();
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={(run?.segments ?? [])
        .filter((x) => x.customers > 0)
        .map((x) => ({ value: x.key, label: `${x.name[lang]} (${fmt.int(x.customers)})` }))}
      placeholder={t('campaign.groupsAll')}
      data-testid="groups-segments"
    />
  );
}
