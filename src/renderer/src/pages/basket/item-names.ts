import type { ItemRef } from '../../../../shared/products';

export { itemsText as itemNames } from '../../../../shared/cross-sell-action';

/** An item as people read it: its name (a product code's most frequent description), else its key. */
export const itemName = (item: ItemRef): string => item.name || item.key;
