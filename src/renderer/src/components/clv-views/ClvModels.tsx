import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClvResult, ClvSpec, FittedPurchaseModel, PurchaseModelKind } from '../../../../shared/clv';
import { buildModelsByFrequencyOption } from '../../../../shared/charts/build-clv-options';
import { roundDecimal } from '../../../../shared/round-decimal';
import { useFormat } from '../../hooks/useFormat';
import { ChartCard } from '../ChartCard';
import { WriteAction } from '../WriteAction';

interface Props {
  runName: string;
  clv: ClvResult;
  /** The run's spec: "Use this model" and the proposed holdout make a new run from it. */
  spec: ClvSpec | null;
  onRunNew(spec: ClvSpec): void;
}

/** One row of the comparison: a fitted model, or one that could not be fitted (with its reason). */
interface Row {
  kind: PurchaseModelKind;
  fit: FittedPurchaseModel | null;
  failure: string | null;
}

/**
 * The purchase models side by side. With a holdout: each model's log-likelihood, holdout purchases
 * expected and made, mean absolute error per customer, the chosen one marked with why, failed ones
 * with their reason, "Use this model" on the others, and the holdout by frequency for all of them.
 * Without one: the default model was used, and the last third is proposed as a holdout.
 */
export function ClvModels({ runName, clv, spec, onRunNew }: Props) {
  const { t } = useTranslation();
  const name = (kind: PurchaseModelKind) => t(`clvCompare.model_${kind}`);
  if (clv.holdoutEnd === null) return <NoHoldout clv={clv} spec={spec} onRunNew={onRunNew} />;
  return (
    <Card size="small" title={t('clvCompare.title')} style={{ marginBottom: 16 }} data-testid="clv-models">
      <Typography.Paragraph>{t('clvCompare.intro', { end: clv.holdoutEnd })}</Typography.Paragraph>
      <ModelsTable
        clv={clv}
        onUse={spec ? (kind) => onRunNew({ ...spec, purchaseModel: kind }) : undefined}
        name={name}
      />
      <ChartCard
        height={300}
        style={{ marginTop: 16 }}
        testId="clv-models-by-frequency"
        name={`${runName} · models`}
        title={t('clvCompare.chartTitle')}
        option={buildModelsByFrequencyOption(clv.models, {
          actual: t('clv.actual'),
          frequency: t('clv.frequencyAxis'),
          purchases: t('clv.perCustomer'),
          model: name,
        })}
      />
    </Card>
  );
}

const fixed = (v: number, places: number, locale: string) =>
  roundDecimal(v, places).toLocaleString(locale, { minimumFractionDigits: places, maximumFractionDigits: places });

function ModelsTable({
  clv,
  onUse,
  name,
}: {
  clv: ClvResult;
  onUse: ((kind: PurchaseModelKind) => void) | undefined;
  name(kind: PurchaseModelKind): string;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const rows: Row[] = [
    ...clv.models.map((fit) => ({ kind: fit.kind, fit, failure: null })),
    ...clv.modelFailures.map((f) => ({ kind: f.kind, fit: null, failure: f.message })),
  ];
  const chosen = clv.purchaseModel;
  const best = bestAtHoldout(clv.models);
  const figure = (write: (fit: FittedPurchaseModel) => string) => (_: unknown, row: Row) =>
    row.fit ? write(row.fit) : '—';
  const right = 'right' as const;
  return (
    <Table<Row>
      size="small"
      rowKey="kind"
      pagination={false}
      dataSource={rows}
      data-testid="clv-models-table"
      onRow={(row) => ({ 'data-testid': `clv-model-${row.kind}` }) as never}
      columns={[
        { title: t('clvCompare.model'), key: 'model', render: (_, row) => name(row.kind) },
        {
          title: t('clvCompare.logLikelihood'),
          key: 'll',
          align: right,
          render: figure((fit) => fixed(fit.logLikelihood, 2, i18n.language)),
        },
        {
          title: t('clvCompare.expected'),
          key: 'expected',
          align: right,
          render: figure((fit) => (fit.holdout ? fmt.dec1(fit.holdout.expected) : '—')),
        },
        {
          title: t('clvCompare.made'),
          key: 'made',
          align: right,
          render: figure((fit) => (fit.holdout ? fmt.int(fit.holdout.actual) : '—')),
        },
        {
          title: t('clvCompare.mae'),
          key: 'mae',
          align: right,
          render: figure((fit) => (fit.holdout ? fixed(fit.holdout.mae, 4, i18n.language) : '—')),
        },
        {
          title: t('clvCompare.choice'),
          key: 'choice',
          render: (_, row) => <Choice row={row} chosen={chosen} best={row.kind === best} onUse={onUse} />,
        },
      ]}
    />
  );
}

/** The chosen model's mark with why, a failed model's reason, or "Use this model". */
function Choice({
  row,
  chosen,
  best,
  onUse,
}: {
  row: Row;
  chosen: ClvResult['purchaseModel'];
  /** The model with the smallest holdout error per customer (marked when another one was chosen). */
  best: boolean;
  onUse: ((kind: PurchaseModelKind) => void) | undefined;
}) {
  const { t } = useTranslation();
  if (row.failure !== null)
    return (
      <Typography.Text type="danger" data-testid="clv-model-failure">
        {t('clvCompare.failed', { reason: row.failure })}
      </Typography.Text>
    );
  if (row.kind === chosen.kind)
    return (
      <Tag color="green" data-testid="clv-model-chosen">
        {t(`clvCompare.chosen_${chosen.chosenBy}`)}
      </Tag>
    );
  return (
    <Flex gap={8} align="center" wrap>
      {onUse && (
        <WriteAction>
          <Button size="small" onClick={() => onUse(row.kind)} data-testid="clv-use-model">
            {t('clvCompare.useModel')}
          </Button>
        </WriteAction>
      )}
      {best && (
        <Typography.Text type="secondary" data-testid="clv-model-best">
          {t('clvCompare.bestAtHoldout')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The model with the smallest holdout error per customer (null without holdout errors). */
function bestAtHoldout(models: readonly FittedPurchaseModel[]): PurchaseModelKind | null {
  let best: FittedPurchaseModel | null = null;
  for (const m of models) if (m.holdout && (!best?.holdout || m.holdout.mae < best.holdout.mae)) best = m;
  return best?.kind ?? null;
}

/** Without a holdout: which model was used and why, and the last third proposed as a holdout (a button runs it). */
function NoHoldout({ clv, spec, onRunNew }: Omit<Props, 'runName'>) {
  const { t } = useTranslation();
  const proposed = clv.proposedHoldout;
  const model = t(`clvCompare.model_${clv.purchaseModel.kind}`);
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="clv-models"
      message={t(clv.purchaseModel.chosenBy === 'default' ? 'clvCompare.usedDefault' : 'clvCompare.usedYours', {
        model,
      })}
      description={
        proposed && (
          <Flex vertical gap={8} align="start">
            <span data-testid="clv-proposed-holdout">
              {t('clvCompare.proposal', proposed)} {t('clvCompare.holdoutWhy')}
            </span>
            {spec && (
              <WriteAction>
                <Button size="small" onClick={() => onRunNew({ ...spec, ...proposed })} data-testid="clv-run-proposed">
                  {t('clvCompare.runProposed')}
                </Button>
              </WriteAction>
            )}
          </Flex>
        )
      }
    />
  );
}
