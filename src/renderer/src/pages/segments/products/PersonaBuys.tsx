import { Typography } from 'antd';
import { productPersona } from '../../../../../shared/product-persona';
import type { RunProducts } from '../../../../../shared/products';
import { useUiLanguage } from '../../../hooks/useUiLanguage';

/** A persona's lines about what its segment buys ("Buys … 3.1× as often as the average customer"), the same sentences as the report's. */
export function PersonaBuys({ products, index }: { products: RunProducts; index: number }) {
  const lang = useUiLanguage();
  return productPersona(products, index, lang).map((line) => (
    <Typography.Paragraph key={line} data-testid="persona-buys">
      {line}
    </Typography.Paragraph>
  ));
}
