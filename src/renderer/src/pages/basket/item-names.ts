import type { TFunction } from 'i18next';
import type { ItemRef } from '../../../../shared/products';

/** An item as people read it: its name (a product code's most frequent description), else its key. */
export const itemName = (item: ItemRef): string => item.name || item.key;

/** Items in a sentence ("JUMBO BAG RED RETROSPOT and JUMBO BAG PINK POLKADOT"). */
export const itemNames = (items: readonly ItemRef[], t: TFunction): string =>
  items.map(itemName).join(t('basketUi.and'));
