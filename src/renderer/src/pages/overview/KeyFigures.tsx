import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/overview';
import { useFigureWords } from './useFigureWords';

/**
 * The key figures as cards: the value for people, and its change against the period before
 * (green when it is good for the business, red when not); no change line without a period
 * before. Figures the data cannot give (customers, for orders without customer ids) are left out.
 */
export function KeyFigures({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const words = useFigureWords(overview.currency);
  const shown = overview.figures.filter((f) => f.value !== null || f.previous !== null);
  return (
    <div className="overview-figures" data-testid="key-figures">
      {shown.map((figure) => {
        const change = words.change(figure);
        const tone = change?.good === true ? 'success' : change?.good === false ? 'danger' : 'secondary';
        return (
          <Card size="small" key={figure.key} data-testid={`figure-${figure.key}`}>
            <Typography.Text type="secondary">
              {t(`overview.figures.${figure.key}`)}{' '}
              <Tooltip title={t(`overview.figureHelp.${figure.key}`)}>
                <InfoCircleOutlined aria-label={t(`overview.figureHelp.${figure.key}`)} />
              </Tooltip>
            </Typography.Text>
            <div className="overview-figure-value" data-testid="figure-value">
              {words.value(figure.key, figure.value)}
            </div>
            {change && (
              <Typography.Text type={tone} style={{ fontSize: 12 }} data-testid="figure-change">
                {change.text}
              </Typography.Text>
            )}
          </Card>
        );
      })}
    </div>
  );
}
