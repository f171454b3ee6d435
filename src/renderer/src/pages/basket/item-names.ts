import type { ItemRef } from '../../../../shared/products';

export { itemsText as itemNames } from '../../../../shared/cross-sell-action';

/** An item as people read it: its name (a product code's most frequent description), else its key. */
export const itemName = (item: ItemRef): string => item.name || item.key;

/** Items any one of which would do, as the language lists them: "A or B", "A, B, or C" / "A或B" (a list's customers bought none of them). */
export const itemsEither = (items: readonly ItemRef[], lang: string): string =>
  new Intl.ListFormat(lang, { type: 'disjunction' }).format(items.map(itemName));
