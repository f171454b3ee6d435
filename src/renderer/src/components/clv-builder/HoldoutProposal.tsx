import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { proposeHoldout, utcDayOfIso } from '../../../../shared/propose-holdout';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';

const DAY_MS = 86_400_000;

/**
 * Without a holdout: the last third of the history proposed as one (from the first order day to
 * the calibration end, or the last order day), with one sentence on what it is for; the button
 * fills in both dates.
 */
export function HoldoutProposal({
  dataset,
  calibrationEnd,
  onUse,
}: {
  dataset: DatasetInfo;
  calibrationEnd: string | undefined;
  onUse(days: { calibrationEnd: string; holdoutEnd: string }): void;
}) {
  const { t } = useTranslation();
  const column = dataset.roles.orderDate;
  const { data } = useCall(
    () => (column ? call('dataset:stats', { datasetId: dataset.id }) : null),
    [dataset.id, column],
  );
  const dates = data?.columns.find((c) => c.name === column);
  if (!dates || dates.min === null || dates.max === null) return null;
  const first = Math.floor(dates.min / DAY_MS);
  const last = calibrationEnd ? utcDayOfIso(calibrationEnd) : Math.floor(dates.max / DAY_MS);
  const proposal = proposeHoldout(first, last);
  if (!proposal) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="clv-holdout-proposal"
      message={t('clvCompare.proposal', proposal)}
      description={t('clvCompare.holdoutWhy')}
      action={
        <Button size="small" onClick={() => onUse(proposal)} data-testid="clv-propose-holdout">
          {t('clvCompare.holdLastThird')}
        </Button>
      }
    />
  );
}
